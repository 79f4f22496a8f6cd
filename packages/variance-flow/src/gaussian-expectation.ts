import { gaussHermite } from './gauss-hermite.js';
import { integrateAdaptive } from './gauss-kronrod.js';

/** How to integrate a function against a Gaussian. */
export interface ExpectationOptions {
  /** Abscissae x where g is not smooth; the integral is split there. */
  kinks?: readonly number[];
  /** g oscillates without decay: the Gauss–Hermite node count grows with std². */
  oscillatory?: boolean;
  /** Relative accuracy goal (default 1e-10; the scaled QUADPACK estimate is conservative, errors are near 1e-14). */
  relTol?: number;
}

/** Standard normal truncation: ∫_{|z|>Z} |z|^k φ(z) dz is below 1e-19 for k ≤ 4. */
const Z_MAX = 10;
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
/** Largest Gauss–Hermite rule used; beyond it adaptive Gauss–Kronrod is cheaper and safer. */
const MAX_HERMITE = 128;
/**
 * Gauss–Hermite is used only up to this σ: beyond it f(σz) varies on scales
 * the nodes miss, and two rules can agree on a wrong value (erf at σ = 30
 * is 1 at every node of both the 32- and the 64-point rule).
 */
const HERMITE_MAX_STD = 1;

function hermiteMean(g: (x: number) => number, mean: number, std: number, n: number): { value: number; abs: number } {
  // E[g(μ + σz)] = π^{-1/2} Σ w_i g(μ + σ√2·x_i) for the weight e^{-x²}.
  const { nodes, weights } = gaussHermite(n);
  const scale = std * Math.SQRT2;
  let value = 0;
  let abs = 0;
  for (let i = 0; i < n; i++) {
    const v = (weights[i] as number) * g(mean + scale * (nodes[i] as number));
    value += v;
    abs += Math.abs(v);
  }
  return { value: value / Math.sqrt(Math.PI), abs: abs / Math.sqrt(Math.PI) };
}

/**
 * E[g(μ + σz)] for z ~ N(0, 1), to a relative accuracy of about `relTol`.
 *
 * σ ≤ 1 and no kink: Gauss–Hermite with 32, 64, 128 nodes, accepted as soon
 * as two successive rules agree (for oscillatory g the first node count grows
 * with σ², to resolve cos(2σz)). Otherwise (large σ, where f(σz) is nearly a
 * step or oscillates faster than the nodes resolve),
 * and whenever g has a kink inside |z| < 10: adaptive Gauss–Kronrod on
 * [−10, 10] in z, split at the kinks so that every panel is smooth.
 */
export function gaussianExpectation(g: (x: number) => number, mean: number, std: number, opts: ExpectationOptions = {}): number {
  if (std === 0) return g(mean);
  const relTol = opts.relTol ?? 1e-10;
  const zKinks = (opts.kinks ?? []).map((k) => (k - mean) / std).filter((z) => Math.abs(z) < Z_MAX);
  if (zKinks.length === 0 && std <= HERMITE_MAX_STD) {
    let n = opts.oscillatory ? Math.max(32, 2 ** Math.ceil(Math.log2(4 * std * std + 16))) : 32;
    let prev = hermiteMean(g, mean, std, n);
    while (n < MAX_HERMITE) {
      n *= 2;
      const next = hermiteMean(g, mean, std, n);
      if (Math.abs(next.value - prev.value) <= Math.max(relTol * Math.abs(next.value), 1e-15 * next.abs)) return next.value;
      prev = next;
    }
  }
  const breaks = [-Z_MAX, -6, -3, -1, 0, 1, 3, 6, Z_MAX, ...zKinks].sort((a, b) => a - b);
  const h = (z: number): number => g(mean + std * z) * Math.exp(-0.5 * z * z) * INV_SQRT_2PI;
  return integrateAdaptive(h, breaks, { relTol });
}
