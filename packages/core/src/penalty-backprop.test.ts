import * as tf from '@tensorflow/tfjs-core';
import { expect, it } from 'vitest';
import { gradientPenaltyRegularizer } from './gradient-penalty-regularizer.js';
import { gradientPenalty } from './input-gradient.js';
import { createMlp } from './mlp.js';
import { penaltyBackward } from './penalty-backprop.js';
import { Rng } from './rng.js';
import { describeBackends } from './testing/describe-backends.js';
import { finiteDifferenceGrads, plainGradientPenalty, relErr } from './test-utils/plain-mlp.js';
import { train } from './train.js';

describeBackends('penaltyBackward', ({ tol }) => {
  const configs: [string, number[]][] = [
    ['tanh', [2, 1]],
    ['tanh', [2, 7, 3]],
    ['tanh', [2, 6, 5, 4, 3]],
    ['sin', [2, 6, 5, 1]],
    ['sigmoid', [3, 5, 4, 2]],
    ['gelu', [1, 6, 6, 1]],
    ['softplus', [2, 5, 5, 5, 5, 2]],
    ['relu', [2, 8, 8, 1]],
  ];
  for (const [activation, sizes] of configs) {
    it(`matches autodiff of gradientPenalty (${activation}, ${sizes.join('→')})`, async () => {
      const before = tf.memory().numTensors;
      const mlp = createMlp({ sizes, activation, seed: sizes.length * 7 + (sizes[1] as number) });
      const x = tf.tensor2d(new Rng(3).uniformArray(11 * (sizes[0] as number), -1, 1), [11, sizes[0] as number]);
      const w = 0.37;
      const auto = tf.variableGrads(() => tf.mul(gradientPenalty(mlp, x), w) as tf.Scalar, mlp.variables);
      const explicit = tf.tidy(() => penaltyBackward(mlp.activation, mlp.weights, mlp.biases, x, w));
      expect((await explicit.loss.data())[0]).toBeCloseTo((await auto.value.data())[0] as number, 5);
      for (const [i, v] of mlp.variables.entries()) {
        const a = auto.grads[v.name];
        // Autodiff gives no gradient to the output bias (it does not enter the penalty): zero.
        const ref = a ? await a.array() : new Array(v.size).fill(0);
        expect(relErr(await explicit.grads[i]?.array(), ref), `${v.name}`).toBeLessThan(20 * tol);
      }
      tf.dispose([x, auto.value, ...Object.values(auto.grads), explicit.loss, ...explicit.grads]);
      mlp.dispose();
      expect(tf.memory().numTensors).toBe(before);
    });
  }

  it('matches float64 finite differences of a plain-loop penalty on a tiny net', async () => {
    const mlp = createMlp({ sizes: [2, 4, 3, 2], seed: 13 });
    const xs = Array.from({ length: 5 }, (_, i) => [Math.sin(1.1 * i), Math.cos(0.9 * i)]);
    const penalty = (p: ReturnType<typeof mlp.toWeights>): number => plainGradientPenalty(p, xs);
    const fd = finiteDifferenceGrads((await mlp.readWeights()), penalty, 1e-4);
    const x = tf.tensor2d(xs);
    const g = tf.tidy(() => penaltyBackward(mlp.activation, mlp.weights, mlp.biases, x, 1));
    expect((await g.loss.data())[0]).toBeCloseTo(penalty((await mlp.readWeights())), 4);
    for (let l = 0; l < mlp.weights.length; l++) {
      expect(relErr((await g.grads[2 * l]?.array()), fd.dW[l]), `dW${l}`).toBeLessThan(1e-2);
      expect(relErr((await g.grads[2 * l + 1]?.array()), fd.db[l]), `db${l}`).toBeLessThan(1e-2);
    }
    tf.dispose([x, g.loss, ...g.grads]);
    mlp.dispose();
  });
});

describeBackends('gradientPenaltyRegularizer in train', () => {
  const xs = new Rng(1).uniformArray(64 * 2, -1, 1);
  const ys = Array.from({ length: 64 }, (_, i) => [Math.sin(4 * (xs[2 * i] as number)) * (xs[2 * i + 1] as number)]);
  const run = async (gradients: 'explicit' | 'autodiff', activation: string): Promise<{ history: number[]; w: number[][] }> => {
    const mlp = createMlp({ sizes: [2, 16, 16, 1], activation, seed: 4 });
    const reg = gradientPenaltyRegularizer({ weight: 1e-2, points: ({ rng }) => tf.tensor2d(rng.uniformArray(32, -1, 1), [16, 2]) });
    const x = tf.tensor2d(xs, [64, 2]);
    const history = await train(mlp, { x, y: ys }, { steps: 25, batchSize: 32, lr: 1e-2, seed: 3, regularizer: reg, gradients });
    const w = (await mlp.readWeights()).weights[1] as number[][];
    x.dispose();
    mlp.dispose();
    return { history, w };
  };
  for (const activation of ['tanh', 'sin']) {
    it(`trains explicitly to the same losses and weights as through autodiff (${activation})`, async () => {
      const before = tf.memory().numTensors;
      const a = await run('explicit', activation);
      const b = await run('autodiff', activation);
      expect(tf.memory().numTensors).toBe(before);
      expect(relErr(a.history, b.history)).toBeLessThan(1e-3);
      expect(relErr(a.w, b.w)).toBeLessThan(1e-3);
    });
  }

  it('rejects points of the wrong width with a typed error naming them, leaking nothing', async () => {
    const before = tf.memory().numTensors;
    const mlp = createMlp({ sizes: [2, 4, 1], seed: 1 });
    const reg = gradientPenaltyRegularizer({ weight: 1e-2, points: () => [[0, 0, 0]] });
    await expect(train(mlp, { x: [[0, 0]], y: [[1]] }, { steps: 2, regularizer: reg })).rejects.toMatchObject({
      code: 'SHAPE_MISMATCH',
      message: expect.stringContaining('points(ctx)'),
    });
    mlp.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('rejects bad options with typed errors', async () => {
    expect(() => gradientPenaltyRegularizer({ weight: -1, points: () => [[0, 0]] })).toThrow(/opts.weight/);
    expect(() => gradientPenaltyRegularizer({ weight: 1, points: 3 as never })).toThrow(/opts.points/);
  });
});
