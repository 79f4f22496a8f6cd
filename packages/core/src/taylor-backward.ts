import * as tf from '@tensorflow/tfjs-core';
import { contiguousSlice } from './fast-slice.js';
import { transpose2d } from './fast-transpose.js';
import { type TaylorPass, stackRows } from './taylor-forward.js';

/** Sum of the K row blocks [n, d] of a stacked [K·n, d] tensor, by contiguous slices (a reshaped-axis sum is slow on wasm). */
function sumBlocks(m: tf.Tensor2D, K: number, n: number): tf.Tensor2D {
  const d = m.shape[1];
  if (K === 1) return m;
  let acc = contiguousSlice<tf.Rank.R2>(m, 0, [n, d]);
  for (let k = 1; k < K; k++) acc = tf.add(acc, contiguousSlice<tf.Rank.R2>(m, k * n * d, [n, d])) as tf.Tensor2D;
  return acc;
}

/**
 * @internal Parameter gradients of a scalar loss of a Taylor pass's stacked
 * output, given its cotangent `dOut` = ∂loss/∂out [(1 + order·K)·n, d_out],
 * by explicit reverse mode through {@link taylorForward} (reverse over
 * forward; no autodiff tape). Through a hidden layer (h = f(z), T = f'(z)⊙A,
 * S = f''(z)⊙A² + f'(z)⊙C), with Σ_k over the K direction blocks:
 *   dz = dh⊙f' + f''⊙Σ_k(dT_k⊙A_k + dS_k⊙C_k) + f'''⊙Σ_k dS_k⊙A_k²,
 *   dA = dT⊙f' + 2·dS⊙f''⊙A,  dC = dS⊙f',
 * and through the dense layer [z; A; C] = X·W (+ b on z's rows):
 * dW = Xᵀ·[dz; dA; dC], db = Σ_rows dz, dX = [dz; dA; dC]·Wᵀ. The first
 * layer's input jet is constant (coordinates or a fixed encoding), so the
 * backward stops there. Gradients in `mlp.variables` order; call in a tidy.
 */
export function taylorBackward(pass: TaylorPass, weights: readonly tf.Tensor2D[], dOut: tf.Tensor2D): tf.Tensor[] {
  const { n, K, order, inputs, layers } = pass;
  const L = weights.length;
  const grads: tf.Tensor[] = new Array(2 * L);
  const onesRow = tf.ones([1, n]) as tf.Tensor2D;
  let dPre = dOut;
  for (let l = L - 1; l >= 0; l--) {
    const w = weights[l] as tf.Tensor2D;
    const d = w.shape[1];
    const x = inputs[l] as tf.Tensor2D;
    // dW = Xᵀ dPre, as (dPreᵀ X)ᵀ: the tall fresh operand stays on the left (wasm's transposed matMul is slow).
    grads[2 * l] = transpose2d(tf.matMul(transpose2d(dPre), x) as tf.Tensor2D);
    const dz = order === 0 ? dPre : contiguousSlice<tf.Rank.R2>(dPre, 0, [n, d]);
    grads[2 * l + 1] = tf.reshape(tf.matMul(onesRow, dz), [d]);
    if (l === 0) break;
    const dX = tf.matMul(dPre, transpose2d(w)) as tf.Tensor2D;
    const layer = layers[l - 1];
    if (!layer) throw new Error(`no saved terms for hidden layer ${l - 1}`);
    const { fp } = layer;
    const dIn = fp.shape[1];
    const dh = order === 0 ? dX : contiguousSlice<tf.Rank.R2>(dX, 0, [n, dIn]);
    let dzPrev = tf.mul(dh, fp) as tf.Tensor2D;
    if (order === 0) {
      dPre = dzPrev;
      continue;
    }
    const fpp = layer.fpp as tf.Tensor2D;
    const a = layer.a as tf.Tensor2D;
    const fpK = stackRows(fp, K);
    const dT = contiguousSlice<tf.Rank.R2>(dX, n * dIn, [K * n, dIn]);
    let dA = tf.mul(dT, fpK) as tf.Tensor2D;
    let mixed = tf.mul(dT, a) as tf.Tensor2D;
    const parts: tf.Tensor2D[] = [];
    if (order === 2) {
      const c = layer.c as tf.Tensor2D;
      const fppp = layer.fppp as tf.Tensor2D;
      const dS = contiguousSlice<tf.Rank.R2>(dX, (1 + K) * n * dIn, [K * n, dIn]);
      mixed = tf.add(mixed, tf.mul(dS, c)) as tf.Tensor2D;
      const dSa = tf.mul(dS, a) as tf.Tensor2D;
      dzPrev = tf.add(dzPrev, tf.mul(fppp, sumBlocks(tf.mul(dSa, a) as tf.Tensor2D, K, n))) as tf.Tensor2D;
      dA = tf.add(dA, tf.mul(tf.mul(dSa, stackRows(fpp, K)), 2)) as tf.Tensor2D;
      parts.push(tf.mul(dS, fpK) as tf.Tensor2D);
    }
    dzPrev = tf.add(dzPrev, tf.mul(fpp, sumBlocks(mixed, K, n))) as tf.Tensor2D;
    dPre = tf.concat([dzPrev, dA, ...parts], 0) as tf.Tensor2D;
  }
  return grads;
}
