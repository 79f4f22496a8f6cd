import * as tf from '@tensorflow/tfjs-core';
import { readSync } from './sync-read.js';
import { MlpinitError } from './errors.js';
import { assertAllFinite } from './validate.js';

/** A 2-D input: a tensor or a nested array of rows. */
export type Matrix2D = tf.Tensor2D | number[][];

/** Numbers in any plain or tensor form (flattened where needed). */
export type NumericInput = tf.Tensor | ArrayLike<number> | number[][];

/**
 * Converts a {@link Matrix2D} to a tensor owned by the caller (a new tensor for
 * arrays; the same tensor otherwise, so compare before disposing).
 */
export function toTensor2D(x: Matrix2D, param: string, cols?: number): tf.Tensor2D {
  let t: tf.Tensor2D;
  if (x instanceof tf.Tensor) {
    if (x.rank !== 2) {
      throw new MlpinitError('SHAPE_MISMATCH', `expected a 2-D tensor [N, d], got shape [${x.shape.join(', ')}]`, param);
    }
    t = x as tf.Tensor2D;
  } else if (Array.isArray(x) && x.every((r) => Array.isArray(r))) {
    const width = x[0]?.length ?? 0;
    if (x.length === 0 || width === 0 || x.some((r) => r.length !== width)) {
      throw new MlpinitError('SHAPE_MISMATCH', 'expected a non-empty array of equal-length rows', param);
    }
    assertAllFinite(x.flat(), param);
    t = tf.tensor2d(x, [x.length, width], 'float32');
  } else {
    throw new MlpinitError('INVALID_ARGUMENT', 'expected a Tensor2D or an array of number rows', param);
  }
  if (cols !== undefined && t.shape[1] !== cols) {
    if (t !== x) t.dispose();
    throw new MlpinitError('SHAPE_MISMATCH', `expected ${cols} columns, got ${t.shape[1]}`, param);
  }
  return t;
}

/**
 * Reads any {@link NumericInput} into a flat Float64Array (synchronously; a
 * tensor on a backend without synchronous reads throws `SYNC_READ_UNSUPPORTED`:
 * pass `await t.data()` instead).
 */
export function toFloat64(values: NumericInput, param: string): Float64Array {
  if (values instanceof tf.Tensor) return Float64Array.from(readSync(values, 'a tensor argument', `await ${param}.data()`, param));
  if (Array.isArray(values) && values.length > 0 && Array.isArray(values[0])) {
    return Float64Array.from((values as number[][]).flat());
  }
  if (values && typeof (values as ArrayLike<number>).length === 'number') {
    return Float64Array.from(values as ArrayLike<number>);
  }
  throw new MlpinitError('INVALID_ARGUMENT', 'expected a tensor or an array of numbers', param);
}
