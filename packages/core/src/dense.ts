import * as tf from '@tensorflow/tfjs-core';
import { transpose2d } from './fast-transpose.js';

/**
 * Fully connected layer y = x·W + b with a hand-written gradient that uses no
 * transposed matMul: on the wasm backend a matMul with transposeA/transposeB
 * is about 10× slower than a plain one, so the operands are transposed
 * explicitly (dx = dy·transpose(W), dW = transpose(x)·dy, db = Σ_rows dy).
 */
const denseWithGrad = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
  const [x, w, b, save] = args as [tf.Tensor, tf.Tensor, tf.Tensor, tf.GradSaveFunc];
  const value = tf.fused.matMul({ a: x as tf.Tensor2D, b: w as tf.Tensor2D, bias: b });
  save([x, w]);
  return {
    value,
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const [xs, ws] = saved as [tf.Tensor2D, tf.Tensor2D];
      const dy2 = dy as tf.Tensor2D;
      const ones = tf.ones([1, dy2.shape[0]]) as tf.Tensor2D;
      return [tf.matMul(dy2, transpose2d(ws)), tf.matMul(transpose2d(xs), dy2), tf.reshape(tf.matMul(ones, dy2), [dy2.shape[1]])];
    },
  };
});

/** x: [N, d_in], w: [d_in, d_out], b: [d_out] → [N, d_out], differentiable. */
export function dense(x: tf.Tensor2D, w: tf.Tensor2D, b: tf.Tensor1D): tf.Tensor2D {
  return denseWithGrad(x, w, b) as tf.Tensor2D;
}
