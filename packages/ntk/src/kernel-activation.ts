import { type Activation, MlpinitError, getActivation } from '@mlpinit/core';
import erf from '@stdlib/math-base-special-erf';
import erfc from '@stdlib/math-base-special-erfc';
import { ERF_DUAL, RELU_DUAL } from './dual-kernels.js';

/**
 * Closed-form Gaussian smoothing of an activation: writes E[φ(μ + τw)] to
 * `out[0]` and E[φ'(μ + τw)] to `out[1]`, w ~ N(0, 1).
 */
export type Smoothing = (mu: number, tau: number, out: Float64Array) => void;

/**
 * Closed-form pair expectations under (u, v) ~ N((m, m), [[a, s], [s, b]]):
 * writes E[φ(u)φ(v)] to `out[0]` and E[φ'(u)φ'(v)] to `out[1]`; returns false
 * where the closed form does not apply (e.g. m ≠ 0 for the arc-cosine kernels).
 */
export type PairClosedForm = (m: number, a: number, b: number, s: number, out: Float64Array) => boolean;

/** @internal An activation as the infinite-width recursion needs it. */
export interface KernelActivation {
  readonly name: string;
  readonly phi: (u: number) => number;
  readonly dphi: (u: number) => number;
  /** Abscissae (in u) where φ or φ' is not smooth: panels always split there. */
  readonly kinks: readonly number[];
  /** Abscissae (in u) where φ changes shape: panels split there when the variance is large. */
  readonly features: readonly number[];
  /** Panel length (in u) for oscillating activations (a quarter period); Infinity otherwise. */
  readonly oscillationStep: number;
  readonly smooth?: Smoothing;
  readonly closedForm?: PairClosedForm;
}

const SQRT1_2 = Math.SQRT1_2;
const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
/** Where smooth saturating activations (tanh, erf, sigmoid, gelu, …) change shape, in units of their argument. */
const SHAPE_FEATURES = [-8, -4, -2, -1, -0.5, 0, 0.5, 1, 2, 4, 8];

/** Φ(x) = ½·erfc(−x/√2), accurate in the lower tail too. */
const normalCdf = (x: number): number => 0.5 * erfc(-x * SQRT1_2);

/** E[relu(μ + τw)] = μΦ(μ/τ) + τϕ(μ/τ); E[step(μ + τw)] = Φ(μ/τ). */
const reluSmooth: Smoothing = (mu, tau, out) => {
  const r = mu / tau;
  const cdf = normalCdf(r);
  out[0] = mu * cdf + tau * INV_SQRT_2PI * Math.exp(-0.5 * r * r);
  out[1] = cdf;
};

/** E[erf(μ + τw)] = erf(μ/√(1 + 2τ²)); E[erf'(μ + τw)] = (2/√π)·e^{−μ²/(1+2τ²)}/√(1 + 2τ²). */
const erfSmooth: Smoothing = (mu, tau, out) => {
  const g = 1 + 2 * tau * tau;
  out[0] = erf(mu / Math.sqrt(g));
  out[1] = (TWO_OVER_SQRT_PI * Math.exp((-mu * mu) / g)) / Math.sqrt(g);
};

/** sin(ω·): E[sin ω(μ + τw)] = sin(ωμ)·e^{−ω²τ²/2}; E[ω cos ω(μ + τw)] = ω cos(ωμ)·e^{−ω²τ²/2}. */
function sineSmooth(omega: number): Smoothing {
  return (mu, tau, out) => {
    const damp = Math.exp(-0.5 * omega * omega * tau * tau);
    out[0] = Math.sin(omega * mu) * damp;
    out[1] = omega * Math.cos(omega * mu) * damp;
  };
}

/**
 * sin(ω·) with mean m: E[sin ωu sin ωv] = ½[e^{−ω²(a+b−2s)/2} − cos(2ωm)·e^{−ω²(a+b+2s)/2}],
 * E[cos ωu cos ωv] = ½[e^{−ω²(a+b−2s)/2} + cos(2ωm)·e^{−ω²(a+b+2s)/2}] (product-to-sum and E[cos(c + kz)] = cos c·e^{−k²/2}).
 */
