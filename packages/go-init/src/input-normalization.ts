import * as tf from '@tensorflow/tfjs-core';

/** Per-dimension affine map x → (x − mean)/std applied to GO's inputs. */
export interface InputNormalization {
  mean: number[];
  /** Standard deviation per dimension (1 where the data are constant). */
  std: number[];
}

/**
 * @internal Zero-mean, unit-variance statistics per input dimension (population
 * std); a constant dimension gets std = 1 so it maps to 0 instead of NaN.
 */
export async function normalizationOf(x: tf.Tensor2D): Promise<InputNormalization> {
  const { mean, variance } = tf.moments(x, 0);
  const [m, v] = await Promise.all([mean.data(), variance.data()]);
  mean.dispose();
  variance.dispose();
  return {
    mean: Array.from(m),
    // Below float32 rounding of the mean the spread is noise, not data.
    std: Array.from(v, (s, i) => (s > 1e-10 * Math.max(1, (m[i] as number) ** 2) ? Math.sqrt(s) : 1)),
  };
}

/** @internal Applies {@link InputNormalization} to x [N, d]. */
export function normalize(x: tf.Tensor2D, n: InputNormalization): tf.Tensor2D {
  return tf.tidy(() => tf.div(tf.sub(x, tf.tensor1d(n.mean)), tf.tensor1d(n.std)) as tf.Tensor2D);
}
