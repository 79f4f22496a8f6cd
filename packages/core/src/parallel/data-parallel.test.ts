import { expect, it } from 'vitest';
import { type CreateMlpOptions, createMlp } from '../mlp.js';
import { describeBackends } from '../testing/describe-backends.js';
import { train } from '../train.js';
import { relErr } from '../test-utils/plain-mlp.js';

const n = 200;
const xs = Array.from({ length: n }, (_, i) => [Math.sin(0.37 * i), Math.cos(0.11 * i)]);
const ys = xs.map(([a, b]) => [Math.sin(4 * (a as number)) * (b as number), (a as number) * (b as number)]);

describeBackends('data-parallel training', () => {
  for (const batchSize of [undefined, 64]) {
    it(`two replicas reproduce the single-replica run (batch ${batchSize ?? 'full'})`, async () => {
      const a = createMlp({ sizes: [2, 16, 16, 2], seed: 4 });
      const b = createMlp({ sizes: [2, 16, 16, 2], seed: 4 });
      const opts = { steps: 25, lr: 3e-3, batchSize, seed: 7, lrDecay: { rate: 0.5, every: 20 } };
      const seen: number[] = [];
      const single = await train(a, { x: xs, y: ys }, { ...opts, workers: 1 });
      const parallel = await train(b, { x: xs, y: ys }, { ...opts, workers: 2, progressEvery: 5, onProgress: (p) => seen.push(p.step) });
      expect(seen).toEqual([5, 10, 15, 20, 25]);
      expect(parallel).toHaveLength(25);
      parallel.forEach((v, i) => {
        expect(Math.abs(v - (single[i] as number))).toBeLessThan(1e-5 * Math.max(1, v));
      });
      expect(relErr(b.toWeights().weights, a.toWeights().weights)).toBeLessThan(1e-4);
      a.dispose();
      b.dispose();
    });
  }

  it('trains encoded networks (Fourier features) and SIREN (sin-w<ω₀>) as the single replica does', async () => {
    const nets: CreateMlpOptions[] = [
      { sizes: [2, 16, 2], activation: 'relu', encoding: { type: 'fourier', features: 8, sigma: 1 } },
      { sizes: [2, 16, 16, 2], init: 'siren', omega0: 10 },
    ];
    for (const opts of nets) {
      const a = createMlp({ ...opts, seed: 2 });
      const b = createMlp({ ...opts, seed: 2 });
      const t = { steps: 12, lr: 1e-3, batchSize: 64, seed: 3 };
      const single = await train(a, { x: xs, y: ys }, { ...t, workers: 1 });
      const parallel = await train(b, { x: xs, y: ys }, { ...t, workers: 2 });
      parallel.forEach((v, i) => {
        expect(Math.abs(v - (single[i] as number))).toBeLessThan(1e-5 * Math.max(1, v));
      });
      expect(relErr(b.toWeights().weights, a.toWeights().weights)).toBeLessThan(1e-4);
      a.dispose();
      b.dispose();
    }
  });

  it('rejects workers > 1 where the parallel path cannot run', async () => {
    const m = createMlp({ sizes: [2, 4, 2] });
    await expect(
      train(m, { x: xs, y: ys }, { steps: 2, workers: 2, regularizer: () => { throw new Error('unused'); } }),
    ).rejects.toThrow(/opts.workers/);
    await expect(train(m, { x: xs, y: ys }, { steps: 2, workers: 0 })).rejects.toThrow(/opts.workers/);
    m.dispose();
  });

  it('can be cancelled', async () => {
    const m = createMlp({ sizes: [2, 8, 2] });
    const ctrl = new AbortController();
    const p = train(m, { x: xs, y: ys }, { steps: 5000, workers: 2, progressEvery: 5, signal: ctrl.signal, onProgress: (s) => s.step >= 10 && ctrl.abort() });
    await expect(p).rejects.toMatchObject({ code: 'ABORTED' });
    m.dispose();
  });
});
