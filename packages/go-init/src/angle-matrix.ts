import * as tf from '@tensorflow/tfjs-core';
import { MlpinitError, type Matrix2D, assertSyncReads, toTensor2D } from '@mlpinit/core';
import { cosineMatrix } from './orthogonality.js';

/**
 * The d × d matrix of angles θ_ij = arccos(cos θ_ij) in degrees between the
 * columns of `features` [N, d] (Wang & Perdikaris 2021 inspect these to see
 * how close the last hidden layer's features are to orthogonal). The diagonal
 * is 0; a zero column is at 90° to every other column
 * (see {@link COSINE_NORM_EPSILON}). Returns plain nested arrays.
 */
export function angleMatrix(features: Matrix2D): number[][] {
  assertSyncReads('angleMatrix()', 'await angleMatrixAsync()');
  const { cos, d } = cosines(features);
  const values = cos.dataSync();
  cos.dispose();
  return anglesOf(values, d);
}

/** {@link angleMatrix}, read asynchronously: works on every backend (WebGPU included). */
export async function angleMatrixAsync(features: Matrix2D): Promise<number[][]> {
  const { cos, d } = cosines(features);
  const values = await cos.data();
  cos.dispose();
  return anglesOf(values, d);
}

function cosines(features: Matrix2D): { cos: tf.Tensor2D; d: number } {
  const f = toTensor2D(features, 'features');
  try {
    const d = f.shape[1];
    if (d < 1) throw new MlpinitError('SHAPE_MISMATCH', 'expected at least 1 feature column', 'features');
    return { cos: tf.tidy(() => cosineMatrix(f)), d };
  } finally {
    if (f !== features) f.dispose();
  }
}

function anglesOf(values: ArrayLike<number>, d: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < d; i++) {
    const row: number[] = new Array(d);
    for (let j = 0; j < d; j++) {
      const c = Math.min(1, Math.max(-1, values[i * d + j] as number));
      row[j] = i === j ? 0 : (Math.acos(c) * 180) / Math.PI;
    }
    out.push(row);
  }
  return out;
}
