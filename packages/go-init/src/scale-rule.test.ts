import { Rng, createMlp } from '@mlpinit/core';
import { describeBackends } from '@mlpinit/core/testing';
import { expect, it } from 'vitest';
import { kernelRuleK, sampleSpacing } from './kernel-rule.js';
import { localizedHalfWidth } from './localized-width.js';
import { SCALE_RULE_K0, chooseScale, defaultScaleCandidates, familyNetworkOptions } from './scale-rule.js';

const rng = new Rng(5);
/** 400 points uniform on [0, 1]²: spacing 1/20. */
const x = Array.from({ length: 400 }, () => [rng.uniform(), rng.uniform()]);
const sizes = [2, 32, 32, 1];
const small = { features: 32 };

describeBackends('chooseScale (the kernel-width rule for Fourier features and SIREN)', () => {
  it('Fourier features: deterministic, the narrowest kernel with ratio ≥ k, re-measured independently', async () => {
    const opts = { family: 'fourier', sizes, x, training: { steps: 2000, batchSize: 100 }, candidates: [40, 2.5, 10, 5, 20], seed: 3, ...small } as const;
    const a = await chooseScale(opts);
    const b = await chooseScale(opts);
    expect(b).toEqual(a);
    expect(a.candidates.map((c) => c.scale)).toEqual([2.5, 5, 10, 20, 40]);
    // E = 2000·100/400 = 500 epochs.
    expect(a.epochs).toBe(500);
    expect(a.k).toBeCloseTo(kernelRuleK(500, SCALE_RULE_K0.fourier), 12);
    // Larger σ, narrower kernel.
    const widths = a.candidates.map((c) => c.halfWidth);
    expect(widths[0] as number).toBeGreaterThan(widths[4] as number);
    const i = a.candidates.findIndex((c) => c.scale === a.scale);
    expect(i).toBeGreaterThanOrEqual(0);
    if ((a.candidates[i]?.ratio as number) >= a.k) {
      for (const c of a.candidates.slice(i + 1)) expect(c.ratio).toBeLessThan(a.k);
    } else {
      expect(i).toBe(0);
      for (const c of a.candidates) expect(c.ratio).toBeLessThan(a.k);
    }
    // Independent re-measure of the chosen candidate's ratio.
    const flat = Float64Array.from(x.flat());
    const again = createMlp(familyNetworkOptions('fourier', a.scale, sizes, 3, small));
    const { halfWidth } = await localizedHalfWidth(again, flat, 2, sampleSpacing(flat, 2));
    again.dispose();
    expect(halfWidth / sampleSpacing(flat, 2)).toBeCloseTo(a.candidates[i]?.ratio as number, 9);
  });

  it('SIREN: a longer training never gets a narrower kernel (monotone in the budget)', async () => {
    const chosen: number[] = [];
    for (const steps of [10, 1000, 100000]) {
      const r = await chooseScale({ family: 'siren', sizes, x, training: { steps, batchSize: 400 }, candidates: [5, 10, 20, 40, 80, 160], seed: 1 });
      chosen.push(r.scale);
    }
    expect(chosen[1] as number).toBeLessThanOrEqual(chosen[0] as number);
    expect(chosen[2] as number).toBeLessThanOrEqual(chosen[1] as number);
    // Not vacuous: the budgets move the choice.
    expect(chosen[2] as number).toBeLessThan(chosen[0] as number);
  });

  it('default candidates follow the inputs’ extent; bad input gets typed errors', async () => {
    expect(defaultScaleCandidates('fourier', 1)).toContain(10);
    expect(defaultScaleCandidates('fourier', 2)).toContain(5);
    expect(defaultScaleCandidates('siren', 2)).toContain(30);
    expect(defaultScaleCandidates('siren', 1)).toContain(60);
    const base = { sizes, x, training: { steps: 10 } };
    await expect(chooseScale({ ...base, family: 'wavelet' as never })).rejects.toMatchObject({ param: 'opts.family' });
    await expect(chooseScale({ ...base, family: 'siren', candidates: [10, -1] })).rejects.toMatchObject({ param: 'opts.candidates[1]' });
    await expect(chooseScale({ family: 'siren', sizes, x, training: undefined as never })).rejects.toMatchObject({ param: 'opts.training' });
    await expect(chooseScale({ ...base, family: 'fourier', x: [[1, 2, 3]] })).rejects.toMatchObject({ param: 'opts.x' });
    const ctrl = new AbortController();
    ctrl.abort();
    await expect(chooseScale({ ...base, family: 'siren', signal: ctrl.signal })).rejects.toMatchObject({ code: 'ABORTED' });
  });
});
