import { MlpinitError } from './errors.js';
import { assertPositive } from './validate.js';

/** Exponential learning-rate decay: lr·rate^(step/every) (optax/TF `exponential_decay`, non-staircase). */
export interface LrDecay {
  /** Factor per `every` steps, in (0, 1]. */
  rate: number;
  /** Steps over which the rate applies once. */
  every: number;
}

/** Learning rate at `step` (0-based) under an optional exponential decay. */
export function learningRateAt(lr: number, step: number, decay?: LrDecay): number {
  return decay ? lr * decay.rate ** (step / decay.every) : lr;
}

/** Validates an {@link LrDecay}. */
export function checkDecay(decay: LrDecay | undefined, param: string): void {
  if (decay === undefined) return;
  if (typeof decay !== 'object' || decay === null) {
    throw new MlpinitError('INVALID_ARGUMENT', 'expected {rate, every}', param);
  }
  assertPositive(decay.rate, `${param}.rate`);
  if (decay.rate > 1) throw new MlpinitError('INVALID_ARGUMENT', `expected rate <= 1, got ${decay.rate}`, `${param}.rate`);
  assertPositive(decay.every, `${param}.every`);
}
