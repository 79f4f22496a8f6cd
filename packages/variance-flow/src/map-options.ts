import { type Activation, MlpinitError, assertFinite, assertNonNegative, getActivation } from '@mlpinit/core';
import type { ExpectationOptions } from './gaussian-expectation.js';

/**
 * Layer parameters of the mean-field maps: weights N(0, c²/d_in), biases
 * b + σ_b·ξ with ξ ~ N(0, 1) (Poole et al. 2016, Eq. 2; Wang & Perdikaris
 * 2021, "Flow of variance").
 */
export interface MapOptions {
  /** Weight scale c: weights are N(0, c²/d_in) (default 1). */
  c?: number;
  /** Constant bias shift b, the mean of every pre-activation (default 0). */
  bias?: number;
  /** Bias noise σ_b: biases are b + σ_b·N(0, 1) (default 0). */
  biasStd?: number;
}

/** Validated {@link MapOptions} with the activation resolved. */
export interface ResolvedMap {
  readonly f: Activation;
  readonly c: number;
  readonly bias: number;
  readonly biasStd: number;
}

const frequencies = new WeakMap<Activation, number>();

/**
 * An upper estimate of the angular frequency ω of an oscillatory activation
 * (1 for sin), as max|f′| / max|f| over a probe of [−50, 50]; cached per
 * activation. The trapezoidal rule starts from a step that resolves it, so
 * that a coarse grid cannot alias the oscillation.
 */
export function oscillationFrequency(f: Activation): number {
  const hit = frequencies.get(f);
  if (hit !== undefined) return hit;
  let maxF = 0;
  let maxDf = 0;
  for (let j = 0; j <= 2000; j++) {
    const x = -50 + j / 20;
    maxF = Math.max(maxF, Math.abs(f.scalar(x)));
    maxDf = Math.max(maxDf, Math.abs(f.derivative(x)));
  }
  const omega = maxF > 0 && Number.isFinite(maxDf / maxF) ? Math.max(1, maxDf / maxF) : 1;
  frequencies.set(f, omega);
  return omega;
}

/**
 * How the quadrature treats the activation's integrands (f², z·f·f′, f′², f):
 * split at its kinks, and for oscillatory activations the angular frequency
 * of products of two factors, 2ω.
 */
export function quadratureRule(f: Activation): ExpectationOptions {
  return f.oscillatory ? { kinks: f.kinks, oscillatory: true, frequency: 2 * oscillationFrequency(f) } : { kinks: f.kinks };
}

/** Resolves the activation (name or object) and checks the layer parameters. */
export function resolveMap(activation: string | Activation, opts: MapOptions | undefined): ResolvedMap {
  if (opts !== undefined && (typeof opts !== 'object' || opts === null)) {
    throw new MlpinitError('INVALID_ARGUMENT', 'expected an options object {c, bias, biasStd}', 'opts');
  }
  const f = resolveActivation(activation);
  const c = opts?.c ?? 1;
  const bias = opts?.bias ?? 0;
  const biasStd = opts?.biasStd ?? 0;
  assertNonNegative(c, 'opts.c');
  assertFinite(bias, 'opts.bias');
  assertNonNegative(biasStd, 'opts.biasStd');
  return { f, c, bias, biasStd };
}

/** Looks the activation up and checks that it has the scalar forms the quadrature integrates. */
export function resolveActivation(activation: string | Activation): Activation {
  const f = getActivation(activation);
  if (typeof f.scalar !== 'function' || typeof f.derivative !== 'function') {
    throw new MlpinitError('INVALID_ARGUMENT', 'expected an activation with scalar(x) and derivative(x) functions', 'activation');
  }
  return f;
}

/** Throws NON_FINITE when an expectation overflowed or the activation returned NaN. */
export function assertFiniteResult(value: number, f: Activation, what: string): number {
  if (!Number.isFinite(value)) {
    throw new MlpinitError('NON_FINITE', `${what} is ${value} for activation ${JSON.stringify(f.name)} (overflow, or NaN from its scalar form)`, 'activation');
  }
  return value;
}

/** Checks a root second moment s (finite, ≥ 0). */
export function assertLength(s: unknown, param: string): asserts s is number {
  assertNonNegative(s, param);
}
