import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { MAX_GAUSS_HERMITE_NODES, gaussHermite } from './gauss-hermite.js';

/** Golub–Welsch (1969): nodes are the eigenvalues of the Jacobi matrix, weights √π·v₀². */
function golubWelsch(n: number): { nodes: number[]; weights: number[] } {
  const j = new Matrix(n, n);
  for (let i = 0; i + 1 < n; i++) {
    const b = Math.sqrt((i + 1) / 2);
    j.set(i, i + 1, b);
    j.set(i + 1, i, b);
  }
  const eig = new EigenvalueDecomposition(j, { assumeSymmetric: true });
  const v = eig.eigenvectorMatrix;
  const pairs = eig.realEigenvalues.map((x, k) => [x, Math.sqrt(Math.PI) * v.get(0, k) ** 2] as const).sort((a, b) => a[0] - b[0]);
  return { nodes: pairs.map((p) => p[0]), weights: pairs.map((p) => p[1]) };
}

/** Γ(k + ½) = ∫ x^{2k} e^{−x²} dx. */
const gammaHalf = (k: number): number => {
  let g = Math.sqrt(Math.PI);
  for (let i = 0; i < k; i++) g *= i + 0.5;
  return g;
};

describe('gaussHermite', () => {
  it('matches the tabulated 5-point rule (Abramowitz & Stegun, Table 25.10)', () => {
    const { nodes, weights } = gaussHermite(5);
    const x = [-2.020182870456086, -0.9585724646138185, 0, 0.9585724646138185, 2.020182870456086];
    const w = [0.01995324205904591, 0.3936193231522412, 0.9453087204829419, 0.3936193231522412, 0.01995324205904591];
    x.forEach((v, i) => {
      expect(nodes[i]).toBeCloseTo(v, 14);
    });
    w.forEach((v, i) => {
      expect(weights[i]).toBeCloseTo(v, 14);
    });
  });

  it.each([1, 2, 7, 32, 64, 128, 160])('n = %i: Σw = √π and exact moments up to degree 2n − 1', (n) => {
    const { nodes, weights } = gaussHermite(n);
    expect(nodes.length).toBe(n);
    for (let k = 0; 2 * k <= Math.min(2 * n - 1, 40); k++) {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += (weights[i] as number) * (nodes[i] as number) ** (2 * k);
      expect(Math.abs(sum / gammaHalf(k) - 1)).toBeLessThan(1e-12);
    }
    // Odd moments vanish by symmetry.
    let odd = 0;
    for (let i = 0; i < n; i++) odd += (weights[i] as number) * (nodes[i] as number) ** 3;
    expect(Math.abs(odd)).toBeLessThan(1e-12);
    for (let i = 1; i < n; i++) expect(nodes[i] as number).toBeGreaterThan(nodes[i - 1] as number);
  });

  it.each([10, 40, 100])('n = %i agrees with Golub–Welsch on ml-matrix', (n) => {
    const ours = gaussHermite(n);
    const gw = golubWelsch(n);
    for (let i = 0; i < n; i++) {
      expect(Math.abs((ours.nodes[i] as number) - (gw.nodes[i] as number))).toBeLessThan(1e-11 * (1 + Math.abs(gw.nodes[i] as number)));
      // Golub–Welsch weights carry an absolute error near 1e-16·√π.
      expect(Math.abs((ours.weights[i] as number) - (gw.weights[i] as number))).toBeLessThan(1e-13);
    }
  });

  it('every n up to the maximum: ascending nodes, Σw = √π, E[x⁴]-moment exact', () => {
    for (let n = 1; n <= MAX_GAUSS_HERMITE_NODES; n++) {
      const { nodes, weights } = gaussHermite(n);
      let s0 = 0;
      let s4 = 0;
      for (let i = 0; i < n; i++) {
        s0 += weights[i] as number;
        s4 += (weights[i] as number) * (nodes[i] as number) ** 4;
        if (i > 0) expect(nodes[i] as number).toBeGreaterThan(nodes[i - 1] as number);
      }
      expect(Math.abs(s0 / gammaHalf(0) - 1)).toBeLessThan(1e-12);
      if (n >= 3) expect(Math.abs(s4 / gammaHalf(2) - 1)).toBeLessThan(1e-12);
    }
  });

  it('rejects a non-integer, non-positive or too large n', () => {
    expect(() => gaussHermite(MAX_GAUSS_HERMITE_NODES + 1)).toThrow(/n: expected at most/);
    expect(() => gaussHermite(0)).toThrow(/n: expected an integer >= 1/);
    expect(() => gaussHermite(2.5)).toThrow(/n:/);
  });
});
