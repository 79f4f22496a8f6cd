import * as tf from '@tensorflow/tfjs-core';
import { createMlp, disposeWorkerPool, mlpFromWeights, workerPoolAvailable, workerPoolSize } from '@mlpinit/core';
import { describeBackends } from '@mlpinit/core/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { empiricalNtk } from './empirical-ntk.js';
import { randomPoints, randomWeights, relFrobenius } from './test-utils/plain-mlp.js';

// Worker threads exist in Node only; in the browser-mode run the pooled tests are skipped.
const pooled = it.skipIf(!workerPoolAvailable);

describeBackends('structured NTK over the worker pool', () => {
  beforeAll(() => disposeWorkerPool());
  afterAll(() => disposeWorkerPool());

  for (const outputs of ['trace', 'full', 'diagonal'] as const) {
    pooled(`workers 2 and 3 equal one thread, x2 = x1 (upper triangle) and x2 ≠ x1 (${outputs})`, async () => {
      const mlp = mlpFromWeights(randomWeights([2, 12, 12, 12, 3], 'tanh', 31));
      const x1 = randomPoints(67, 2, 32);
      const x2 = randomPoints(41, 2, 33);
      for (const second of [null, x2]) {
        const one = await empiricalNtk(mlp, x1, second, { outputs, workers: 1 });
        for (const workers of [2, 3]) {
          const k = await empiricalNtk(mlp, x1, second, { outputs, workers });
          expect([k.rows, k.cols, k.n1, k.n2, k.outputs, k.layout]).toEqual([one.rows, one.cols, one.n1, one.n2, one.outputs, one.layout]);
          expect(relFrobenius(k.values, one.values), `${workers} ${second ? 'x2' : 'sym'}`).toBeLessThan(1e-6);
        }
      }
      mlp.dispose();
      // Repeated calls reuse the pool's threads (released leases are idle at once).
      expect(workerPoolSize()).toBe(2);
    });
  }

  pooled('an encoded network runs over workers (points are encoded in the main thread)', async () => {
    const mlp = createMlp({ sizes: [2, 16, 16, 2], seed: 3, activation: 'relu', encoding: { type: 'fourier', features: 8, sigma: 1 } });
    const x = randomPoints(50, 2, 34);
    const one = await empiricalNtk(mlp, x, null, { workers: 1, outputs: 'full' });
    const two = await empiricalNtk(mlp, x, null, { workers: 2, outputs: 'full' });
    mlp.dispose();
    expect(relFrobenius(two.values, one.values)).toBeLessThan(1e-6);
  });

  it('a large symmetric kernel in one thread (upper-triangle blocks) equals the one-block kernel of x2 = copy of x1', async () => {
    const mlp = mlpFromWeights(randomWeights([1, 8, 8, 2], 'tanh', 35));
    const x = Array.from({ length: 1100 }, (_, i) => [-1 + (2 * i) / 1099]);
    const seen: number[] = [];
    const sym = await empiricalNtk(mlp, x, null, { workers: 1, outputs: 'diagonal', onProgress: (p) => seen.push(p.total) });
    const plain = await empiricalNtk(mlp, x, x.map((r) => [...r]), { workers: 1, outputs: 'diagonal' });
    mlp.dispose();
    expect(seen[0]).toBeGreaterThan(1); // several upper-triangle blocks, one progress step each
    expect(relFrobenius(sym.values, plain.values)).toBeLessThan(1e-6);
  });

  pooled('reports one progress step per chunk and cancels over workers', async () => {
    const mlp = mlpFromWeights(randomWeights([1, 16, 16, 1], 'tanh', 36));
    const x = randomPoints(120, 1, 37);
    const seen: number[] = [];
    await empiricalNtk(mlp, x, null, { workers: 3, onProgress: (p) => seen.push(p.done) });
    // One chunk per thread at this size.
    expect(seen).toEqual([1, 2, 3]);
    const ctl = new AbortController();
    const run = empiricalNtk(mlp, x, null, { workers: 3, signal: ctl.signal, onProgress: (p) => { if (p.done === 1) ctl.abort(); } });
    await expect(run).rejects.toMatchObject({ code: 'ABORTED' });
    // The pool still works after a cancelled call.
    const again = await empiricalNtk(mlp, x, null, { workers: 2 });
    const one = await empiricalNtk(mlp, x, null, { workers: 1 });
    mlp.dispose();
    expect(relFrobenius(again.values, one.values)).toBeLessThan(1e-6);
  });

  it('custom activations stay in one thread (workers rebuild the network by name)', async () => {
    const softsign = {
      name: 'softsign-pool-test',
      apply: (z: tf.Tensor) => tf.div(z, tf.add(1, tf.abs(z))),
      scalar: (z: number) => z / (1 + Math.abs(z)),
      derivative: (z: number) => 1 / (1 + Math.abs(z)) ** 2,
    };
    const mlp = mlpFromWeights({ ...randomWeights([2, 6, 1], 'tanh', 38), activation: softsign });
    const x = randomPoints(30, 2, 39);
    await expect(empiricalNtk(mlp, x, null, { workers: 2 })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', param: 'opts.workers' });
    const auto = await empiricalNtk(mlp, x, null, { workers: 'auto' });
    const one = await empiricalNtk(mlp, x, null, { workers: 1 });
    mlp.dispose();
    expect(Array.from(auto.values)).toEqual(Array.from(one.values));
  });
});
