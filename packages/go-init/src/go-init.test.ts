import * as tf from '@tensorflow/tfjs-core';
import { MlpinitError, createMlp, setBackend } from '@mlpinit/core';
import { describeBackends } from '@mlpinit/core/testing';
import { describe, expect, it } from 'vitest';
import { goAngleMatrices } from './go-angle-matrices.js';
import { goInit } from './go-init.js';
import { GoResult } from './go-result.js';
import { grid2d } from './test-utils/grid-2d.js';
import { plainCosines, plainMeanCos2 } from './test-utils/plain-go.js';

const deep = [2, 32, 32, 32, 32, 32, 32, 1];
const x = grid2d(24);
const norm2 = (v: readonly number[]) => Math.sqrt(v.reduce((s, a) => s + a * a, 0));

describeBackends('goInit', () => {
  it('on a deep tanh MLP lowers mean cos² at least two-fold from Glorot and raises mean c above 1', async () => {
    const res = await goInit({ sizes: deep, x, steps: 500, batchSize: 256, seed: 1 });
    expect(res.stepsRun).toBe(500);
    expect(res.lossHistory).toHaveLength(500);
    expect(res.layerScales).toHaveLength(6);
    expect(res.layerBiases).toHaveLength(6);
    expect(res.meanCos2After).toBeLessThan(res.meanCos2Before / 2);
    const meanC = res.layerScales.reduce((s, v) => s + v, 0) / res.layerScales.length;
    expect(meanC).toBeGreaterThan(1);
    // The loss of the last 20 steps is below that of the first 20.
    const avg = (a: readonly number[]) => a.reduce((s, v) => s + v, 0) / a.length;
    expect(avg(res.lossHistory.slice(-20))).toBeLessThan(avg(res.lossHistory.slice(0, 20)));
    expect(res.seconds).toBeGreaterThan(0);
  });

  it('meanCos2Before/After are the mean cos² of Glorot and createMlp(seed) features (plain-loop check)', async () => {
    const res = await goInit({ sizes: [2, 16, 16, 1], x, steps: 20, batchSize: 128, seed: 2 });
    const { mean, std } = res.inputNormalization;
    expect(mean[0]).toBeCloseTo(0, 6);
    expect(std[0]).toBeCloseTo(Math.sqrt(x.reduce((s, r) => s + (r[0] as number) ** 2, 0) / x.length), 5);
    const xs = x.map((r) => r.map((v, k) => (v - (mean[k] as number)) / (std[k] as number)));
    const measure = async (mlp: ReturnType<typeof createMlp>, input: number[][]) => {
      const f = mlp.hiddenFeatures(input);
      const value = plainMeanCos2((await f.array()));
      tf.dispose(f);
      mlp.dispose();
      return value;
    };
    // createMlp folds the normalization into layer 0: it takes the raw points; Glorot's draw sees them normalized.
    const after = await measure(res.createMlp(2), x);
    const before = await measure(createMlp({ sizes: [2, 16, 16, 1], activation: 'tanh', init: 'glorot-normal', seed: 2 }), xs);
    expect(res.meanCos2After).toBeCloseTo(after, 4);
    expect(res.meanCos2Before).toBeCloseTo(before, 4);
    expect(after).not.toBeCloseTo(before, 2);
  });

  it('goAngleMatrices gives the angles of a learned-law draw on normalized points (plain-loop check)', async () => {
    const pts = grid2d(5).map(([a, b]) => [3 * (a as number) + 1, (b as number) - 2]);
    const res = await goInit({ sizes: [2, 6, 5, 1], x: pts, steps: 10, seed: 6 });
    const { before, after } = await goAngleMatrices(res, pts, 8);
    expect(before).toHaveLength(5);
    const { mean, std } = res.inputNormalization;
    const xs = pts.map((r) => r.map((v, k) => (v - (mean[k] as number)) / (std[k] as number)));
    // The GO draw takes raw inputs (the normalization is folded into layer 0); Glorot's sees them normalized.
    const mlp = res.createMlp(8);
    const f = mlp.hiddenFeatures(pts);
    expect(xs).toHaveLength(pts.length);
    const cos = plainCosines((await f.array()));
    tf.dispose(f);
    mlp.dispose();
    for (let i = 0; i < 5; i++) {
      for (let j = 0; j < 5; j++) {
        const want = i === j ? 0 : (Math.acos(cos[i]?.[j] as number) * 180) / Math.PI;
        expect(after[i]?.[j]).toBeCloseTo(want, 1);
      }
    }
  });

  it('larger λ gives smaller ‖c‖ (monotone over 3 values)', async () => {
    const norms: number[] = [];
    for (const lambda of [0, 0.03, 0.3]) {
      const res = await goInit({ sizes: [2, 16, 16, 16, 1], x, steps: 150, batchSize: 128, seed: 3, lambda });
      norms.push(norm2(res.layerScales));
    }
    expect(norms[1]).toBeLessThan(norms[0] as number);
    expect(norms[2]).toBeLessThan(norms[1] as number);
  });

  it('accepts x as a tensor and leaves it to the caller', async () => {
    const xt = tf.tensor2d(grid2d(6));
    const res = await goInit({ sizes: [2, 8, 8, 1], x: xt, steps: 3, seed: 4 });
    expect(res.stepsRun).toBe(3);
    expect(xt.isDisposed).toBe(false);
    xt.dispose();
  });

  it('accepts a sampler, normalizing with the statistics of sampler(0)', async () => {
    const calls: number[] = [];
    const sampler = (step: number) => {
      calls.push(step);
      // Points in [0, 4]² (not centred): normalization must centre them.
      return tf.tidy(() => tf.add(tf.mul(tf.tensor2d(grid2d(8)), 2), 2) as tf.Tensor2D);
    };
    const res = await goInit({ sizes: [2, 8, 8, 1], sampler, steps: 6, seed: 4 });
    expect(calls).toEqual([0, 1, 2, 3, 4, 5]);
    expect(res.inputNormalization.mean[0]).toBeCloseTo(2, 5);
    expect(res.inputNormalization.mean[1]).toBeCloseTo(2, 5);
    expect(res.stepsRun).toBe(6);
  });

  it('fixedBase with a full batch makes the objective deterministic given (c, b)', async () => {
    const res = await goInit({ sizes: [2, 8, 8, 1], x: grid2d(6), steps: 30, lr: 1e-9, fixedBase: true, seed: 5 });
    // With a negligible learning rate (c, b) barely move: every step sees the same value.
    const first = res.lossHistory[0] as number;
    for (const v of res.lossHistory) expect(v).toBeCloseTo(first, 5);
    const fresh = await goInit({ sizes: [2, 8, 8, 1], x: grid2d(6), steps: 30, lr: 1e-9, seed: 5 });
    const spread = Math.max(...fresh.lossHistory) - Math.min(...fresh.lossHistory);
    expect(spread).toBeGreaterThan(1e-3);
  });

  it('reports progress and stops when cancelled', async () => {
    const seen: number[] = [];
    const res = await goInit({
      sizes: [2, 8, 8, 1],
      x,
      steps: 40,
      progressEvery: 10,
      onProgress: (p) => {
        seen.push(p.step);
        expect(p.layerScales).toHaveLength(2);
        expect(Number.isFinite(p.loss)).toBe(true);
      },
    });
    expect(seen).toEqual([10, 20, 30, 40]);
    expect(res.stepsRun).toBe(40);

    const ctrl = new AbortController();
    const run = goInit({
      sizes: [2, 8, 8, 1],
      x,
      steps: 1000,
      progressEvery: 5,
      signal: ctrl.signal,
      onProgress: (p) => {
        if (p.step >= 10) ctrl.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'ABORTED' });
    const pre = new AbortController();
    pre.abort();
    await expect(goInit({ sizes: [2, 8, 8, 1], x, steps: 5, signal: pre.signal })).rejects.toMatchObject({ code: 'ABORTED' });
  });

  it('stops early on a plateau when asked', async () => {
    const res = await goInit({
      sizes: [2, 8, 8, 1],
      x,
      steps: 400,
      progressEvery: 10,
      earlyStop: { window: 10, patience: 2, minRelativeImprovement: 0.5 },
    });
    expect(res.stoppedEarly).toBe(true);
    expect(res.stepsRun).toBeLessThan(400);
    expect(res.lossHistory).toHaveLength(res.stepsRun);
  });

  it('rejects bad input with a clear MlpinitError naming the parameter', async () => {
    const base = { sizes: [2, 8, 8, 1], x, steps: 5 };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ lambda: -1 }, 'opts.lambda', 'INVALID_ARGUMENT'],
      [{ lambda: Number.NaN }, 'opts.lambda', 'INVALID_ARGUMENT'],
      [{ lambda: 'auto' }, 'opts.y', 'INVALID_ARGUMENT'],
      [{ lambda: 'auto', auto: { y: [[1]] } }, 'opts.y', 'SHAPE_MISMATCH'],
      [{ strength: 'holdout' }, 'opts.y', 'INVALID_ARGUMENT'],
      [{ strength: 'holdout', y: [[1]] }, 'opts.y', 'SHAPE_MISMATCH'],
      [{ strength: 'kernel' }, 'opts.training', 'INVALID_ARGUMENT'],
      [{ strength: 'kernel', training: { steps: 0 } }, 'opts.training.steps', 'INVALID_ARGUMENT'],
      [{ strength: 'kernel', training: { steps: 10, batchSize: 1.5 } }, 'opts.training.batchSize', 'INVALID_ARGUMENT'],
      [{ strength: 'kernel', training: { steps: 10 }, lambda: 'auto' }, 'opts.lambda', 'INVALID_ARGUMENT'],
      [{ strength: 'kernel', training: { steps: 10 }, candidates: [0, -1] }, 'opts.candidates[1]', 'INVALID_ARGUMENT'],
      [{ strength: 'kernel', training: { steps: 10 }, candidates: [] }, 'opts.candidates', 'INVALID_ARGUMENT'],
      [{ strength: 'kernel', training: { steps: 10 }, x: undefined, sampler: () => x }, 'opts.x', 'INVALID_ARGUMENT'],
      [{ strength: 'fast' }, 'opts.strength', 'INVALID_ARGUMENT'],
      [{ strength: 'kernel', training: { steps: 10 }, sizes: [4, 8, 8, 1], x: [[0, 1, 2, 3]] }, 'opts.strength', 'INVALID_ARGUMENT'],
      [{ strength: { steps: 0 } }, 'opts.strength.steps', 'INVALID_ARGUMENT'],
      [{ strength: { steps: 7 } }, 'opts.steps', 'INVALID_ARGUMENT'],
      [{ steps: 0 }, 'opts.steps', 'INVALID_ARGUMENT'],
      [{ steps: -3 }, 'opts.steps', 'INVALID_ARGUMENT'],
      [{ steps: 2.5 }, 'opts.steps', 'INVALID_ARGUMENT'],
      [{ sizes: [2, 1] }, 'opts.sizes', 'INVALID_ARGUMENT'],
      [{ sizes: [2, 1, 1] }, 'opts.sizes', 'INVALID_ARGUMENT'],
      [{ x: [[0, 1], [Number.NaN, 2]] }, 'opts.x', 'NON_FINITE'],
      [{ x: [[0, 1, 2]] }, 'opts.x', 'SHAPE_MISMATCH'],
      [{ x: undefined }, 'opts.x', 'INVALID_ARGUMENT'],
      [{ sampler: () => x }, 'opts.sampler', 'INVALID_ARGUMENT'],
      [{ lr: 0 }, 'opts.lr', 'INVALID_ARGUMENT'],
      [{ batchSize: 0 }, 'opts.batchSize', 'INVALID_ARGUMENT'],
      [{ activation: 'nope' }, 'activation', 'UNKNOWN_ACTIVATION'],
    ];
    for (const [patch, param, code] of cases) {
      const err = await goInit({ ...base, ...patch } as Parameters<typeof goInit>[0]).catch((e: unknown) => e);
      expect(err, JSON.stringify(patch)).toBeInstanceOf(MlpinitError);
      expect((err as MlpinitError).param, JSON.stringify(patch)).toBe(param);
      expect((err as MlpinitError).code, JSON.stringify(patch)).toBe(code);
    }
    const auto = await goInit({ ...base, lambda: 'auto' }).catch((e: unknown) => e);
    expect((auto as Error).message).toMatch(/needs the training targets/);
    const nanTensor = tf.tensor2d([
      [0, 1],
      [Number.NaN, 2],
    ]);
    await expect(goInit({ ...base, x: nanTensor })).rejects.toMatchObject({ code: 'NON_FINITE', param: 'opts.x' });
    nanTensor.dispose();
  });
});

