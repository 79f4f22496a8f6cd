import * as tf from '@tensorflow/tfjs-core';
import { dense } from './dense.js';
import { MlpinitError } from './errors.js';
import { contiguousSlice } from './fast-slice.js';
import type { Mlp } from './mlp.js';

/**
 * Output and input-Jacobian of the MLP by forward-mode propagation of
 * tangents: J_0 = I, J_l = (J_{l−1}·W_l) ⊙ f'(z_l) per input direction. The
 * result is an ordinary differentiable tensor expression, so penalties on
 * ∂f/∂x (the gradient regularizer of Wang & Perdikaris' code) train with
 * first-order autodiff only. Returns `jacobian[k]`: ∂f/∂x_k, shape [N, d_out].
 */
export function inputJacobian(mlp: Mlp, x: tf.Tensor2D): { output: tf.Tensor2D; jacobian: tf.Tensor2D[] } {
  return tf.tidy(() => forwardTangents(mlp, x));
}

function forwardTangents(mlp: Mlp, x: tf.Tensor2D): { output: tf.Tensor2D; jacobian: tf.Tensor2D[] } {
  const grad = mlp.activation.grad;
  if (!grad) {
    throw new MlpinitError('INVALID_ARGUMENT', `activation '${mlp.activation.name}' has no tensor derivative (grad)`, 'mlp.activation');
  }
  const dIn = mlp.inputSize;
  const L = mlp.numLayers;
  const enc = mlp.encoding;
  // With an encoding, h starts at γ(x) and its tangents at ∂γ/∂x_k; without, at x and e_k.
  let h: tf.Tensor2D = enc ? enc.apply(x) : x;
  let tangents: tf.Tensor2D[] = enc ? enc.tangents(x) : [];
  for (let l = 0; l < L; l++) {
    const w = mlp.weights[l] as tf.Tensor2D;
    const z = dense(h, w, mlp.biases[l] as tf.Tensor1D);
    // At layer 0 the tangent of z along e_k is row k of W_0 for every point: kept
    // as a [1, d] row and broadcast (tfjs-wasm's Tile is slow).
    const dz =
      l === 0 && !enc
        ? Array.from({ length: dIn }, (_, k) => contiguousSlice<tf.Rank.R2>(w, k * w.shape[1], [1, w.shape[1]]))
        : tangents.map((t) => tf.matMul(t, w) as tf.Tensor2D);
    if (l < L - 1) {
      h = mlp.activation.apply(z) as tf.Tensor2D;
      const d = grad(z, h);
      tangents = dz.map((t) => tf.mul(t, d) as tf.Tensor2D);
    } else {
      h = z;
      tangents = l === 0 && !enc ? dz.map((t) => tf.tile(t, [x.shape[0], 1]) as tf.Tensor2D) : dz;
    }
  }
  return { output: h, jacobian: tangents };
}

/**
 * Mean over points, outputs and input dimensions of (∂f/∂x)²: the smoothness
 * penalty of the GO authors' image code. Differentiable in the weights.
 */
export function gradientPenalty(mlp: Mlp, x: tf.Tensor2D): tf.Scalar {
  return tf.tidy(() => {
    const { jacobian } = inputJacobian(mlp, x);
    return tf.mean(tf.stack(jacobian.map((j) => tf.square(j)))) as tf.Scalar;
  });
}