function sineClosedForm(omega: number): PairClosedForm {
  return (m, a, b, s, out) => {
    const w2 = omega * omega;
    const minus = Math.exp(-0.5 * w2 * (a + b - 2 * s));
    const plus = Math.cos(2 * omega * m) * Math.exp(-0.5 * w2 * (a + b + 2 * s));
    out[0] = 0.5 * (minus - plus);
    out[1] = 0.5 * w2 * (minus + plus);
    return true;
  };
}

function zeroMean(dual: { value(a: number, b: number, s: number): number; derivative(a: number, b: number, s: number): number }): PairClosedForm {
  return (m, a, b, s, out) => {
    if (m !== 0) return false;
    out[0] = dual.value(a, b, s);
    out[1] = dual.derivative(a, b, s);
    return true;
  };
}

const SCALED_SINE = /^sin-w(\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/;

/**
 * @internal The activation `spec` (a core activation name, `sin-w<ω₀>`, or a
 * core {@link Activation}) with its quadrature hints and closed forms.
 */
export function kernelActivation(spec: string | Activation, param: string): KernelActivation {
  let act: Activation;
  try {
    act = getActivation(spec);
  } catch (e) {
    throw new MlpinitError('UNKNOWN_ACTIVATION', `expected a core activation name (tanh, relu, erf, sin, sin-w30, gelu, …) or an Activation: ${(e as Error).message}`, param);
  }
  if (typeof act.scalar !== 'function' || typeof act.derivative !== 'function') {
    throw new MlpinitError('INVALID_ARGUMENT', 'the activation needs scalar f(x) and derivative f′(x) in float64', param);
  }
  const kinks = [...(act.kinks ?? [])];
  const base = { name: act.name, phi: act.scalar, dphi: act.derivative, kinks };
  const features = [...new Set([...SHAPE_FEATURES, ...kinks])].sort((a, b) => a - b);
  const sine = SCALED_SINE.exec(act.name);
  // Closed forms are keyed by name: use them only when the function is the one the name promises.
  const probe = [-2.3, -0.7, 0, 0.4, 1.9];
  const is = (f: (x: number) => number): boolean => probe.every((x) => Math.abs(act.scalar(x) - f(x)) <= 1e-12 * Math.max(1, Math.abs(f(x))));
  if ((act.name === 'sin' || sine) && is((x) => Math.sin((sine ? Number(sine[1]) : 1) * x))) {
    const omega = sine ? Number(sine[1]) : 1;
    return { ...base, features: [], oscillationStep: Math.PI / (2 * omega), smooth: sineSmooth(omega), closedForm: sineClosedForm(omega) };
  }
  if (act.name === 'relu' && is((x) => Math.max(x, 0))) return { ...base, features, oscillationStep: Number.POSITIVE_INFINITY, smooth: reluSmooth, closedForm: zeroMean(RELU_DUAL) };
  if (act.name === 'erf' && is(erf)) return { ...base, features, oscillationStep: Number.POSITIVE_INFINITY, smooth: erfSmooth, closedForm: zeroMean(ERF_DUAL) };
  if (act.oscillatory) {
    // Bound the frequency by the largest |f'| / max|f| on [−4π, 4π] (four periods of a unit-rate sine).
    let dmax = 0;
    let fmax = 0;
    for (let i = 0; i <= 2000; i++) {
      const u = -4 * Math.PI + (8 * Math.PI * i) / 2000;
      dmax = Math.max(dmax, Math.abs(act.derivative(u)));
      fmax = Math.max(fmax, Math.abs(act.scalar(u)));
    }
    const omega = fmax > 0 && dmax > 0 ? dmax / fmax : 1;
    return { ...base, features, oscillationStep: Math.PI / (2 * omega) };
  }
  return { ...base, features, oscillationStep: Number.POSITIVE_INFINITY };
}
