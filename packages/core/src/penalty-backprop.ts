import * as tf from '@tensorflow/tfjs-core';
import type { Activation } from './activation.js';
import type { MseGradients } from './backprop.js';
import { contiguousSlice } from './fast-slice.js';
import { transpose2d } from './fast-transpose.js';
import { stackRows } from './taylor-forward.js';

/** True when the activation supplies f' and f'' as tensor ops (explicit penalty gradients). */
export function supportsExplicitPenalty(act: Activation): boolean {
  return typeof act.grad === 'function' && typeof act.grad2 === 'function';
}

/**
 * @internal The input-gradient penalty P = w · mean_{n,k,o} (∂f_o/∂x_k(x_n))²
 * (the smoothness term of Wang & Perdikaris' image code; see
 * {@link gradientPenalty}) and its gradients in the parameters, by explicit
 * reverse-mode differentiation of the forward-mode tangent network — the
 * "forward-over-reverse" Hessian-vector pattern of Pearlmutter (1994), here
 * reverse over forward, written out for an MLP. Call inside a tidy.
 *
 * Forward, with the K input directions stacked as rows (T_l is [K·N, d_l]):
 * z_l = h_{l−1}W_l + b_l, h_l = f(z_l); U_0 = rows of W_0, U_l = T_{l−1}W_l,
 * T_l = U_l ⊙ f'(z_l); J = U_{L−1}. Backward from dU = 2w·J/size(J):
 * dW_l += T_{l−1}ᵀ dU_l + h_{l−1}ᵀ dz_l, db_l += Σ_rows dz_l,
 * dT = dU_l W_lᵀ, dh = dz_l W_lᵀ, and through T = U ⊙ f'(z):
 * dU_{l−1} = dT ⊙ f'(z), dz_{l−1} = dh ⊙ f'(z) + (Σ_k dT_k ⊙ U_k) ⊙ f''(z).
 * The output bias does not enter P (its gradient is zero).
 */
