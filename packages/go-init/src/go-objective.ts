import * as tf from '@tensorflow/tfjs-core';
import type { Activation } from '@mlpinit/core';
import type { BaseLayer } from './base-draw.js';
import { orthogonalityLoss } from './orthogonality.js';

/**
 * h·W̃ for a constant W̃, differentiable in h only. The gradient dh = dy·W̃ᵀ
 * uses the pre-transposed W̃ᵀ so no transposed matMul runs (slow on wasm).
 */
function baseMatMul(h: tf.Tensor2D, layer: BaseLayer): tf.Tensor2D {
  const op = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const [x] = args as [tf.Tensor2D];
    return {
      value: tf.matMul(x, layer.w),
      gradFunc: (dy: tf.Tensor) => [tf.matMul(dy as tf.Tensor2D, layer.wt)],
    };
  });
  return op(h) as tf.Tensor2D;
}

/**
 * @internal Last-hidden-layer features of the network whose hidden layer l
 * computes h_l = f(c_l·(h_{l−1}·W̃_l) + b_l) (Wang & Perdikaris 2021, GO:
 * W_l = c_l·W̃_l and a bias of b_l in every entry). The scalar multiplies the
 * matMul result, not the matrix, so only 2L scalars carry gradients.
 * Differentiable with respect to `c` and `b` ([L] each).
 */
export function goFeatures(
  x: tf.Tensor2D,
  c: tf.Tensor1D,
  b: tf.Tensor1D,
  base: readonly BaseLayer[],
  activation: Activation,
): tf.Tensor2D {
  return tf.tidy(() => {
    const cs = tf.unstack(c);
    const bs = tf.unstack(b);
    // core's cheaper form where one exists (tanh as 2σ(2x) − 1: same values to
    // ~1e-7, several times faster than the wasm tanh kernel).
    const f = activation.fast ?? activation.apply;
    let h = x;
    base.forEach((layer, l) => {
      const z = tf.add(tf.mul(baseMatMul(h, layer), cs[l] as tf.Tensor), bs[l] as tf.Tensor);
      h = f(z) as tf.Tensor2D;
    });
    return h;
  });
}

/**
 * @internal The GO objective (Wang & Perdikaris 2021):
 * L(c, b) = −Σ_{i≠j} log(1 − cos²θ_ij)/(d(d−1)) + λ·‖c‖², with θ_ij the
 * angles between the columns of {@link goFeatures}.
 */
export function goObjective(
  x: tf.Tensor2D,
  c: tf.Tensor1D,
  b: tf.Tensor1D,
  base: readonly BaseLayer[],
  activation: Activation,
  lambda: number,
): tf.Scalar {
  return tf.tidy(() => {
    const ortho = orthogonalityLoss(goFeatures(x, c, b, base, activation));
    return lambda === 0 ? ortho : (tf.add(ortho, tf.mul(lambda, tf.sum(tf.square(c)))) as tf.Scalar);
  });
}
