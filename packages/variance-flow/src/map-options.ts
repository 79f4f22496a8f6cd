import { type Activation, MlpinitError, assertFinite, assertNonNegative, getActivation } from '@mlpinit/core';

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

/** Resolves the activation (name or object) and checks the layer parameters. */
export function resolveMap(activation: string | Activation, opts: MapOptions | undefined): ResolvedMap {
  if (opts !== undefined && (typeof opts !== 'object' || opts === null)) {
    throw new MlpinitError('INVALID_ARGUMENT', 'expected an options object {c, bias, biasStd}', 'opts');
  }
  const f = getActivation(activation);
  const c = opts?.c ?? 1;
  const bias = opts?.bias ?? 0;
  const biasStd = opts?.biasStd ?? 0;
  assertNonNegative(c, 'opts.c');
  assertFinite(bias, 'opts.bias');
  assertNonNegative(biasStd, 'opts.biasStd');
  return { f, c, bias, biasStd };
}

/** Checks a root second moment s (finite, ≥ 0). */
export function assertLength(s: unknown, param: string): asserts s is number {
  assertNonNegative(s, param);
}
