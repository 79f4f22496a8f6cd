import { Rng } from '@mlpinit/core';
import { describe, expect, it } from 'vitest';
import { boxGrid, checkBox, uniformInBox, uniformMoments, uniformOnFaces } from './box.js';

const square = { lower: [-1, -1], upper: [1, 1] };

describe('box sampling', () => {
  it('draws inside the box, on its faces face by face, and the same points for the same seed', () => {
    const a = uniformInBox(square, 500, new Rng(3));
    expect(a.every((p) => p.every((v) => v >= -1 && v <= 1))).toBe(true);
    expect(uniformInBox(square, 500, new Rng(3))).toEqual(a);
    const f = uniformOnFaces(square, 10, new Rng(1));
    expect(f).toHaveLength(40);
    // Faces in order: x = −1, x = 1, y = −1, y = 1.
    expect(f.slice(0, 10).every((p) => p[0] === -1)).toBe(true);
    expect(f.slice(10, 20).every((p) => p[0] === 1)).toBe(true);
    expect(f.slice(20, 30).every((p) => p[1] === -1)).toBe(true);
    expect(f.slice(30).every((p) => p[1] === 1)).toBe(true);
    expect(uniformOnFaces({ lower: [0], upper: [1] }, 1, new Rng(0))).toEqual([[0], [1]]);
  });

  it('the uniform moments match a Monte Carlo estimate, and the grid is a tensor product with end points', () => {
    const box = { lower: [0, -2], upper: [1, 4] };
    const { mean, std } = uniformMoments(box);
    const pts = uniformInBox(box, 100_000, new Rng(7));
    for (let k = 0; k < 2; k++) {
      const m = pts.reduce((s, p) => s + (p[k] as number), 0) / pts.length;
      const v = pts.reduce((s, p) => s + ((p[k] as number) - m) ** 2, 0) / pts.length;
      expect(Math.abs(m - (mean[k] as number))).toBeLessThan(0.02 * (std[k] as number));
      expect(Math.abs(Math.sqrt(v) / (std[k] as number) - 1)).toBeLessThan(0.01);
    }
    const g = boxGrid(square, 3);
    expect(g).toHaveLength(9);
    expect(g[0]).toEqual([-1, -1]);
    expect(g[1]).toEqual([-1, 0]);
    expect(g[8]).toEqual([1, 1]);
  });

  it('rejects malformed boxes naming the parameter', () => {
    expect(() => checkBox({ lower: [0], upper: [0] })).toThrow(/domain/);
    expect(() => checkBox({ lower: [0, 1], upper: [1] } as never)).toThrow(/equal/);
  });
});
