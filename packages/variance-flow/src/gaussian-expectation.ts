import { gaussHermite } from './gauss-hermite.js';
import { integrateAdaptiveVector } from './gauss-kronrod.js';

/** How to integrate a function against a Gaussian. */
export interface ExpectationOptions {
  /** Abscissae x where g is not smooth; the integral is split there. */
  kinks?: readonly number[];
  /** g oscillates without decay: the Gauss–Hermite node count grows with std², larger σ use the trapezoidal rule. */
  oscillatory?: boolean;
  /** Largest angular frequency of an oscillatory g in x (default 2, that of sin²); sets the first trapezoidal step. */
  frequency?: number;
  /** Relative accuracy goal (default 1e-10; the scaled QUADPACK estimate is conservative, errors are near 1e-14). */
  relTol?: number;
  /** Absolute accuracy goal (default 0), for expectations that may vanish (e.g. E[f] of an odd f). */
  absTol?: number;
}

/** Standard normal truncation: ∫_{|z|>Z} |z|^k φ(z) dz is below 1e-19 for k ≤ 4. */
const Z_MAX = 10;
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
/** Largest Gauss–Hermite rule used; beyond it adaptive Gauss–Kronrod is cheaper and safer. */
const MAX_HERMITE = 128;
/**
 * Gauss–Hermite is used only up to this σ: beyond it f(σz) varies on scales
 * the nodes miss (already at σ = 1, tanh² needs more than 128 nodes for
 * 1e-10, though 64 suffice for the 1e-8 of the two-dimensional maps), and two
 * rules can even agree on a wrong value (erf at σ = 30 is 1 at every node of
 * both the 32- and the 64-point rule).
 */
const HERMITE_MAX_STD = 1;

/** A vector-valued function of the pre-activation x: writes its k components into `out`. */
export type VectorFunction = (x: number, out: Float64Array) => void;

function hermiteMean(g: VectorFunction, k: number, mean: number, std: number, n: number): { value: Float64Array; abs: Float64Array } {
  // E[g(μ + σz)] = π^{-1/2} Σ w_i g(μ + σ√2·x_i) for the weight e^{-x²}.
  const { nodes, weights } = gaussHermite(n);
  const scale = std * Math.SQRT2;
  const value = new Float64Array(k);
  const abs = new Float64Array(k);
  const out = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    g(mean + scale * (nodes[i] as number), out);
    const w = (weights[i] as number) / Math.sqrt(Math.PI);
    for (let j = 0; j < k; j++) {
      const v = w * (out[j] as number);
      value[j] = (value[j] as number) + v;
      abs[j] = (abs[j] as number) + Math.abs(v);
    }
  }
  return { value, abs };
}

/** Finest trapezoidal grid tried before giving up on it (points on [−10, 10]). */
const MAX_TRAPEZOID_POINTS = 1 << 15;

/**
 * Nested trapezoidal rule on [−10, 10] in z, halving the step until two
 * successive sums agree. For analytic integrands with Gaussian decay it
 * converges geometrically (Trefethen & Weideman 2014, "The exponentially
 * convergent trapezoidal rule", Sec. 5), and every halving reuses the
 * previous points; for oscillatory f it needs far fewer points than
 * Gauss–Kronrod panels. The first step resolves the oscillation (Nyquist), and an
 * answer is accepted only when the previous difference was already small,
 * so that a coarse grid cannot agree with itself by aliasing. Returns null
 * when the finest grid does not converge.
 */
