import { MlpinitError } from '@mlpinit/core';
import { describeBackends } from '@mlpinit/core/testing';
import { expect, it } from 'vitest';
import { iterateLengthMap } from './length-map.js';
import { simulateDepth } from './simulate-depth.js';

describeBackends('simulateDepth', ({ tol }) => {
  it('tanh with c = 1 collapses as the length map predicts (Wang & Perdikaris 2021, Fig. 1)', async () => {
    const sim = await simulateDepth({ activation: 'tanh', c: 1, width: 256, depth: 12, samples: 3, seed: 1, batch: 64 });
    expect(sim.layers.length).toBe(13);
    const predicted = iterateLengthMap('tanh', 1, 12, { c: 1 });
    sim.layers.forEach((l, i) => {
      expect(l.predictedRms).toBeCloseTo(predicted[i] as number, 12);
      // Finite width 256: O(1/√width) fluctuations around the infinite-width map.
      expect(Math.abs(l.rmsMean - (predicted[i] as number))).toBeLessThan(0.06 * (predicted[i] as number) + 3 * l.rmsSpread);
      expect(l.stdMean).toBeLessThanOrEqual(l.rmsMean * (1 + tol));
    });
    // Zero bias and odd f: standard deviation ≈ root second moment.
    expect(sim.layers[12]?.predictedStd).toBeCloseTo(sim.layers[12]?.predictedRms as number, 6);
    expect(sim.layers[12]?.stdMean as number).toBeLessThan(0.5 * (sim.layers[1]?.stdMean as number));
  });

  it('with a bias shift, the measured std follows √(s² − E[f]²), not s', async () => {
    const sim = await simulateDepth({ activation: 'relu', c: Math.SQRT2, bias: 0.3, width: 256, depth: 3, samples: 2, seed: 5, batch: 64 });
    for (const l of sim.layers.slice(1)) {
      expect(l.predictedStd).toBeLessThan(l.predictedRms);
      expect(Math.abs(l.stdMean - l.predictedStd)).toBeLessThan(0.08 * l.predictedStd + 3 * l.stdSpread);
      expect(Math.abs(l.rmsMean - l.predictedRms)).toBeLessThan(0.08 * l.predictedRms + 3 * l.rmsSpread);
    }
  });

  it('with bias noise, follows the length map with σ_b (the 2-D expectation reduced to 1-D)', async () => {
    // c = 0.8: without noise the lengths collapse (0.56, 0.38, 0.28, 0.22), with σ_b = 0.6 they settle near 0.54.
    const sim = await simulateDepth({ activation: 'tanh', c: 0.8, biasStd: 0.6, width: 256, depth: 4, samples: 2, seed: 3, batch: 64 });
    const withNoise = iterateLengthMap('tanh', 1, 4, { c: 0.8, biasStd: 0.6 });
    const without = iterateLengthMap('tanh', 1, 4, { c: 0.8 });
    sim.layers.slice(1).forEach((l, i) => {
      expect(l.predictedRms).toBeCloseTo(withNoise[i + 1] as number, 12);
      expect(Math.abs(l.rmsMean - l.predictedRms)).toBeLessThan(0.05 * l.predictedRms + 3 * l.rmsSpread);
      // The noise matters: the prediction without it is off by more than the tolerance.
      expect(Math.abs(l.rmsMean - (without[i + 1] as number))).toBeGreaterThan(0.05 * l.predictedRms + 3 * l.rmsSpread);
    });
  });

  it('is reproducible for a seed, reports progress, cancels and validates', async () => {
    const opts = { activation: 'sin', c: Math.SQRT2, width: 16, depth: 2, samples: 2, seed: 9, batch: 8 };
    const a = await simulateDepth(opts);
    const done: number[] = [];
    const b = await simulateDepth({ ...opts, onProgress: (p) => done.push(p.done) });
    expect(b).toEqual(a);
    expect(done).toEqual([1, 2]);
    const c = await simulateDepth({ ...opts, seed: 10 });
    expect(c.layers[2]?.stdMean).not.toBe(a.layers[2]?.stdMean);
    const ctl = new AbortController();
    ctl.abort();
    await expect(simulateDepth({ ...opts, signal: ctl.signal })).rejects.toMatchObject({ code: 'ABORTED' });
    await expect(simulateDepth({ ...opts, depth: -1 })).rejects.toMatchObject({ param: 'opts.depth' });
    await expect(simulateDepth({ ...opts, c: Number.NaN })).rejects.toBeInstanceOf(MlpinitError);
    await expect(simulateDepth({ ...opts, biasStd: -1 })).rejects.toMatchObject({ param: 'opts.biasStd' });
    await expect(simulateDepth({ ...opts, activation: 'nope' })).rejects.toMatchObject({ code: 'UNKNOWN_ACTIVATION' });
    const flat = await simulateDepth({ ...opts, depth: 0 });
    expect(flat.layers.length).toBe(1);
  });
});
