import * as tf from '@tensorflow/tfjs-core';
import { expect, it } from 'vitest';
import { MlpinitError } from './errors.js';
import { gradientPenalty } from './input-gradient.js';
import { createMlp } from './mlp.js';
import { snrDb } from './metrics.js';
import { describeBackends } from './testing/describe-backends.js';
import { train } from './train.js';

const n = 128;
const xs = Array.from({ length: n }, (_, i) => [-1 + (2 * i) / (n - 1), Math.sin(i)]);
const ys = xs.map(([a, b]) => [Math.sin(3 * (a as number)) + 0.3 * (b as number)]);

describeBackends('train', () => {
  it('reduces the loss on a small regression and reaches a useful SNR', async () => {
    const mlp = createMlp({ sizes: [2, 32, 32, 1], seed: 1 });
    const history = await train(mlp, { x: xs, y: ys }, { steps: 300, lr: 1e-2 });
    expect(history).toHaveLength(300);
    expect(history[299]).toBeLessThan(history[0] as number / 20);
    const pred = mlp.forward(xs);
    expect(snrDb(pred, ys)).toBeGreaterThan(15);
    pred.dispose();
    mlp.dispose();
  });

  it('explicit back-propagation and tfjs autodiff give the same loss history', async () => {
    const a = createMlp({ sizes: [2, 16, 16, 1], seed: 2 });
    const b = createMlp({ sizes: [2, 16, 16, 1], seed: 2 });
    const opts = { steps: 50, lr: 5e-3, batchSize: 32, seed: 3, lrDecay: { rate: 0.9, every: 10 } };
    const ha = await train(a, { x: xs, y: ys }, { ...opts, gradients: 'explicit' });
    const hb = await train(b, { x: xs, y: ys }, { ...opts, gradients: 'autodiff' });
    ha.forEach((v, i) => {
      expect(Math.abs(v - (hb[i] as number))).toBeLessThan(1e-4 * Math.max(1, v));
    });
    a.dispose();
    b.dispose();
  });

  it('is reproducible: same seed, same history', async () => {
    const run = async (): Promise<number[]> => {
      const m = createMlp({ sizes: [2, 8, 1], seed: 5 });
      const h = await train(m, { x: xs, y: ys }, { steps: 20, batchSize: 16, seed: 9 });
      m.dispose();
      return h;
    };
    expect(await run()).toEqual(await run());
  });

  it('adds a regularizer and reports progress', async () => {
    const mlp = createMlp({ sizes: [2, 8, 1], seed: 5 });
    const seen: number[] = [];
    const x = tf.tensor2d(xs);
    const y = tf.tensor2d(ys);
    await train(mlp, { x, y }, {
      steps: 20,
      regularizer: (m, { rng }) => tf.tidy(() => tf.mul(gradientPenalty(m, tf.tensor2d(rng.uniformArray(16, -1, 1), [8, 2])), 1e-2)),
      onProgress: (p) => seen.push(p.step),
      progressEvery: 5,
    });
    expect(seen).toEqual([5, 10, 15, 20]);
    tf.dispose([x, y]);
    mlp.dispose();
  });

  it('lets progress callbacks read the network as trained so far', async () => {
    const mlp = createMlp({ sizes: [2, 8, 1], seed: 5 });
    const seen: number[] = [];
    const initial = (mlp.toWeights().weights[0] as number[][])[0]?.[0] as number;
    await train(mlp, { x: xs, y: ys }, { steps: 30, lr: 1e-2, progressEvery: 10, onProgress: () => seen.push((mlp.toWeights().weights[0] as number[][])[0]?.[0] as number) });
    expect(new Set([initial, ...seen]).size).toBe(4);
    expect(seen[2]).toBe((mlp.toWeights().weights[0] as number[][])[0]?.[0]);
    mlp.dispose();
  });

  it('stops on an AbortSignal with a typed error and leaks nothing', async () => {
    const mlp = createMlp({ sizes: [2, 8, 1], seed: 5 });
    const ctrl = new AbortController();
    const p = train(mlp, { x: xs, y: ys }, { steps: 10_000, progressEvery: 10, onProgress: (s) => s.step >= 30 && ctrl.abort(), signal: ctrl.signal });
    await expect(p).rejects.toMatchObject({ code: 'ABORTED' });
    mlp.dispose();
  });

  it('rejects bad options and data with typed errors', async () => {
    const mlp = createMlp({ sizes: [2, 4, 1] });
    await expect(train(mlp, { x: xs, y: ys }, { steps: 0 })).rejects.toThrow(/opts.steps/);
    await expect(train(mlp, { x: xs, y: ys }, { steps: 5, lr: -1 })).rejects.toThrow(/opts.lr/);
    await expect(train(mlp, { x: xs, y: ys.slice(1) }, { steps: 5 })).rejects.toThrow(MlpinitError);
    await expect(train(mlp, { x: [[0, Number.NaN]], y: [[0]] }, { steps: 5 })).rejects.toThrow(/NaN/);
    mlp.dispose();
    const linear = createMlp({ sizes: [2, 4, 1], activation: 'linear' });
    await expect(train(linear, { x: xs, y: ys }, { steps: 5, lr: 1e30 })).rejects.toMatchObject({ code: 'NON_FINITE' });
    linear.dispose();
  });
});
