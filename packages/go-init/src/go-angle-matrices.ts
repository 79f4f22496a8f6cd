import * as tf from '@tensorflow/tfjs-core';
import { type Matrix2D, createMlp, ready, toTensor2D } from '@mlpinit/core';
import { angleMatrixAsync } from './angle-matrix.js';
import type { GoResult } from './go-result.js';
import { normalize } from './input-normalization.js';

/**
 * The angle matrices of the last hidden layer's features on the points `x`
 * (raw inputs; normalized with the result's `inputNormalization`) for a
 * Glorot-normal draw (`before`) and a draw from the learned GO law (`after`),
 * both from `seed`: the two panels of the GO figure (see {@link angleMatrixSpec}).
 */
export async function goAngleMatrices(
  result: GoResult,
  x: Matrix2D,
  seed = 0,
): Promise<{ before: number[][]; after: number[][] }> {
  await ready();
  const raw = toTensor2D(x, 'x', result.sizes[0]);
  const xs = normalize(raw, result.inputNormalization);
  // The Glorot draw sees the points as GO did (normalized); GO's draw takes raw inputs (its map is folded in).
  const angles = async (mlp: ReturnType<typeof createMlp>, input: tf.Tensor2D): Promise<number[][]> => {
    const f = mlp.hiddenFeatures(input);
    try {
      return await angleMatrixAsync(f);
    } finally {
      f.dispose();
      mlp.dispose();
    }
  };
  try {
    const before = await angles(createMlp({ sizes: [...result.sizes], activation: result.activation, init: 'glorot-normal', seed }), xs);
    const after = await angles(result.createMlp(seed), raw);
    return { before, after };
  } finally {
    tf.dispose(xs);
    if (raw !== x) raw.dispose();
  }
}
