import { getActivation } from '@mlpinit/core';

const erf = getActivation('erf').scalar;

/** Closed forms of E[f(σz + b)²] and related Gaussian integrals, derived by hand for the tests. */
const SQRT1_2 = Math.SQRT1_2;
export const normalCdf = (x: number): number => 0.5 * (1 + erf(x * SQRT1_2));
export const normalPdf = (x: number): number => Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);

/** E[relu(σz + b)²] = (σ² + b²)Φ(b/σ) + bσφ(b/σ). */
export function reluSecondMoment(sigma: number, b: number): number {
  if (sigma === 0) return Math.max(b, 0) ** 2;
  const t = b / sigma;
  return (sigma * sigma + b * b) * normalCdf(t) + b * sigma * normalPdf(t);
}

/** E[sin(σz + b)²] = ½(1 − cos(2b)·e^{−2σ²}). */
export const sinSecondMoment = (sigma: number, b: number): number => 0.5 * (1 - Math.cos(2 * b) * Math.exp(-2 * sigma * sigma));

/** E[erf(σz)²] = (2/π)·arcsin(2σ²/(1 + 2σ²)) (Williams 1997). */
export const erfSecondMoment = (sigma: number): number => (2 / Math.PI) * Math.asin((2 * sigma * sigma) / (1 + 2 * sigma * sigma));

/** E[(σz + b)²] = σ² + b². */
export const linearSecondMoment = (sigma: number, b: number): number => sigma * sigma + b * b;

/** Length map from a second moment: √M(√(c²s² + σ_b²), b). */
export const lengthFrom = (moment: (sigma: number, b: number) => number, s: number, c: number, b: number, biasStd: number): number =>
  Math.sqrt(moment(Math.hypot(c * s, biasStd), b));

/** Relu arc-cosine kernel (Cho & Saul 2009): E[relu(u₁)relu(u₂)] = q/(2π)·(sin θ + (π − θ)cos θ), ρ = cos θ. */
export function reluPair(q: number, rho: number): number {
  const th = Math.acos(rho);
  return (q / (2 * Math.PI)) * (Math.sin(th) + (Math.PI - th) * Math.cos(th));
}

/** E[erf(u₁)erf(u₂)] = (2/π)·arcsin(2ρq/(1 + 2q)) (Williams 1997). */
export const erfPair = (q: number, rho: number): number => (2 / Math.PI) * Math.asin((2 * rho * q) / (1 + 2 * q));

/** E[sin(u₁)sin(u₂)] = ½(e^{−q(1−ρ)} − e^{−q(1+ρ)}). */
export const sinPair = (q: number, rho: number): number => 0.5 * (Math.exp(-q * (1 - rho)) - Math.exp(-q * (1 + rho)));

/**
 * Independent reference for smooth f: the trapezoidal rule with step h on
 * [−12, 12] in z, which converges geometrically for analytic integrands
 * with Gaussian decay (Trefethen & Weideman 2014).
 */
export function trapezoidSecondMoment(f: (x: number) => number, sigma: number, b: number, h = 1e-3): number {
  let sum = 0;
  const n = Math.round(12 / h);
  for (let k = -n; k <= n; k++) {
    const z = k * h;
    sum += f(sigma * z + b) ** 2 * Math.exp(-0.5 * z * z);
  }
  return (sum * h) / Math.sqrt(2 * Math.PI);
}

/** Root of a continuous g on [a, b] with a sign change, by plain bisection. */
export function bisect(g: (x: number) => number, a0: number, b0: number): number {
  let a = a0;
  let b = b0;
  const ga = g(a);
  for (let i = 0; i < 200; i++) {
    const m = 0.5 * (a + b);
    if (Math.sign(g(m)) === Math.sign(ga)) a = m;
    else b = m;
  }
  return 0.5 * (a + b);
}
