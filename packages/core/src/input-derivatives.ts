import * as tf from '@tensorflow/tfjs-core';
import type { Activation } from './activation.js';
import { MlpinitError } from './errors.js';
import type { Mlp } from './mlp.js';
import { type DerivativeOrder, inputJet, taylorForward } from './taylor-forward.js';
import { type Matrix2D, toTensor2D } from './tensor-input.js';

/** Options of {@link inputDerivatives}. */
export interface InputDerivativesOptions {
  /** 1: value and gradient; 2 (default): also the diagonal of the Hessian. */
  order?: 1 | 2;
}

/** A network's output and input derivatives at N points (tensors the caller owns). */
export interface InputDerivatives {
  /** u(x), [N, d_out]. */
  value: tf.Tensor2D;
  /** ∂u_o/∂x_k, [N, d_out, d_in]. */
  gradient: tf.Tensor3D;
  /** ∂²u_o/∂x_k², [N, d_out, d_in] (order 2 only). */
  hessianDiagonal?: tf.Tensor3D;
}

/** Throws unless the activation has the tensor derivatives a Taylor pass of `order` needs (and its backward, when `backward`). */
export function assertTaylorSupport(act: Activation, order: DerivativeOrder, backward: boolean, param = 'mlp.activation'): void {
  const need: (keyof Activation)[] = ['grad'];
  if (order === 2 || (order === 1 && backward)) need.push('grad2');
  if (order === 2 && backward) need.push('grad3');
  const missing = need.filter((k) => typeof act[k] !== 'function');
  if (missing.length > 0) {
    throw new MlpinitError(
      'INVALID_ARGUMENT',
      `activation ${JSON.stringify(act.name)} has no tensor ${missing.join(', ')}; input derivatives of order ${order} need them`,
      param,
    );
  }
}

/** Validates `order` (1 or 2; default 2). */
export function checkOrder(order: unknown, param: string, allowZero = false): DerivativeOrder {
  const o = order ?? 2;
  if (o !== 1 && o !== 2 && !(allowZero && o === 0)) {
    throw new MlpinitError('INVALID_ARGUMENT', `expected ${allowZero ? '0, 1 or 2' : '1 or 2'}, got ${JSON.stringify(order)}`, param);
  }
  return o as DerivativeOrder;
}

/**
 * The network's output u(x) and its derivatives in the inputs at points x:
 * the gradient ∂u_o/∂x_k and (order 2) the Hessian's diagonal ∂²u_o/∂x_k²,
 * by forward-mode (Taylor) propagation through the layers, one direction
 * per input coordinate (Griewank & Walther, "Evaluating Derivatives",
 * 2nd ed. 2008, ch. 13), through any input encoding, in one stacked matMul
 * per layer. Works on every backend; these are what physics-informed
 * residuals (Raissi, Perdikaris & Karniadakis 2019) are built from.
 * Mixed partials ∂²u/∂x_i∂x_j (i ≠ j) are not computed.
 * @param x points [N, d_in] (array or tensor; a tensor stays the caller's)
 */
export function inputDerivatives(mlp: Mlp, x: Matrix2D, opts: InputDerivativesOptions = {}): InputDerivatives {
  if (!opts || typeof opts !== 'object') throw new MlpinitError('INVALID_ARGUMENT', 'expected an options object', 'opts');
  const order = checkOrder(opts.order, 'opts.order') as 1 | 2;
  assertTaylorSupport(mlp.activation, order, false);
  const xt = toTensor2D(x, 'x', mlp.inputSize);
  try {
    return tf.tidy(() => {
      const [n, K] = xt.shape;
      const O = mlp.sizes[mlp.sizes.length - 1] as number;
      const jet = inputJet(xt, order, mlp.encoding);
      const { out } = taylorForward(mlp.activation, mlp.weights, mlp.biases, jet, n, K, order, false);
      const block = (b: number): tf.Tensor3D => tf.transpose(tf.reshape(tf.slice(out, [(1 + (b - 1) * K) * n, 0], [K * n, O]), [K, n, O]), [1, 2, 0]) as tf.Tensor3D;
      const value = tf.slice(out, [0, 0], [n, O]) as tf.Tensor2D;
      return order === 2 ? { value, gradient: block(1), hessianDiagonal: block(2) } : { value, gradient: block(1) };
    });
  } finally {
    if (xt !== x) xt.dispose();
  }
}
