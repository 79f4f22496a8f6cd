import { createMlp, setBackend } from '@mlpinit/core';
import { describeBackends } from '@mlpinit/core/testing';
import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { helmholtz2d } from './helmholtz-2d.js';
import { smoothPoisson1d } from './poisson-1d.js';
import { relativeL2Error, solve } from './solve.js';

describeBackends('solve', () => {
  it('trains on fresh points, reports checkpoints, and its relative L2 equals a plain loop over predict() on the grid', async () => {
    const problem = helmholtz2d();
    const mlp = createMlp({ sizes: [2, 16, 16, 1], seed: 1 });
    const seen: number[] = [];
    const res = await solve(problem, { mlp, steps: 40, batch: { residual: 32, boundary: 8 }, checkpoints: 4, onProgress: (p) => seen.push(p.step) });
    expect(seen).toEqual([10, 20, 30, 40]);
    expect(res.errors.map((e) => e.step)).toEqual([10, 20, 30, 40]);
    expect(res.loss).toHaveLength(40);
    expect(Object.keys(res.terms)).toEqual(['residual', 'boundary']);
    const grid = problem.grid();
    const pred = await res.predict(grid);
    const exact = (problem.exact as NonNullable<typeof problem.exact>)(grid);
    let num = 0;
    let den = 0;
    exact.forEach((e, i) => {
      num += ((pred[i] as number) - e) ** 2;
      den += e * e;
    });
    expect(res.relL2).toBeCloseTo(Math.sqrt(num / den), 6);
    // The network saw standardised coordinates: x̃ = x / (2/√12) on [−1, 1].
    expect(res.inputs.std[0]).toBeCloseTo(2 / Math.sqrt(12), 12);
    expect(await relativeL2Error(problem, mlp, res.inputs)).toBeCloseTo(res.relL2, 6);
    mlp.dispose();
  });

  it('is reproducible: the same seed gives the same losses', async () => {
    const run = async () => {
      const mlp = createMlp({ sizes: [1, 8, 8, 1], seed: 2 });
      const r = await solve(smoothPoisson1d(), { mlp, steps: 15, seed: 3, checkpoints: 0 });
      mlp.dispose();
      return r.loss;
    };
    expect(await run()).toEqual(await run());
  });

  it('can be cancelled, and rejects a network of the wrong shape with a typed error', async () => {
    const mlp = createMlp({ sizes: [1, 8, 1], seed: 1 });
    const ctrl = new AbortController();
    await expect(
      solve(smoothPoisson1d(), { mlp, steps: 1000, checkpoints: 100, signal: ctrl.signal, onProgress: (p) => (p.step >= 20 ? ctrl.abort() : undefined) }),
    ).rejects.toMatchObject({ code: 'ABORTED' });
    await expect(solve(helmholtz2d(), { mlp, steps: 1 })).rejects.toMatchObject({ code: 'SHAPE_MISMATCH', param: 'opts.mlp' });
    await expect(solve(smoothPoisson1d(), { mlp, steps: 0 })).rejects.toMatchObject({ param: 'opts.steps' });
    await expect(solve(smoothPoisson1d(), { mlp, batch: { residual: 0 } })).rejects.toMatchObject({ param: 'opts.batch.residual' });
    mlp.dispose();
  });
});

describe('solve accuracy (wasm)', () => {
  it('the smooth Poisson problem reaches a relative L2 error below 1e-3 at its default settings (3,000 steps)', async () => {
    await setBackend('wasm');
    const before = tf.memory().numTensors;
    const problem = smoothPoisson1d();
    const mlp = createMlp({ sizes: problem.defaults.sizes, seed: 0 });
    const res = await solve(problem, { mlp, checkpoints: 0 });
    expect(res.relL2).toBeLessThan(1e-3);
    expect(res.gradients).toBe('explicit');
    mlp.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