export function penaltyBackward(
  act: Activation,
  weights: readonly tf.Tensor2D[],
  biases: readonly tf.Tensor1D[],
  x: tf.Tensor2D,
  weight: number,
): MseGradients {
  const { grad, grad2 } = act;
  if (!grad || !grad2) throw new Error('activation has no tensor first and second derivatives');
  const f = act.fast ?? act.apply;
  const L = weights.length;
  const [n, K] = x.shape;
  const w0 = weights[0] as tf.Tensor2D;
  // Row k of W_0 as a [1, d_1] tensor: the tangent of z_0 along input direction k.
  const rows0 = Array.from({ length: K }, (_, k) => contiguousSlice<tf.Rank.R2>(w0, k * w0.shape[1], [1, w0.shape[1]]));
  const hs: tf.Tensor2D[] = [x];
  const zs: tf.Tensor2D[] = [];
  const fps: tf.Tensor2D[] = [];
  // f'(z_l) stacked K times as rows, to scale the K stacked tangents (forward and backward).
  const fpsK: tf.Tensor2D[] = [];
  // U_l for l ≥ 1 (U_0 is the broadcast rows of W_0, kept as `rows0`).
  const us: (tf.Tensor2D | undefined)[] = [];
  const ts: tf.Tensor2D[] = [];
  let h = x;
  for (let l = 0; l < L - 1; l++) {
    const z = tf.fused.matMul({ a: h, b: weights[l] as tf.Tensor2D, bias: biases[l] as tf.Tensor1D }) as tf.Tensor2D;
    h = f(z) as tf.Tensor2D;
    const fp = grad(z, h) as tf.Tensor2D;
    const fpK = stackRows(fp, K);
    zs.push(z);
    hs.push(h);
    fps.push(fp);
    fpsK.push(fpK);
    if (l === 0) {
      ts.push(tf.concat(rows0.map((r) => tf.mul(fp, r)), 0) as tf.Tensor2D);
      us.push(undefined);
    } else {
      const u = tf.matMul(ts[l - 1] as tf.Tensor2D, weights[l] as tf.Tensor2D);
      us.push(u as tf.Tensor2D);
      ts.push(tf.mul(u, fpK) as tf.Tensor2D);
    }
  }
  const grads: tf.Tensor[] = new Array(2 * L);
  const wLast = weights[L - 1] as tf.Tensor2D;
  if (L === 1) {
    // No hidden layer: ∂f/∂x = W_0 everywhere, P = w · mean(W_0²).
    const loss = tf.mul(tf.mean(tf.square(w0)), weight) as tf.Scalar;
    grads[0] = tf.mul(w0, (2 * weight) / w0.size);
    grads[1] = tf.zerosLike(biases[0] as tf.Tensor1D);
    return { loss, grads };
  }
  const J = tf.matMul(ts[L - 2] as tf.Tensor2D, wLast) as tf.Tensor2D;
  const loss = tf.mul(tf.mean(tf.square(J)), weight) as tf.Scalar;
  let dU = tf.mul(J, (2 * weight) / J.size) as tf.Tensor2D;
  let dz: tf.Tensor2D | undefined;
  const onesN = tf.ones([n, 1]) as tf.Tensor2D;
  for (let l = L - 1; l >= 1; l--) {
    const wl = weights[l] as tf.Tensor2D;
    const tin = ts[l - 1] as tf.Tensor2D;
    const hin = hs[l] as tf.Tensor2D;
    // dW_l = T_{l−1}ᵀ dU (+ h_{l−1}ᵀ dz), as (dUᵀ·T)ᵀ: fresh tall operands stay on the left (see backward()).
    let dWT = tf.matMul(transpose2d(dU), tin);
    if (dz) {
      const dzT = transpose2d(dz);
      dWT = tf.add(dWT, tf.matMul(dzT, hin));
      grads[2 * l + 1] = tf.reshape(tf.matMul(dzT, onesN), [wl.shape[1]]);
    } else {
      grads[2 * l + 1] = tf.zerosLike(biases[l] as tf.Tensor1D);
    }
    grads[2 * l] = transpose2d(dWT as tf.Tensor2D);
    const wlT = transpose2d(wl);
    const dT = tf.matMul(dU, wlT);
    const fp = fps[l - 1] as tf.Tensor2D;
    const d = fp.shape[1];
    dU = tf.mul(dT, fpsK[l - 1] as tf.Tensor2D) as tf.Tensor2D;
    // Σ_k dT_k ⊙ U_k, summing the K row blocks by contiguous slices (a sum over a reshaped axis is slow on wasm).
    let dfp: tf.Tensor2D | undefined;
    for (let k = 0; k < K; k++) {
      const dTk = contiguousSlice<tf.Rank.R2>(dT, k * n * d, [n, d]);
      const term = l - 1 === 0 ? tf.mul(dTk, rows0[k] as tf.Tensor2D) : tf.mul(dTk, contiguousSlice(us[l - 1] as tf.Tensor2D, k * n * d, [n, d]));
      dfp = dfp ? (tf.add(dfp, term) as tf.Tensor2D) : (term as tf.Tensor2D);
    }
    const curv = tf.mul(dfp as tf.Tensor2D, grad2(zs[l - 1] as tf.Tensor2D, hin)) as tf.Tensor2D;
    dz = dz ? (tf.add(tf.mul(tf.matMul(dz, wlT), fp), curv) as tf.Tensor2D) : curv;
  }
  // Layer 0: z_0 = xW_0 + b_0 and U_0's row k is W_0's row k, so dW_0[k, :] gets Σ_rows dU_k.
  const dz0 = dz as tf.Tensor2D;
  const dz0T = transpose2d(dz0);
  const dUT = transpose2d(dU);
  const blockOnes = new Float32Array(K * n * K);
  for (let k = 0; k < K; k++) for (let i = 0; i < n; i++) blockOnes[(k * n + i) * K + k] = 1;
  const fromTangents = tf.matMul(dUT, tf.tensor2d(blockOnes, [K * n, K]));
  grads[0] = transpose2d(tf.add(tf.matMul(dz0T, x), fromTangents) as tf.Tensor2D);
  grads[1] = tf.reshape(tf.matMul(dz0T, onesN), [dz0.shape[1]]);
  return { loss, grads };
}