describe('goInit across backends', () => {
  it('gives the same result for the same seed on cpu and wasm', async () => {
    const run = async (backend: 'cpu' | 'wasm') => {
      await setBackend(backend);
      const before = tf.memory().numTensors;
      const res = await goInit({ sizes: [2, 16, 16, 16, 1], x, steps: 60, batchSize: 128, seed: 9 });
      expect(tf.memory().numTensors).toBe(before);
      return res;
    };
    const a = await run('cpu');
    const b = await run('wasm');
    for (let l = 0; l < 3; l++) {
      expect(Math.abs((a.layerScales[l] as number) - (b.layerScales[l] as number))).toBeLessThan(1e-3);
      expect(Math.abs((a.layerBiases[l] as number) - (b.layerBiases[l] as number))).toBeLessThan(1e-3);
    }
    expect(Math.abs(a.meanCos2After - b.meanCos2After)).toBeLessThan(1e-3);
    expect(a.lossHistory[0]).toBeCloseTo(b.lossHistory[0] as number, 4);
  });

  it('toJSON / fromJSON round-trip', async () => {
    await setBackend('cpu');
    const res = await goInit({ sizes: [2, 8, 8, 1], x, steps: 5, seed: 1 });
    const back = GoResult.fromJSON(JSON.stringify(res));
    expect(back.toJSON()).toEqual(res.toJSON());
    expect(() => GoResult.fromJSON({ ...res.toJSON(), layerScales: [1] })).toThrow(MlpinitError);
    expect(() => GoResult.fromJSON('{')).toThrow(MlpinitError);
    expect(() => GoResult.fromJSON({} as never)).toThrow(/GoResult.toJSON/);
  });
});
