import * as tf from '@tensorflow/tfjs-core';
import { Rng, getActivation, registerActivation } from '@mlpinit/core';
import { describeBackends, readAll } from '@mlpinit/core/testing';
import { expect, it } from 'vitest';
import { disposeBase, drawBase } from './base-draw.js';
import { goLossAndGradients } from './go-gradients.js';
import { goObjective } from './go-objective.js';

registerActivation({ ...getActivation('tanh'), name: 'tanh-no-grad', grad: undefined, fast: undefined });

describeBackends('goLossAndGradients', ({ tol }) => {
  for (const activation of ['tanh', 'sin', 'relu', 'gelu']) {
    it(`explicit gradient (${activation}) matches tfjs autodiff of the objective`, async () => {
      const sizes = [2, 12, 10, 9, 1];
      const rng = new Rng(5);
      const base = drawBase(sizes, rng);
      const cs = [1.3, 0.8, 2.1];
      const bs = [0.2, -0.1, 0.05];
      const x = tf.tensor2d(rng.normalArray(64 * 2), [64, 2]);
      const act = getActivation(activation);
      const got = Array.from((await readAll(() => [goLossAndGradients(x, cs, bs, base, act, 1e-2)]))[0] as Float32Array);
      const parts = await readAll(() => {
        const c = tf.variable(tf.tensor1d(cs), true);
        const b = tf.variable(tf.tensor1d(bs), true);
        const { value, grads } = tf.variableGrads(() => goObjective(x, c, b, base, act, 1e-2), [c, b]);
        const out = [value, grads[c.name] as tf.Tensor, grads[b.name] as tf.Tensor];
        c.dispose();
        b.dispose();
        return out;
      });
      const want = parts.flatMap((p: Float32Array) => Array.from(p));
      expect(got).toHaveLength(7);
      const scale = Math.max(...want.map(Math.abs));
      got.forEach((g, i) => {
        expect(Math.abs(g - (want[i] as number)), `entry ${i}`).toBeLessThan(200 * tol * scale);
      });
      x.dispose();
      disposeBase(base);
    });
  }

  it('falls back to autodiff for an activation without a tensor derivative', async () => {
    const sizes = [2, 8, 8, 1];
    const rng = new Rng(2);
    const base = drawBase(sizes, rng);
    const x = tf.tensor2d(rng.normalArray(32 * 2), [32, 2]);
    const [a, b] = (await readAll(() => [
      goLossAndGradients(x, [1, 1.5], [0, 0.1], base, getActivation('tanh'), 0),
      goLossAndGradients(x, [1, 1.5], [0, 0.1], base, getActivation('tanh-no-grad'), 0),
    ])) as [Float32Array, Float32Array];
    a.forEach((v, i) => {
      expect(Math.abs(v - (b[i] as number))).toBeLessThan(1e-3 * Math.max(1, Math.abs(v)));
    });
    x.dispose();
    disposeBase(base);
  });
});
