import * as tf from '@tensorflow/tfjs-core';
import { EpochSampler, MlpinitError, type Rng, assertAllFinite, toTensor2D } from '@mlpinit/core';
import type { GoOptions } from './go-options.js';
import { type InputNormalization, normalize } from './input-normalization.js';

/** Points [N, d_in] as a tensor GO owns, checked for shape and finiteness. */
export async function ownedPoints(x: GoOptions['x'], cols: number): Promise<tf.Tensor2D> {
  const t = toTensor2D(x as NonNullable<GoOptions['x']>, 'opts.x', cols);
  if (t === x) {
    assertAllFinite(await t.data(), 'opts.x');
    return tf.clone(t);
  }
  return t;
}

/** `sampler(step)` as a tensor, its errors turned into typed ones naming `opts.sampler`. */
export function sampled(sampler: NonNullable<GoOptions['sampler']>, step: number, cols: number): tf.Tensor2D {
  let out: ReturnType<typeof sampler>;
  try {
    out = sampler(step);
  } catch (err) {
    if (err instanceof MlpinitError) throw err;
    throw new MlpinitError('INVALID_ARGUMENT', `sampler(${step}) threw: ${(err as Error).message}`, 'opts.sampler');
  }
  return toTensor2D(out, `opts.sampler(${step})`, cols);
}

/** At most `max` rows of `x`, a seeded subset (a copy the caller owns). */
export function subsetRows(x: tf.Tensor2D, max: number, rng: Rng): tf.Tensor2D {
  const n = x.shape[0];
  if (n <= max) return tf.clone(x);
  return tf.tidy(() => tf.gather(x, tf.tensor1d(rng.permutation(n).subarray(0, max), 'int32')));
}


/**
 * The points GO's optimizer sees at each step: with data `xs`, mini-batches
 * of `batch` rows by epochs ({@link EpochSampler}) or all of `xs`; with a
 * sampler, `sampler(step)` normalized like its first draw (step 0 is that
 * first draw). Batches are tensors the caller's tidy scope frees.
 */
export function goBatchSource(
  xs: tf.Tensor2D | undefined,
  batch: number,
  rng: Rng,
  first: tf.Tensor2D,
  sampler: GoOptions['sampler'],
  norm: InputNormalization,
  cols: number,
): (step: number) => tf.Tensor2D {
  if (xs) {
    const epochs = new EpochSampler(xs.shape[0], batch, rng);
    return () => (epochs.fullBatch ? xs : tf.gather(xs, tf.tensor1d(epochs.next(), 'int32')));
  }
  const draw = sampler as NonNullable<GoOptions['sampler']>;
  return (step) => (step === 0 ? first : normalize(sampled(draw, step, cols), norm));
}
