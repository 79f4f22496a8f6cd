import * as tf from '@tensorflow/tfjs-core';
import { type Activation, transpose2d } from '@mlpinit/core';
import type { BaseLayer } from './base-draw.js';
import { goObjective } from './go-objective.js';
import { COSINE_NORM_EPSILON, ORTHOGONALITY_LOG_EPSILON } from './orthogonality.js';

/**
 * @internal The GO objective and its gradient with respect to the 2L scalars
 * (c, b), packed as one [1 + 2L] tensor `[L, ∂L/∂c_1…c_L, ∂L/∂b_1…b_L]` so a
 * step needs a single read-back.
 *
 * With an activation that supplies its tensor derivative, the gradient is
 * back-propagated explicitly (Wang & Perdikaris 2021, GO objective):
 * G = FᵀF, s_i = (G_ii + δ)^(−1/2), C = diag(s)·G·diag(s),
 * A_ij = 2C_ij/((1 − C_ij² + ε)·d(d−1)) off the diagonal,
 * ∂L/∂G = diag(s)·A·diag(s) − diag(s³ ⊙ ((A ⊙ G)·s)), ∂L/∂F = 2F·∂L/∂G; then
 * through h_l = f(c_l·m_l + b_l), m_l = h_{l−1}·W̃_l:
 * ∂L/∂c_l = Σ(dz_l ⊙ m_l) + 2λc_l, ∂L/∂b_l = Σ dz_l, dh_{l−1} = c_l·dz_l·W̃_lᵀ.
 * This issues about a third of the kernels tfjs autodiff does (kernel-launch
 * overhead dominates GO's small matrices). Otherwise it falls back to autodiff
 * of {@link goObjective}.
 */
export function goLossAndGradients(
  x: tf.Tensor2D,
  cs: readonly number[],
  bs: readonly number[],
  base: readonly BaseLayer[],
  activation: Activation,
  lambda: number,
): tf.Tensor1D {
  return tf.tidy(() => (activation.grad ? explicit(x, cs, bs, base, activation, lambda) : autodiff(x, cs, bs, base, activation, lambda)));
}

function autodiff(x: tf.Tensor2D, cs: readonly number[], bs: readonly number[], base: readonly BaseLayer[], activation: Activation, lambda: number): tf.Tensor1D {
  const c = tf.variable(tf.tensor1d(cs as number[], 'float32'), true);
  const b = tf.variable(tf.tensor1d(bs as number[], 'float32'), true);
  try {
    const { value, grads } = tf.variableGrads(() => goObjective(x, c, b, base, activation, lambda), [c, b]);
    return tf.concat([tf.reshape(value, [1]), grads[c.name] as tf.Tensor1D, grads[b.name] as tf.Tensor1D]);
  } finally {
    c.dispose();
    b.dispose();
  }
}

function explicit(x: tf.Tensor2D, cs: readonly number[], bs: readonly number[], base: readonly BaseLayer[], activation: Activation, lambda: number): tf.Tensor1D {
  const f = activation.fast ?? activation.apply;
  const grad = activation.grad as NonNullable<Activation['grad']>;
  const L = base.length;
  const ms: tf.Tensor2D[] = [];
  const zs: tf.Tensor2D[] = [];
  const hs: tf.Tensor2D[] = [x];
  let h = x;
  for (let l = 0; l < L; l++) {
    const m = tf.matMul(h, (base[l] as BaseLayer).w) as tf.Tensor2D;
    const z = tf.add(tf.mul(m, cs[l] as number), bs[l] as number) as tf.Tensor2D;
    h = f(z) as tf.Tensor2D;
    ms.push(m as tf.Tensor2D);
    zs.push(z);
    hs.push(h);
  }
  // Orthogonality loss of F = h_L and ∂L/∂F.
  const d = h.shape[1];
  const scale = 1 / (d * (d - 1));
  const g = tf.matMul(transpose2d(h), h);
  const eye = tf.eye(d);
  const offDiag = tf.sub(1, eye);
  const s = tf.rsqrt(tf.add(tf.sum(tf.mul(g, eye), 1), COSINE_NORM_EPSILON));
  const sCol = tf.reshape(s, [d, 1]);
  const sRow = tf.reshape(s, [1, d]);
  const cos = tf.mul(tf.mul(g, sCol), sRow);
  const cos2 = tf.clipByValue(tf.square(cos), 0, 1);
  const oneMinus = tf.add(tf.sub(1, cos2), ORTHOGONALITY_LOG_EPSILON);
  const ortho = tf.mul(tf.sum(tf.mul(tf.neg(tf.log(oneMinus)), offDiag)), scale);
  const a = tf.mul(tf.div(tf.mul(cos, 2 * scale), oneMinus), offDiag);
  const ags = tf.matMul(tf.mul(a, g), sCol);
  const dg = tf.sub(tf.mul(tf.mul(a, sCol), sRow), tf.mul(eye, tf.mul(tf.pow(sCol, 3), ags)));
  let dh = tf.matMul(h, tf.mul(dg, 2)) as tf.Tensor2D;
  // Back through the layers.
  const dcs: tf.Tensor[] = new Array(L);
  const dbs: tf.Tensor[] = new Array(L);
  for (let l = L - 1; l >= 0; l--) {
    const dz = tf.mul(dh, grad(zs[l] as tf.Tensor2D, hs[l + 1] as tf.Tensor2D)) as tf.Tensor2D;
    dcs[l] = tf.sum(tf.mul(dz, ms[l] as tf.Tensor2D));
    dbs[l] = tf.sum(dz);
    if (l > 0) dh = tf.mul(tf.matMul(dz, (base[l] as BaseLayer).wt), cs[l] as number) as tf.Tensor2D;
  }
  const c2 = cs.reduce((acc, c) => acc + c * c, 0);
  const loss = tf.add(ortho, lambda * c2);
  const dc = tf.add(tf.stack(dcs), tf.mul(tf.tensor1d(cs as number[], 'float32'), 2 * lambda));
  return tf.concat([tf.reshape(loss, [1]), dc as tf.Tensor1D, tf.stack(dbs) as tf.Tensor1D]);
}
