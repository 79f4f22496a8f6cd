import * as tf from '@tensorflow/tfjs-core';
import { transpose2d } from './fast-transpose.js';
import type { Activation } from './activation.js';
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
 * x holds raw inputs (encoded first when the MLP has an input encoding).
 * Intermediates are freed; the caller owns `loss` and `grads`.
 */
export function mseGradients(mlp: Mlp, x: tf.Tensor2D, y: tf.Tensor2D): MseGradients {
  return tf.tidy(() => backward(mlp.activation, mlp.weights, mlp.biases, mlp.encodeInputs(x), y));
}

/**
 * @internal {@link mseGradients} on explicit parameter tensors (the training
 * engine passes slices of its flat parameter vector). Call inside a tidy.
 */
export function backward(
  act: Activation,
  weights: readonly tf.Tensor2D[],
  biases: readonly tf.Tensor1D[],
  x: tf.Tensor2D,
  y: tf.Tensor2D,
): MseGradients {
  const grad = act.grad;
  if (!grad) throw new Error('activation has no tensor derivative');
  const f = act.fast ?? act.apply;
  const L = weights.length;
  const n = x.shape[0];
  const inputs: tf.Tensor2D[] = [x];
  const pre: tf.Tensor2D[] = [];
  let h = x;
  for (let l = 0; l < L; l++) {
    const z = tf.fused.matMul({ a: h, b: weights[l] as tf.Tensor2D, bias: biases[l] as tf.Tensor1D }) as tf.Tensor2D;
    pre.push(z);
    if (l < L - 1) {
      h = f(z) as tf.Tensor2D;
      inputs.push(h);
    } else {
      h = z;
    }
  }
  const diff = tf.sub(h, y);
  const loss = tf.mean(tf.square(diff)) as tf.Scalar;
  let dz = tf.mul(diff, 2 / diff.size) as tf.Tensor2D;
  // Column of ones: Σ_rows dz = dzᵀ·1 as a matMul whose packed right operand is
  // reused by the wasm backend (tf.sum(·, 0) is ~20× slower there).
  const ones = tf.ones([n, 1]) as tf.Tensor2D;
  const grads: tf.Tensor[] = new Array(2 * L);
  for (let l = L - 1; l >= 0; l--) {
    const hin = inputs[l] as tf.Tensor2D;
    // One explicit transpose per layer, of dz: dW = (dzᵀ·h)ᵀ and db = dzᵀ·1.
    // tfjs-wasm re-packs a matMul's right operand whenever its data is new,
    // so the fresh, tall dz must be the left operand (h and 1 on the right).
    const dzT = transpose2d(dz);
    grads[2 * l] = transpose2d(tf.matMul(dzT, hin));
    grads[2 * l + 1] = tf.reshape(tf.matMul(dzT, ones), [dz.shape[1]]);
    if (l > 0) {
      const dh = tf.matMul(dz, transpose2d(weights[l] as tf.Tensor2D));
      dz = tf.mul(dh, grad(pre[l - 1] as tf.Tensor2D, hin)) as tf.Tensor2D;
    }
  }
  return { loss, grads };
}
