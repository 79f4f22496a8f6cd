import { describe, expect, it } from 'vitest';
import { GAUSS_7_WEIGHTS, KRONROD_15_NODES, KRONROD_15_WEIGHTS, integrateAdaptive } from './gauss-kronrod.js';

function rule(weights: readonly number[], nodes: readonly number[], p: (x: number) => number): number {
  let s = 0;
  nodes.forEach((x, j) => {
    const w = weights[j] as number;
    s += x === 0 ? w * p(0) : w * (p(x) + p(-x));
  });
  return s;
}

describe('Gauss–Kronrod 7/15', () => {
  it('K15 is exact for polynomials up to degree 22, G7 up to degree 13', () => {
    const gNodes = [1, 3, 5, 7].map((j) => KRONROD_15_NODES[j] as number);
    for (let k = 0; k <= 22; k += 2) {
      const exact = 2 / (k + 1);
      expect(rule(KRONROD_15_WEIGHTS, KRONROD_15_NODES, (x) => x ** k)).toBeCloseTo(exact, 14);
      if (k <= 13) expect(rule(GAUSS_7_WEIGHTS, gNodes, (x) => x ** k)).toBeCloseTo(exact, 14);
    }
  });

  it('integrates across a kink placed at a break exactly, and oscillations adaptively', () => {
    expect(integrateAdaptive(Math.abs, [-1, 0, 2])).toBeCloseTo(2.5, 14);
    // ∫_0^π sin(40x)² dx = π/2.
    expect(integrateAdaptive((x) => Math.sin(40 * x) ** 2, [0, Math.PI])).toBeCloseTo(Math.PI / 2, 11);
  });
});
