import * as tf from '@tensorflow/tfjs-core';
import type { Mlp } from './mlp.js';

/** Loss and parameter gradients from one explicit backward pass. */
export type MseGradients = {
  loss: tf.Scalar;
  /** Gradients in the order of `mlp.variables` (W_0, b_0, W_1, b_1, ...). */
  grads: tf.Tensor[];
};

/** True when the MLP's activation supplies the tensor derivative explicit back-propagation needs. */
export function supportsExplicitBackprop(mlp: Mlp): boolean {
  return typeof mlp.activation.grad === 'function';
}

/**
 * Mean-squared-error loss mean((f(x) − y)²) and its gradients by explicit
 * reverse-mode back-propagation through the MLP (Rumelhart et al. 1986), with
 * no autodiff tape: dz_L = 2(ŷ − y)/(N·O); dW_l = transpose(h_{l−1})·dz_l;
 * db_l = Σ_rows dz_l; dz_{l−1} = (dz_l·transpose(W_l)) ⊙ f'(z_{l−1}).
 * Transposes are explicit because wasm's transposed matMul is ~10× slower.
 * Intermediates are freed; the caller owns `loss` and `grads`.
 */
export function mseGradients(mlp: Mlp, x: tf.Tensor2D, y: tf.Tensor2D): MseGradients {
  return tf.tidy(() => backward(mlp, x, y));
}

function backward(mlp: Mlp, x: tf.Tensor2D, y: tf.Tensor2D): MseGradients {
  const act = mlp.activation;
  const grad = act.grad;
  if (!grad) throw new Error('activation has no tensor derivative');
  const L = mlp.numLayers;
  const inputs: tf.Tensor2D[] = [x];
  const pre: tf.Tensor2D[] = [];
  let h = x;
  for (let l = 0; l < L; l++) {
    const z = tf.fused.matMul({ a: h, b: mlp.weights[l] as tf.Tensor2D, bias: mlp.biases[l] as tf.Tensor1D }) as tf.Tensor2D;
    pre.push(z);
    if (l < L - 1) {
      h = act.apply(z) as tf.Tensor2D;
      inputs.push(h);
    } else {
      h = z;
    }
  }
  const diff = tf.sub(h, y);
  const loss = tf.mean(tf.square(diff)) as tf.Scalar;
  let dz = tf.mul(diff, 2 / diff.size) as tf.Tensor2D;
  const grads: tf.Tensor[] = new Array(2 * L);
  for (let l = L - 1; l >= 0; l--) {
    const hin = inputs[l] as tf.Tensor2D;
    grads[2 * l] = tf.matMul(tf.transpose(hin), dz);
    grads[2 * l + 1] = tf.sum(dz, 0);
    if (l > 0) {
      const dh = tf.matMul(dz, tf.transpose(mlp.weights[l] as tf.Tensor2D));
      dz = tf.mul(dh, grad(pre[l - 1] as tf.Tensor2D, hin)) as tf.Tensor2D;
    }
  }
  return { loss, grads };
}
