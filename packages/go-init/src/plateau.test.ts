import { describe, expect, it } from 'vitest';
import { PlateauDetector } from './plateau.js';

const run = (losses: number[], opts = { window: 2, patience: 2, minRelativeImprovement: 0.1 }) => {
  const p = new PlateauDetector(opts);
  return losses.findIndex((v) => p.push(v));
};

describe('PlateauDetector', () => {
  it('never stops while window means keep improving by the threshold', () => {
    expect(run([10, 10, 8, 8, 6, 6, 4, 4, 2, 2])).toBe(-1);
  });

  it('stops after `patience` windows in a row without enough improvement', () => {
    // Windows: 10, 9.5 (stale 1), 9.2 (stale 2 → stop at index 5).
    expect(run([10, 10, 9.5, 9.5, 9.2, 9.2, 1, 1])).toBe(5);
  });

  it('resets the count when a window improves enough', () => {
    // Windows: 10, 9.5 (stale), 5 (improves), 4.9 (stale), 4.8 (stale → stop at 9).
    expect(run([10, 10, 9.5, 9.5, 5, 5, 4.9, 4.9, 4.8, 4.8])).toBe(9);
  });
});
