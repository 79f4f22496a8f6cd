import * as tf from '@tensorflow/tfjs-core';

/**
 * Gram matrix G = Fᵀ·F of the columns of F [N, d] with a gradient that uses
 * only plain matMuls (dF = F·(dG + dGᵀ)); on wasm a transposed matMul is about
 * 10× slower than transposing explicitly (see core's `dense`).
 */
const gramWithGrad = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
  const [f, save] = args as [tf.Tensor2D, tf.GradSaveFunc];
  save([f]);
  return {
    value: tf.matMul(tf.transpose(f), f),
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const [fs] = saved as [tf.Tensor2D];
      const dg = dy as tf.Tensor2D;
      return [tf.matMul(fs, tf.add(dg, tf.transpose(dg)))];
    },
  };
});

/** @internal G = Fᵀ·F, [d, d], differentiable in F. */
export function gram(features: tf.Tensor2D): tf.Tensor2D {
  return gramWithGrad(features) as tf.Tensor2D;
}
