import type { KernelActivation } from './kernel-activation.js';

/**
 * @internal A precomputed table of the Gaussian smoothings of a bounded
 * activation, H₀(μ, τ) = E[φ(μ + τw)] and H₁(μ, τ) = E[φ'(μ + τw)], for
 * every τ ≥ 0, with 4 × 4-point Lagrange interpolation
 * (error O(h⁴), ≲ 1e-8 for tanh and sigmoid against the exact quadrature).
 *
 * Coordinates: ν = μ/√(1 + τ²) ∈ [−V, V], V the abscissa beyond which φ is
 * within 1e-13 of its limits (≈ 16 for tanh, 30 for sigmoid; the smoothing is
 * flat beyond) and r = τ/(1 + τ) ∈ [r_min, 1], where r = 1 is the τ → ∞ limit
 * H₀ = φ(∞)Φ(ν) + φ(−∞)Φ(−ν), H₁ = 0.
 */
export interface SmoothingTable {
  lookup(mu: number, tau: number, out: Float64Array): void;
}

/** Smallest τ the table serves (it runs from τ = 0, where H = φ, extended evenly below). */
export const TABLE_MIN_TAU = 0;
const NU_STEP = 0.02;
const R_STEP = 0.0025;

function lagrangeWeights(t: number, w: Float64Array): void {
  // Nodes at −1, 0, 1, 2 (t ∈ [0, 1] between the middle two).
  w[0] = (-t * (t - 1) * (t - 2)) / 6;
  w[1] = ((t + 1) * (t - 1) * (t - 2)) / 2;
  w[2] = (-(t + 1) * t * (t - 2)) / 2;
  w[3] = ((t + 1) * t * (t - 1)) / 6;
}

/**
 * True when φ saturates at both ends (φ(±30) = φ(±60) to 1e-12, φ'(±30) ≈ 0),
 * the precondition of the table's τ → ∞ edge.
 */
export function isBounded(act: KernelActivation): boolean {
  if (act.kinks.length > 0 || Number.isFinite(act.oscillationStep)) return false;
  const ends = [30, -30].map((u) => [act.phi(u), act.phi(2 * u), act.dphi(u)] as const);
  return ends.every(([a, b, d]) => Number.isFinite(a) && Math.abs(a - b) < 1e-12 && Math.abs(d) < 1e-12);
}

/**
 * Builds the table from `exact` (the composite quadrature smoothing): 6.5·10⁵
 * nodes for tanh (1.2·10⁶ for sigmoid), about 2 s, once per activation per process.
 */
export function buildSmoothingTable(act: KernelActivation, exact: (mu: number, tau: number, out: Float64Array) => void, normalCdf: (x: number) => number): SmoothingTable {
  const top = act.phi(60);
  const bottom = act.phi(-60);
  let V = 8;
  while (V < 60 && (Math.abs(act.phi(V) - top) > 1e-13 || Math.abs(act.phi(-V) - bottom) > 1e-13)) V += 1;
  const rMin = TABLE_MIN_TAU / (1 + TABLE_MIN_TAU) - 2 * R_STEP;
  const nNu = Math.round((2 * V) / NU_STEP) + 1;
  const nR = Math.ceil((1 - rMin) / R_STEP) + 1;
  const r0 = 1 - (nR - 1) * R_STEP;
  const h0 = new Float64Array(nNu * nR);
  const h1 = new Float64Array(nNu * nR);
  const out = new Float64Array(2);
  for (let j = 0; j < nR; j++) {
    const r = r0 + j * R_STEP;
    for (let i = 0; i < nNu; i++) {
      const nu = -V + i * NU_STEP;
      if (j === nR - 1) {
        h0[j * nNu + i] = top * normalCdf(nu) + bottom * normalCdf(-nu);
        h1[j * nNu + i] = 0;
      } else {
        // H is even in τ (w and −w are equally likely): rows below r = 0 mirror those above.
        const tau = Math.abs(r / (1 - r));
        exact(nu * Math.sqrt(1 + tau * tau), tau, out);
        h0[j * nNu + i] = out[0] as number;
        h1[j * nNu + i] = out[1] as number;
      }
    }
  }
  const wn = new Float64Array(4);
  const wr = new Float64Array(4);
  return {
    lookup(mu, tau, res) {
      const r = tau / (1 + tau);
      const nu = Math.min(V, Math.max(-V, mu / Math.sqrt(1 + tau * tau)));
      const fi = (nu + V) / NU_STEP;
      const fj = (r - r0) / R_STEP;
      const i0 = Math.min(nNu - 3, Math.max(1, Math.floor(fi)));
      const j0 = Math.min(nR - 3, Math.max(1, Math.floor(fj)));
      lagrangeWeights(fi - i0, wn);
      lagrangeWeights(fj - j0, wr);
      let a = 0;
      let b = 0;
      for (let q = 0; q < 4; q++) {
        const row = (j0 - 1 + q) * nNu + i0 - 1;
        let ra = 0;
        let rb = 0;
        for (let p = 0; p < 4; p++) {
          ra += (wn[p] as number) * (h0[row + p] as number);
          rb += (wn[p] as number) * (h1[row + p] as number);
        }
        a += (wr[q] as number) * ra;
        b += (wr[q] as number) * rb;
      }
      res[0] = a;
      res[1] = b;
    },
  };
}
