import { MlpinitError, assertInteger } from '@mlpinit/core';

/** Nodes and weights of an n-point quadrature rule. */
export interface QuadratureRule {
  readonly nodes: Float64Array;
  readonly weights: Float64Array;
}

const cache = new Map<number, QuadratureRule>();

/**
 * Largest rule offered: beyond about 198 nodes the asymptotic starting
 * guesses let Newton's method land on neighbouring roots. The package uses
 * at most 128 (larger σ go to Gauss–Kronrod or the trapezoidal rule).
 */
export const MAX_GAUSS_HERMITE_NODES = 192;
const PI_M4 = Math.PI ** -0.25;

/**
 * The n-point Gauss–Hermite rule for the weight e^{-x²} on ℝ, in float64:
 * ∫ g(x) e^{-x²} dx ≈ Σ w_i g(x_i), exact for polynomials of degree ≤ 2n − 1.
 *
 * Roots by Newton's method on the orthonormal Hermite recurrence
 * h_j = x·√(2/j)·h_{j−1} − √((j−1)/j)·h_{j−2}, started from the asymptotic
 * guesses of Numerical Recipes (Press et al. 2007, §4.6 `gauher`); the weight
 * of a root is 2 / h_n'(x)². Nodes are ascending. Rules are cached per n;
 * n ≤ {@link MAX_GAUSS_HERMITE_NODES}.
 */
export function gaussHermite(n: number): QuadratureRule {
  assertInteger(n, 'n', 1);
  if (n > MAX_GAUSS_HERMITE_NODES) {
    throw new MlpinitError('INVALID_ARGUMENT', `expected at most ${MAX_GAUSS_HERMITE_NODES} nodes, got ${n}`, 'n');
  }
  const hit = cache.get(n);
  if (hit) return hit;
  const m = Math.floor((n + 1) / 2);
  const x = new Float64Array(m); // x[i]: i-th largest root
  const w = new Float64Array(m);
  let z = 0;
  for (let i = 0; i < m; i++) {
    if (i === 0) z = Math.sqrt(2 * n + 1) - 1.85575 * (2 * n + 1) ** (-1 / 6);
    else if (i === 1) z -= (1.14 * n ** 0.426) / z;
    else if (i === 2) z = 1.86 * z - 0.86 * (x[0] as number);
    else if (i === 3) z = 1.91 * z - 0.91 * (x[1] as number);
    else z = 2 * z - (x[i - 2] as number);
    let pp = 0;
    for (let it = 0; it < 100; it++) {
      let p1 = PI_M4;
      let p2 = 0;
      for (let j = 1; j <= n; j++) {
        const p3 = p2;
        p2 = p1;
        p1 = z * Math.sqrt(2 / j) * p2 - Math.sqrt((j - 1) / j) * p3;
      }
      pp = Math.sqrt(2 * n) * p2;
      const dz = p1 / pp;
      z -= dz;
      if (Math.abs(dz) <= 1e-15 * Math.max(1, Math.abs(z))) {
        // One more evaluation at the converged root for an accurate weight.
        p1 = PI_M4;
        p2 = 0;
        for (let j = 1; j <= n; j++) {
          const p3 = p2;
          p2 = p1;
          p1 = z * Math.sqrt(2 / j) * p2 - Math.sqrt((j - 1) / j) * p3;
        }
        pp = Math.sqrt(2 * n) * p2;
        break;
      }
    }
    x[i] = z;
    w[i] = 2 / (pp * pp);
  }
  const nodes = new Float64Array(n);
  const weights = new Float64Array(n);
  for (let i = 0; i < m; i++) {
    nodes[i] = -(x[i] as number);
    weights[i] = w[i] as number;
    nodes[n - 1 - i] = x[i] as number;
    weights[n - 1 - i] = w[i] as number;
  }
  if (n % 2 === 1) nodes[m - 1] = 0;
  const rule = Object.freeze({ nodes, weights });
  cache.set(n, rule);
  return rule;
}
