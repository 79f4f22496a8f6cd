import * as tf from '@tensorflow/tfjs-core';
import { MlpinitError, type Matrix2D, assertSyncReads, toTensor2D } from '@mlpinit/core';
import { gram } from './gram.js';

/**
 * δ added to every squared column norm before dividing:
 * cos θ_ij = G_ij / √((G_ii + δ)(G_jj + δ)) with G = Fᵀ·F. A zero column
 * then has cos = 0 with every other column (angle 90°) instead of 0/0.
 */
export const COSINE_NORM_EPSILON = 1e-12;

/**
 * ε inside the logarithm of the GO objective: −log(1 − cos²θ + ε). cos² is
 * first clipped to [0, 1], so two parallel columns (|cos| = 1) cost
 * −log(ε) ≈ 13.8 per ordered pair instead of +∞, and the gradient stays
 * finite (at most 2/ε in magnitude per pair). 1e-6 is just above float32's
 * rounding of 1 − cos².
 */
export const ORTHOGONALITY_LOG_EPSILON = 1e-6;

/**
 * @internal Cosines between the columns of F [N, d], as a [d, d] tensor
 * (differentiable; diagonal ≈ 1, exactly 0 for a zero column).
 */
export function cosineMatrix(features: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => {
    const d = features.shape[1];
    const g = gram(features);
    const sq = tf.add(tf.sum(tf.mul(g, tf.eye(d)), 1), COSINE_NORM_EPSILON);
    const inv = tf.rsqrt(sq);
    return tf.mul(tf.mul(g, tf.reshape(inv, [d, 1])), tf.reshape(inv, [1, d])) as tf.Tensor2D;
  });
}

function offDiagonalMean(values: tf.Tensor2D): tf.Scalar {
  const d = values.shape[0];
  const mask = tf.sub(1, tf.eye(d));
  return tf.div(tf.sum(tf.mul(values, mask)), d * (d - 1)) as tf.Scalar;
}

function checkFeatures(features: Matrix2D, param: string): tf.Tensor2D {
  const t = toTensor2D(features, param);
  if (t.shape[1] < 2) {
    if (t !== features) t.dispose();
    throw new MlpinitError('SHAPE_MISMATCH', `expected at least 2 feature columns (d ≥ 2), got ${t.shape[1]}`, param);
  }
  return t;
}

/**
 * The orthogonality term of the GO objective (Wang & Perdikaris 2021,
 * "GO initialization of MLPs"):
 *
 *   −Σ_{i≠j} log(1 − cos²θ_ij) / (d(d−1)),
 *
 * where θ_ij is the angle between columns i and j of the features F [N, d]
 * (column j: neuron j's output over the N domain points). Computed stably:
 * cos θ_ij uses {@link COSINE_NORM_EPSILON} in the norms, cos² is clipped to
 * [0, 1] and the logarithm takes 1 − cos² + {@link ORTHOGONALITY_LOG_EPSILON},
 * so zero or parallel columns give a finite value. Differentiable with respect
 * to F; the Gram matrix's gradient uses no transposed matMul.
 */
export function orthogonalityLoss(features: tf.Tensor2D): tf.Scalar {
  const f = checkFeatures(features, 'features');
  try {
    return tf.tidy(() => {
      const cos2 = tf.clipByValue(tf.square(cosineMatrix(f)), 0, 1);
      const terms = tf.neg(tf.log(tf.add(tf.sub(1, cos2), ORTHOGONALITY_LOG_EPSILON))) as tf.Tensor2D;
      return offDiagonalMean(terms);
    });
  } finally {
    if (f !== features) f.dispose();
  }
}

/**
 * Mean of cos²θ_ij over i ≠ j for the columns of `features` (N × d): 0 for
 * orthogonal features, 1 for collapsed (parallel) ones. The summary the GO
 * objective drives down.
 */
export function meanCos2(features: Matrix2D): number {
  assertSyncReads('meanCos2()', 'await meanCos2Async()');
  const f = checkFeatures(features, 'features');
  try {
    const value = tf.tidy(() => meanCos2Tensor(f));
    const out = value.dataSync()[0] as number;
    value.dispose();
    return out;
  } finally {
    if (f !== features) f.dispose();
  }
}

/** {@link meanCos2}, read asynchronously: works on every backend (WebGPU included). */
export async function meanCos2Async(features: Matrix2D): Promise<number> {
  const f = checkFeatures(features, 'features');
  try {
    const value = tf.tidy(() => meanCos2Tensor(f));
    const out = (await value.data())[0] as number;
    value.dispose();
    return out;
  } finally {
    if (f !== features) f.dispose();
  }
}

function meanCos2Tensor(f: tf.Tensor2D): tf.Scalar {
  return offDiagonalMean(tf.clipByValue(tf.square(cosineMatrix(f)), 0, 1) as tf.Tensor2D);
}
