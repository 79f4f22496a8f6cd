import * as tf from '@tensorflow/tfjs-core';
import type { Activation } from './activation.js';
import { contiguousSlice } from './fast-slice.js';
import type { InputEncoding } from './encoding.js';

/** Order of the input derivatives a Taylor pass carries: 0 (values), 1 (∂/∂x_k) or 2 (also ∂²/∂x_k²). */
export type DerivativeOrder = 0 | 1 | 2;

/** Number of stacked row blocks for K input directions at `order`: 1 + K (order 1), 1 + 2K (order 2). */
export function jetBlocks(order: DerivativeOrder, K: number): number {
  return 1 + order * K;
}

/**
 * @internal The jet of the first dense layer's input at points x [n, K]:
 * rows [h; ∂h/∂x_1 … ∂h/∂x_K; ∂²h/∂x_1² … ∂²h/∂x_K²] stacked as
 * [(1 + order·K)·n, d_0]. Without an encoding h = x, so block k of the
 * tangents is the unit vector e_k on every row and the second derivatives
 * vanish; with one, the encoding's own jet.
 */
export function inputJet(x: tf.Tensor2D, order: DerivativeOrder, encoding?: InputEncoding): tf.Tensor2D {
  if (encoding) return encoding.jet(x, order);
  if (order === 0) return x;
  const [n, K] = x.shape;
  return tf.tidy(() => {
    const unit = new Float32Array(K * n * K);
    for (let k = 0; k < K; k++) for (let i = 0; i < n; i++) unit[(k * n + i) * K + k] = 1;
    const parts: tf.Tensor2D[] = [x, tf.tensor2d(unit, [K * n, K])];
    if (order === 2) parts.push(tf.zeros([K * n, K]));
    return tf.concat(parts, 0) as tf.Tensor2D;
  });
}

/** What the backward pass of {@link taylorForward} needs from one hidden layer. */
export interface TaylorLayer {
  /** Pre-activation z [n, d]. */
  z: tf.Tensor2D;
  /** f'(z), f''(z) (order ≥ 1), f'''(z) (order 2), each [n, d]. */
  fp: tf.Tensor2D;
  fpp?: tf.Tensor2D;
  fppp?: tf.Tensor2D;
  /** Tangents of z, A = [∂z/∂x_1; …; ∂z/∂x_K] [K·n, d] (order ≥ 1). */
  a?: tf.Tensor2D;
  /** Second derivatives of z, C = [∂²z/∂x_k²]_k [K·n, d] (order 2). */
  c?: tf.Tensor2D;
}

/** A Taylor-mode forward pass: every dense layer's stacked input, the hidden layers' saved terms and the stacked output. */
export interface TaylorPass {
  n: number;
  K: number;
  order: DerivativeOrder;
  /** inputs[l]: the stacked input of dense layer l, [(1 + order·K)·n, d_l]. */
  inputs: tf.Tensor2D[];
  layers: TaylorLayer[];
  /** [u; ∂u/∂x_k …; ∂²u/∂x_k² …] stacked, [(1 + order·K)·n, d_out]. */
  out: tf.Tensor2D;
}

/** K copies of m stacked as rows (tfjs-wasm's Tile is ~20× slower than Concat). */
export function stackRows(m: tf.Tensor2D, K: number): tf.Tensor2D {
  return K === 1 ? m : (tf.concat(new Array<tf.Tensor2D>(K).fill(m), 0) as tf.Tensor2D);
}

/**
 * @internal Forward-mode (Taylor) propagation of an MLP's input derivatives
 * along the K coordinate directions, to `order` 2 for the diagonal of the
 * Hessian (Griewank & Walther, "Evaluating Derivatives", 2nd ed. 2008,
 * ch. 13: univariate Taylor propagation, one direction per coordinate).
 * Per hidden layer, with z = hW + b, A = TW, C = SW stacked in one matMul:
 * h' = f(z), T' = f'(z)⊙A, S' = f''(z)⊙A² + f'(z)⊙C (the chain rule of
 * Faà di Bruno to second order); the output layer is linear. Call inside a
 * tidy; `jet0` is {@link inputJet}'s stack.
 */
export function taylorForward(
  act: Activation,
  weights: readonly tf.Tensor2D[],
  biases: readonly tf.Tensor1D[],
  jet0: tf.Tensor2D,
  n: number,
  K: number,
  order: DerivativeOrder,
  keep = true,
): TaylorPass {
  const f = act.fast ?? act.apply;
  const L = weights.length;
  const inputs: tf.Tensor2D[] = [jet0];
  const layers: TaylorLayer[] = [];
  let x = jet0;
  for (let l = 0; l < L; l++) {
    const w = weights[l] as tf.Tensor2D;
    const d = w.shape[1];
    const all = tf.matMul(x, w) as tf.Tensor2D;
    const z = (order === 0 ? tf.add(all, biases[l] as tf.Tensor1D) : tf.add(contiguousSlice(all, 0, [n, d]), biases[l] as tf.Tensor1D)) as tf.Tensor2D;
    if (l === L - 1) {
      const out = order === 0 ? z : (tf.concat([z, contiguousSlice(all, n * d, [order * K * n, d])], 0) as tf.Tensor2D);
      return { n, K, order, inputs, layers, out };
    }
    const y = f(z) as tf.Tensor2D;
    const fp = order === 0 && !keep ? undefined : (act.grad as NonNullable<Activation['grad']>)(z, y) as tf.Tensor2D;
    const layer: TaylorLayer = { z, fp: fp as tf.Tensor2D };
    let next: tf.Tensor2D = y;
    if (order >= 1) {
      const a = contiguousSlice<tf.Rank.R2>(all, n * d, [K * n, d]);
      const fpK = stackRows(fp as tf.Tensor2D, K);
      const t = tf.mul(a, fpK) as tf.Tensor2D;
      layer.a = a;
      // f'' enters the forward pass at order 2 and the backward pass at order ≥ 1.
      if (order === 2 || keep) layer.fpp = (act.grad2 as NonNullable<Activation['grad2']>)(z, y) as tf.Tensor2D;
      if (order === 2) {
        const fpp = layer.fpp as tf.Tensor2D;
        const c = contiguousSlice<tf.Rank.R2>(all, (1 + K) * n * d, [K * n, d]);
        const s = tf.add(tf.mul(stackRows(fpp, K), tf.square(a)), tf.mul(fpK, c)) as tf.Tensor2D;
        layer.c = c;
        if (keep) layer.fppp = (act.grad3 as NonNullable<Activation['grad3']>)(z, y) as tf.Tensor2D;
        next = tf.concat([y, t, s], 0) as tf.Tensor2D;
      } else {
        next = tf.concat([y, t], 0) as tf.Tensor2D;
      }
    }
    layers.push(layer);
    inputs.push(next);
    x = next;
  }
  throw new Error('unreachable: an MLP has at least one layer');
}
