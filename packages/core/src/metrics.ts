import { MlpinitError } from './errors.js';
import { type NumericInput, toFloat64 } from './tensor-input.js';
import { assertAllFinite, assertPositive } from './validate.js';

function pair(pred: NumericInput, target: NumericInput): [Float64Array, Float64Array] {
  const p = toFloat64(pred, 'pred');
  const t = toFloat64(target, 'target');
  if (p.length !== t.length) {
    throw new MlpinitError('SHAPE_MISMATCH', `pred has ${p.length} entries but target has ${t.length}`, 'pred');
  }
  if (p.length === 0) throw new MlpinitError('INVALID_ARGUMENT', 'expected at least one entry', 'target');
  assertAllFinite(p, 'pred');
  assertAllFinite(t, 'target');
  return [p, t];
}

function sums(p: Float64Array, t: Float64Array): { err: number; ref: number } {
  let err = 0;
  let ref = 0;
  for (let i = 0; i < p.length; i++) {
    const d = (p[i] as number) - (t[i] as number);
    err += d * d;
    ref += (t[i] as number) ** 2;
  }
  return { err, ref };
}

/**
 * Signal-to-noise ratio in dB over all entries, 20·log10(‖y‖/‖ŷ − y‖): the
 * definition behind the 16.8 and 20.0 dB of Wang & Perdikaris (2021).
 * `Infinity` for an exact fit.
 */
export function snrDb(pred: NumericInput, target: NumericInput): number {
  const { err, ref } = sums(...pair(pred, target));
  return 10 * Math.log10(ref / err);
}

/** Peak signal-to-noise ratio in dB, 10·log10(peak²/MSE). */
export function psnrDb(pred: NumericInput, target: NumericInput, peak: number): number {
  assertPositive(peak, 'peak');
  const [p, t] = pair(pred, target);
  const { err } = sums(p, t);
  return 10 * Math.log10((peak * peak) / (err / p.length));
}

/** Relative L2 error ‖ŷ − y‖/‖y‖. */
export function relativeL2(pred: NumericInput, target: NumericInput): number {
  const { err, ref } = sums(...pair(pred, target));
  return Math.sqrt(err / ref);
}