function trapezoidMean(g: VectorFunction, k: number, mean: number, std: number, frequency: number, relTol: number, absTol: number): Float64Array | null {
  // In z, g(μ + σz)·φ(z) has frequencies up to about frequency·σ + 4.
  const h0 = Math.min(0.5, Math.PI / (frequency * std + 8));
  let n = 2 * Math.ceil(Z_MAX / h0);
  let step = (2 * Z_MAX) / n;
  const sum = new Float64Array(k);
  const abs = new Float64Array(k);
  const out = new Float64Array(k);
  const add = (z: number): void => {
    g(mean + std * z, out);
    const w = Math.exp(-0.5 * z * z) * INV_SQRT_2PI;
    for (let j = 0; j < k; j++) {
      const v = (out[j] as number) * w;
      sum[j] = (sum[j] as number) + v;
      abs[j] = (abs[j] as number) + Math.abs(v);
    }
  };
  for (let i = 0; i <= n; i++) add(-Z_MAX + i * step);
  let prev = sum.map((v) => v * step);
  let prevDiffOk = false;
  while (n < MAX_TRAPEZOID_POINTS) {
    for (let i = 0; i < n; i++) add(-Z_MAX + (i + 0.5) * step);
    n *= 2;
    step /= 2;
    const next = sum.map((v) => v * step);
    let converged = true;
    let roughlyConverged = true;
    for (let j = 0; j < k; j++) {
      const v = next[j] as number;
      const d = Math.abs(v - (prev[j] as number));
      const floor = Math.max(1e-15 * (abs[j] as number) * step, absTol);
      if (d > Math.max(relTol * Math.abs(v), floor)) converged = false;
      if (d > Math.max(1e-3 * Math.abs(v), floor)) roughlyConverged = false;
    }
    if (converged && prevDiffOk) return next;
    prevDiffOk = roughlyConverged;
    prev = next;
  }
  return null;
}

/**
 * E[g(μ + σz)] for z ~ N(0, 1) and a k-component g whose components share
 * their evaluations (e.g. f² and z·f·f′ for a length map and its slope), to
 * a relative accuracy of about `relTol` in every component.
 *
 * σ ≤ 1 and no kink: Gauss–Hermite with 32, 64, 128 nodes, accepted as
 * soon as two successive rules agree (for oscillatory g the first node count
 * grows with σ², to resolve cos(2σz)). Oscillatory g at larger σ: a nested
 * trapezoidal rule whose point count doubles until it converges. Otherwise
 * (larger σ, where f(σz) is nearly a step, and whenever g has a kink inside
 * |z| < 10): adaptive Gauss–Kronrod 7/15 on [−10, 10] in z, split at the
 * kinks so that every panel is smooth.
 */
export function gaussianExpectationVector(g: VectorFunction, k: number, mean: number, std: number, opts: ExpectationOptions = {}): Float64Array {
  if (std === 0) {
    const out = new Float64Array(k);
    g(mean, out);
    return out;
  }
  const relTol = opts.relTol ?? 1e-10;
  const absTol = opts.absTol ?? 0;
  const zKinks = (opts.kinks ?? []).map((x) => (x - mean) / std).filter((z) => Math.abs(z) < Z_MAX);
  const freq = opts.frequency ?? 2;
  let n = opts.oscillatory ? Math.max(32, 2 ** Math.ceil(Math.log2(freq * freq * std * std + 16))) : 32;
  if (zKinks.length === 0 && std <= HERMITE_MAX_STD && n < MAX_HERMITE) {
    let prev = hermiteMean(g, k, mean, std, n);
    while (n < MAX_HERMITE) {
      n *= 2;
      const next = hermiteMean(g, k, mean, std, n);
      let agree = true;
      for (let j = 0; j < k; j++) {
        const v = next.value[j] as number;
        if (Math.abs(v - (prev.value[j] as number)) > Math.max(relTol * Math.abs(v), 1e-15 * (next.abs[j] as number), absTol)) agree = false;
      }
      if (agree) return next.value;
      prev = next;
    }
  }
  if (zKinks.length === 0 && opts.oscillatory) {
    const t = trapezoidMean(g, k, mean, std, freq, relTol, absTol);
    if (t) return t;
  }
  const breaks = [-Z_MAX, -6, -3, -1, 0, 1, 3, 6, Z_MAX, ...zKinks].sort((a, b) => a - b);
  const h = (z: number, out: Float64Array): void => {
    g(mean + std * z, out);
    const w = Math.exp(-0.5 * z * z) * INV_SQRT_2PI;
    for (let j = 0; j < k; j++) out[j] = (out[j] as number) * w;
  };
  return integrateAdaptiveVector(h, k, breaks, { relTol, absTol });
}

/**
 * E[g(μ + σz)] for z ~ N(0, 1): the scalar form of
 * `gaussianExpectationVector` (Gauss–Hermite for small σ, otherwise
 * adaptive Gauss–Kronrod split at kinks).
 */
export function gaussianExpectation(g: (x: number) => number, mean: number, std: number, opts: ExpectationOptions = {}): number {
  const v = gaussianExpectationVector(
    (x, out) => {
      out[0] = g(x);
    },
    1,
    mean,
    std,
    opts,
  );
  return v[0] as number;
}
