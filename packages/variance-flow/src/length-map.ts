import { type Activation, MlpinitError, assertInteger } from '@mlpinit/core';
import { gaussianExpectation, gaussianExpectationVector } from './gaussian-expectation.js';
import { type MapOptions, type ResolvedMap, assertFiniteResult, assertLength, quadratureRule, resolveMap } from './map-options.js';

/** Longest sequence {@link iterateLengthMap} computes (about 20 s of work). */
const MAX_DEPTH = 1_000_000;

/** Pre-activation standard deviation √(c²s² + σ_b²) for input root second moment s. */
export function preActivationStd(m: ResolvedMap, s: number): number {
  return Math.hypot(m.c * s, m.biasStd);
}

/** E[f(σz + b)²]: the post-activation second moment for pre-activation N(b, σ²). */
export function secondMoment(m: ResolvedMap, sigma: number): number {
  const f = m.f.scalar;
  const moment = gaussianExpectation((x) => f(x) ** 2, m.bias, sigma, quadratureRule(m.f));
  return assertFiniteResult(moment, m.f, 'E[f(x)²]');
}

/** @internal Length map on resolved options. */
export function lengthMapResolved(m: ResolvedMap, s: number): number {
  return Math.sqrt(secondMoment(m, preActivationStd(m, s)));
}

/**
 * @internal The length map and its slope together: one quadrature of the
 * pair (f², z·f·f′), which share their evaluations of f and f′.
 */
export function lengthMapWithSlope(m: ResolvedMap, s: number): { map: number; slope: number } {
  const sigma = preActivationStd(m, s);
  const { scalar: f, derivative: df } = m.f;
  if (sigma === 0) {
    // s = 0 and σ_b = 0. If f(b) ≠ 0, s_{i+1} = |f(b)| + O(s²): slope 0. If
    // f(b) = 0, s_{i+1} = c·s·√((f'(b⁺)² + f'(b⁻)²)/2) + o(s): the one-sided
    // slope, with one-sided derivatives so that kinks at b (relu) count.
    const fb = f(m.bias);
    assertFiniteResult(fb, m.f, 'f(b)');
    if (fb !== 0) return { map: Math.abs(fb), slope: 0 };
    const delta = 1e-9 * (1 + Math.abs(m.bias));
    return { map: 0, slope: m.c * Math.sqrt(0.5 * (df(m.bias + delta) ** 2 + df(m.bias - delta) ** 2)) };
  }
  const b = m.bias;
  const [moment, mixed] = gaussianExpectationVector(
    (x, out) => {
      const fx = f(x);
      out[0] = fx * fx;
      out[1] = ((x - b) / sigma) * fx * df(x);
    },
    2,
    b,
    sigma,
    quadratureRule(m.f),
  ) as unknown as [number, number];
  const map = Math.sqrt(assertFiniteResult(moment, m.f, 'E[f(x)²]'));
  // d/ds E[f(σz+b)²] = 2·(dσ/ds)·E[z·f·f'], with dσ/ds = c²s/σ.
  const slope = map === 0 ? 0 : ((m.c * m.c * s) / sigma) * (mixed / map);
  return { map, slope: assertFiniteResult(slope, m.f, 'the slope') };
}

/** @internal Slope of the length map on resolved options. */
export function lengthMapSlopeResolved(m: ResolvedMap, s: number): number {
  return lengthMapWithSlope(m, s).slope;
}

/**
 * The length map of the flow of variance (Wang & Perdikaris 2021, "Flow of
 * variance"; Poole et al. 2016, Eq. 3, written for root second moments):
 *
 *   s_{i+1} = √( E_{z,ξ~N(0,1)} [ f(c·s_i·z + b + σ_b·ξ)² ] ),
 *
 * the root second moment of an infinitely wide layer's output when its input
 * has root second moment s_i. Since c·s·z + σ_b·ξ ~ N(0, c²s² + σ_b²), the
 * expectation is one-dimensional; it is computed by Gauss–Hermite quadrature
 * or adaptive Gauss–Kronrod split at the activation's kinks (relative error
 * ≲ 1e-12 in practice), in float64 with no tensors.
 *
 * @param activation a name from core's registry, or an Activation.
 * @param s input root second moment s_i ≥ 0.
 * @param opts `{c = 1, bias = 0, biasStd = 0}`.
 * @throws MlpinitError for an unknown activation, negative or non-finite s, c, σ_b.
 */
export function lengthMap(activation: string | Activation, s: number, opts?: MapOptions): number {
  const m = resolveMap(activation, opts);
  assertLength(s, 's');
  return lengthMapResolved(m, s);
}

/**
 * The slope d s_{i+1} / d s_i of the {@link lengthMap}:
 *
 *   (c²·s / σ) · E[z·f(σz + b)·f'(σz + b)] / s_{i+1},   σ = √(c²s² + σ_b²),
 *
 * by differentiating under the expectation. At s = 0 with σ_b = 0 and
 * f(b) = 0 it returns the one-sided limit c·√((f'(b⁺)² + f'(b⁻)²)/2)
 * (c·|f'(b)| for smooth f, c/√2 for relu at b = 0).
 */
export function lengthMapSlope(activation: string | Activation, s: number, opts?: MapOptions): number {
  const m = resolveMap(activation, opts);
  assertLength(s, 's');
  return lengthMapSlopeResolved(m, s);
}

/**
 * Iterates the {@link lengthMap}: returns [s_0, s_1, …, s_depth], the
 * mean-field prediction of the root second moment of every hidden layer's
 * output of a depth-layer MLP fed with inputs of root second moment s_0.
 */
export function iterateLengthMap(activation: string | Activation, s0: number, depth: number, opts?: MapOptions): number[] {
  const m = resolveMap(activation, opts);
  assertLength(s0, 's0');
  assertInteger(depth, 'depth', 0);
  if (depth > MAX_DEPTH) throw new MlpinitError('INVALID_ARGUMENT', `expected a depth <= ${MAX_DEPTH}, got ${depth}`, 'depth');
  const out = [s0];
  let s = s0;
  for (let l = 0; l < depth; l++) {
    s = lengthMapResolved(m, s);
    out.push(s);
  }
  return out;
}
