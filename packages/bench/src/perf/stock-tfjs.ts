import * as tf from '@tensorflow/tfjs-core';
import { Rng } from '@mlpinit/core';

/**
 * The "stock" way to train the same MLP with tfjs: variables, `tf.matMul` +
 * `tf.add` + `tf.tanh` layers, autodiff through `optimizer.minimize`
 * (`tf.variableGrads` underneath) and `tf.train.adam`. The perf suite's
 * baseline for what mlpinit's engine buys. Returns ms per step.
 */
export async function stockTfjsStepMs(sizes: number[], x: tf.Tensor2D, y: tf.Tensor2D, steps: number, batch: number): Promise<number> {
  const rng = new Rng(0);
  const vars = sizes.slice(0, -1).flatMap((din, l) => {
    const dout = sizes[l + 1] as number;
    return [
      tf.variable(tf.tensor2d(rng.normalArray(din * dout, 1 / Math.sqrt(din)), [din, dout])),
      tf.variable(tf.zeros([dout])),
    ];
  });
  const opt = tf.train.adam(1e-3);
  const n = x.shape[0];
  const forward = (xb: tf.Tensor2D): tf.Tensor => {
    let h: tf.Tensor = xb;
    for (let l = 0; l < vars.length / 2; l++) {
      h = tf.add(tf.matMul(h as tf.Tensor2D, vars[2 * l] as tf.Variable<tf.Rank.R2>), vars[2 * l + 1] as tf.Variable);
      if (l < vars.length / 2 - 1) h = tf.tanh(h);
    }
    return h;
  };
  const step = async (): Promise<void> => {
    const loss = opt.minimize(
      () =>
        tf.tidy(() => {
          let xb = x;
          let yb = y;
          if (batch < n) {
            const idx = tf.tensor1d(Int32Array.from({ length: batch }, () => rng.int(n)), 'int32');
            xb = tf.gather(x, idx);
            yb = tf.gather(y, idx);
          }
          return tf.mean(tf.square(tf.sub(forward(xb), yb))) as tf.Scalar;
        }),
      true,
      vars,
    );
    await loss?.data();
    loss?.dispose();
  };
  try {
    await step();
    const t0 = performance.now();
    for (let i = 0; i < steps; i++) await step();
    return (performance.now() - t0) / steps;
  } finally {
    opt.dispose();
    tf.dispose(vars);
  }
}
