import * as tf from '@tensorflow/tfjs-core';
import { expect, it } from 'vitest';
import { MlpinitError } from './errors.js';
import { gradientPenalty } from './input-gradient.js';
import { createMlp, type MlpWeights } from './mlp.js';
import { snrDb } from './metrics.js';
import { finiteDifferenceGrads, plainGradientPenalty, plainMse } from './test-utils/plain-mlp.js';
import { describeBackends } from './testing/describe-backends.js';
import { train } from './train.js';

const n = 128;
const xs = Array.from({ length: n }, (_, i) => [-1 + (2 * i) / (n - 1), Math.sin(i)]);
const ys = xs.map(([a, b]) => [Math.sin(3 * (a as number)) + 0.3 * (b as number)]);

describeBackends('train', ({ tol }) => {
  it('reduces the loss on a small regression and reaches a useful SNR', async () => {
    const mlp = createMlp({ sizes: [2, 32, 32, 1], seed: 1 });
    const history = await train(mlp, { x: xs, y: ys }, { steps: 300, lr: 1e-2 });
    expect(history).toHaveLength(300);
    expect(history[299]).toBeLessThan(history[0] as number / 20);
    const pred = mlp.forward(xs);
    expect(snrDb(await pred.data(), ys)).toBeGreaterThan(15);
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

  it('adds a regularizer to the loss and to the update, and reports progress', async () => {
    const mlp = createMlp({ sizes: [2, 8, 1], seed: 5 });
    const seen: number[] = [];
    // Recorded by the regularizer at every step: the parameters it saw, its
    // points and value, and the data loss at those parameters (float64 loop).
    const calls: { step: number; params: MlpWeights; points: number[][]; reg: number; data: number }[] = [];
    const weight = 1;
    const lr = 1e-3;
    const x = tf.tensor2d(xs);
    const y = tf.tensor2d(ys);
    // Copies are kept and read after training: a regularizer runs synchronously, and WebGPU reads only asynchronously.
    const kept: { step: number; weights: tf.Tensor[]; biases: tf.Tensor[]; pts: tf.Tensor2D; r: tf.Scalar }[] = [];
    const history = await train(mlp, { x, y }, {
      steps: 20,
      lr,
      regularizer: (m, { step, rng }) =>
        tf.tidy(() => {
          const pts = tf.tensor2d(rng.uniformArray(16, -1, 1), [8, 2]);
          const r = tf.mul(gradientPenalty(m, pts), weight) as tf.Scalar;
          kept.push({
            step,
            weights: m.weights.map((w) => tf.keep(tf.clone(w))),
            biases: m.biases.map((v) => tf.keep(tf.clone(v))),
            pts: tf.keep(tf.clone(pts)),
            r: tf.keep(tf.clone(r)),
          });
          return r;
        }),
      onProgress: (p) => seen.push(p.step),
      progressEvery: 5,
    });
    for (const k of kept) {
      const params: MlpWeights = {
        activation: mlp.activation.name,
        weights: (await Promise.all(k.weights.map((w) => w.array()))) as number[][][],
        biases: (await Promise.all(k.biases.map((v) => v.array()))) as number[][],
      };
      calls.push({ step: k.step, params, points: await k.pts.array(), reg: (await k.r.data())[0] as number, data: plainMse(params, xs, ys) });
      tf.dispose([...k.weights, ...k.biases, k.pts, k.r]);
    }
    expect(seen).toEqual([5, 10, 15, 20]);
    expect(history).toHaveLength(20);
    expect(calls.map((c) => c.step)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    // The reported loss is the data loss plus the regularizer, at every step.
    calls.forEach((c, i) => {
      expect(Math.abs((history[i] as number) - (c.data + c.reg)), `step ${i}`).toBeLessThan(tol * (c.data + c.reg));
    });
    // The first update is Adam's first step on the gradient of data loss +
    // regularizer: θ₁ = θ₀ − lr·g/(|g| + ε) (bias-corrected m̂ = g, v̂ = g²),
    // with g from float64 finite differences of plain-loop losses.
    const [c0, c1] = calls as [(typeof calls)[0], (typeof calls)[0]];
    const total = finiteDifferenceGrads(c0.params, (w) => plainMse(w, xs, ys) + weight * plainGradientPenalty(w, c0.points), 1e-4);
    const dataOnly = finiteDifferenceGrads(c0.params, (w) => plainMse(w, xs, ys), 1e-4);
    const flat = (w: MlpWeights): number[] => [...w.weights.flat(2), ...w.biases.flat()];
    const g = [...total.dW.flat(2), ...total.db.flat()];
    const gData = [...dataOnly.dW.flat(2), ...dataOnly.db.flat()];
    const th0 = flat(c0.params);
    const th1 = flat(c1.params);
    let checked = 0;
    let flipped = 0;
    g.forEach((gi, i) => {
      const moved = (th1[i] as number) - (th0[i] as number);
      expect(Math.abs(moved)).toBeLessThanOrEqual(lr * (1 + 10 * tol));
      if (Math.abs(gi) < 1e-4) return; // sign not resolved by the finite differences
      checked += 1;
      if (Math.sign(gi) !== Math.sign(gData[i] as number)) flipped += 1;
      expect(Math.abs(moved + (lr * gi) / (Math.abs(gi) + 1e-8)), `parameter ${i}`).toBeLessThan(10 * lr * tol);
    });
    expect(checked).toBeGreaterThan(g.length / 2);
    // Guard: the regularizer turns some of the update, so ignoring it would fail above.
    expect(flipped).toBeGreaterThan(0);
    tf.dispose([x, y]);
    mlp.dispose();
  });

  it('lets progress callbacks read the network as trained so far', async () => {
    const mlp = createMlp({ sizes: [2, 8, 1], seed: 5 });
    const seen: number[] = [];
    const initial = ((await mlp.readWeights()).weights[0] as number[][])[0]?.[0] as number;
    const snapshots: tf.Tensor[] = [];
    await train(mlp, { x: xs, y: ys }, { steps: 30, lr: 1e-2, progressEvery: 10, onProgress: () => snapshots.push(tf.keep(tf.clone(mlp.weights[0] as tf.Tensor))) });
    for (const t of snapshots) seen.push((await t.data())[0] as number);
    tf.dispose(snapshots);
    expect(new Set([initial, ...seen]).size).toBe(4);
    expect(seen[2]).toBe(((await mlp.readWeights()).weights[0] as number[][])[0]?.[0]);
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
