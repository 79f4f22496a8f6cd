import * as tf from '@tensorflow/tfjs-core';
import { type Mlp, syncReadsAvailable } from '@mlpinit/core';

/** Per-dimension affine map x → (x − mean)/std applied to GO's inputs. */
export interface InputNormalization {
  mean: number[];
  /** Standard deviation per dimension (1 where the data are constant). */
  std: number[];
}

/** @internal The std of a dimension, or 1 where its spread is below float32 rounding of the mean (constant data). */
export function stdOrOne(variance: number, mean: number): number {
  return variance > 1e-10 * Math.max(1, mean ** 2) ? Math.sqrt(variance) : 1;
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
    std: Array.from(v, (s, i) => stdOrOne(s, m[i] as number)),
  };
}

/** @internal Applies {@link InputNormalization} to x [N, d]. */
export function normalize(x: tf.Tensor2D, n: InputNormalization): tf.Tensor2D {
  return tf.tidy(() => tf.div(tf.sub(x, tf.tensor1d(n.mean)), tf.tensor1d(n.std)) as tf.Tensor2D);
}

/**
 * @internal Folds x → (x − mean)/std into layer 0 of `mlp`, in place: layer 0
 * computes ((x − m)/s)·W + b = x·(diag(1/s)·W) + (b − (m/s)·W). Where the
 * backend reads synchronously the products are formed in float64 from the
 * float32 weights (exact up to one float32 rounding, the same on cpu, wasm
 * and webgl); on webgpu, which mlpinit never reads synchronously, they are
 * formed on the device in float32.
 */
export function foldInputNormalization(mlp: Mlp, n: InputNormalization): void {
  const w = mlp.weights[0] as tf.Variable<tf.Rank.R2>;
  const b = mlp.biases[0] as tf.Variable<tf.Rank.R1>;
  const [dIn, dOut] = w.shape;
  if (!syncReadsAvailable()) {
    tf.tidy(() => {
      const std = tf.tensor2d(n.std, [dIn, 1], 'float32');
      const shift = tf.tensor2d([n.mean.map((m, i) => m / (n.std[i] as number))], [1, dIn], 'float32');
      const newB = tf.sub(b, tf.reshape(tf.matMul(shift, w), [-1]));
      w.assign(tf.div(w, std) as tf.Tensor2D);
      b.assign(newB as tf.Tensor1D);
    });
    return;
  }
  const wv = w.dataSync();
  const bv = b.dataSync();
  const wf = new Float32Array(dIn * dOut);
  const bf = new Float64Array(bv);
  for (let i = 0; i < dIn; i++) {
    const s = n.std[i] as number;
    const shift = (n.mean[i] as number) / s;
    for (let j = 0; j < dOut; j++) {
      const wij = wv[i * dOut + j] as number;
      wf[i * dOut + j] = wij / s;
      bf[j] = (bf[j] as number) - shift * wij;
    }
  }
  tf.tidy(() => {
    w.assign(tf.tensor2d(wf, [dIn, dOut], 'float32'));
    b.assign(tf.tensor1d(Float32Array.from(bf), 'float32'));
  });
}
