import { Rng, createMlp } from '@mlpinit/core';
import { describeBackends } from '@mlpinit/core/testing';
import { expect, it } from 'vitest';
import { kernelRuleK, sampleSpacing } from './kernel-rule.js';
import { localizedHalfWidth } from './localized-width.js';
import { SCALE_RULE_K0, chooseScale, defaultScaleCandidates, familyNetworkOptions, pickScale, probeSeed } from './scale-rule.js';

const rng = new Rng(5);
/** 400 points uniform on [0, 1]²: spacing 1/20. */
const x = Array.from({ length: 400 }, () => [rng.uniform(), rng.uniform()]);
const sizes = [2, 32, 32, 1];
const small = { features: 32 };

describeBackends('chooseScale (the kernel-width rule for Fourier features and SIREN)', () => {
  it('rule v1 (one draw, a candidate): deterministic, the narrowest kernel with ratio ≥ k, re-measured independently', async () => {
    const opts = { family: 'fourier', sizes, x, training: { steps: 2000, batchSize: 100 }, candidates: [40, 2.5, 10, 5, 20], seed: 3, probes: 1, pick: 'candidate', ...small } as const;
    const a = await chooseScale(opts);
    const b = await chooseScale(opts);
    expect(b).toEqual(a);
    expect(a.pick).toBe('candidate');
    expect(a.bracket).toBeNull();
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
    const { halfWidth } = await localizedHalfWidth(again, flat, 2, sampleSpacing(flat, 2), undefined, 1.2 * a.k);
    again.dispose();
    expect(halfWidth / sampleSpacing(flat, 2)).toBeCloseTo(a.candidates[i]?.ratio as number, 9);
  });

  it('rule v2: each ratio is the geometric median of seeded draws, the scale is where the ratio crosses k (log–log)', async () => {
    const training = { steps: 300, batchSize: 100 };
    const progress: [number, number][] = [];
    const a = await chooseScale({ family: 'siren', sizes, x, training, candidates: [5, 10, 20, 40, 80], seed: 2, probes: 3, onProgress: (q) => progress.push([q.done, q.total]) });
    expect(a.pick).toBe('interpolate');
    // Progress after every probe network: 5 candidates × 3 draws.
    expect(progress).toEqual(Array.from({ length: 15 }, (_, i) => [i + 1, 15]));
    const flat = Float64Array.from(x.flat());
    const h = sampleSpacing(flat, 2);
    // Re-measure every draw of one candidate with localizedHalfWidth directly (seeds probeSeed(2, 0..2)).
    const c = a.candidates[2] as (typeof a.candidates)[number];
    const direct: number[] = [];
    for (let p = 0; p < 3; p++) {
      const net = createMlp(familyNetworkOptions('siren', c.scale, sizes, probeSeed(2, p)));
      direct.push((await localizedHalfWidth(net, flat, 2, h, undefined, 1.2 * a.k)).halfWidth / h);
      net.dispose();
    }
    expect(c.ratios).toHaveLength(3);
    for (let p = 0; p < 3; p++) expect(c.ratios[p]).toBeCloseTo(direct[p] as number, 9);
    // The draws differ (not one network three times); with three draws the geometric median is the middle one.
    expect(new Set(c.ratios.map((r) => r.toFixed(6))).size).toBeGreaterThan(1);
    expect(c.ratio).toBeCloseTo([...direct].sort((p, q) => p - q)[1] as number, 9);
    // The choice: on the segment between the bracketing candidates, with the segment's ratio equal to k.
    expect(a.bracket).not.toBeNull();
    const [lo, hi] = a.bracket as [number, number];
    const rLo = a.candidates.find((q) => q.scale === lo)?.ratio as number;
    const rHi = a.candidates.find((q) => q.scale === hi)?.ratio as number;
    expect(rLo).toBeGreaterThanOrEqual(a.k);
    expect(rHi).toBeLessThan(a.k);
    expect(a.scale).toBeGreaterThanOrEqual(lo);
    expect(a.scale).toBeLessThanOrEqual(hi);
    const u = Math.log(a.scale / lo) / Math.log(hi / lo);
    expect(Math.exp((1 - u) * Math.log(rLo) + u * Math.log(rHi))).toBeCloseTo(a.k, 9);
    // Abort between draws.
    const ctrl = new AbortController();
    const abortAtTwo = (q: { done: number }) => {
      if (q.done === 2) ctrl.abort();
    };
    await expect(chooseScale({ family: 'siren', sizes, x, training, candidates: [5, 10], seed: 2, probes: 3, signal: ctrl.signal, onProgress: abortAtTwo })).rejects.toMatchObject({
      code: 'ABORTED',
    });
  });

  it('probeSeed: draw 0 is the trained network; the draws of neighbouring seeds are disjoint', () => {
    expect(probeSeed(7, 0)).toBe(7);
    const seen = new Set<number>();
    for (let seed = 0; seed < 50; seed++) {
      for (let p = 1; p < 8; p++) {
        const s = probeSeed(seed, p);
        expect(Number.isInteger(s) && s === (s | 0)).toBe(true);
        expect(s < 0 || s >= 50).toBe(true);
        seen.add(s);
      }
    }
    expect(seen.size).toBe(50 * 7);
  });

  it('SIREN: a longer training never gets a narrower kernel (monotone in the budget)', async () => {
    const chosen: number[] = [];
    for (const steps of [10, 1000, 100000]) {
      const r = await chooseScale({ family: 'siren', sizes, x, training: { steps, batchSize: 400 }, candidates: [5, 10, 20, 40, 80, 160], seed: 1, probes: 2 });
      chosen.push(r.scale);
    }
    expect(chosen[1] as number).toBeLessThanOrEqual(chosen[0] as number);
    expect(chosen[2] as number).toBeLessThanOrEqual(chosen[1] as number);
    // Not vacuous: the budgets move the choice.
    expect(chosen[2] as number).toBeLessThan(chosen[0] as number);
  });

  it('pickScale against a plain bisection on the piecewise power law; never larger for a larger k', () => {
    const r = new Rng(11);
    for (let trial = 0; trial < 200; trial++) {
      const m = 2 + Math.floor(r.uniform() * 5);
      const cands = Array.from({ length: m }, (_, i) => ({ scale: 2 ** (i + r.uniform() * 0.5), ratio: 0.2 + 8 * r.uniform() }));
      const k = 0.2 + 8 * r.uniform();
      const got = pickScale(cands, k);
      // Plain: the narrowest index at least k, then bisection on the log–log segment to it from the next.
      let j = -1;
      for (let i = 0; i < m; i++) if ((cands[i] as { ratio: number }).ratio >= k) j = i;
      let want: number;
      if (j < 0) want = (cands[0] as { scale: number }).scale;
      else if (j === m - 1) want = (cands[j] as { scale: number }).scale;
      else {
        const A = cands[j] as { scale: number; ratio: number };
        const B = cands[j + 1] as { scale: number; ratio: number };
        let a = Math.log(A.scale);
        let b = Math.log(B.scale);
        const lr = (ls: number) => Math.log(A.ratio) + ((ls - Math.log(A.scale)) / (Math.log(B.scale) - Math.log(A.scale))) * (Math.log(B.ratio) - Math.log(A.ratio));
        for (let it = 0; it < 200; it++) {
          const mid = (a + b) / 2;
          if (lr(mid) >= Math.log(k)) a = mid;
          else b = mid;
        }
        want = Math.exp(a);
      }
      expect(got.scale).toBeCloseTo(want, 9);
      expect(pickScale(cands, k * 1.3).scale).toBeLessThanOrEqual(got.scale * (1 + 1e-12));
      const v1 = pickScale(cands, k, 'candidate');
      expect(cands.map((c) => c.scale)).toContain(v1.scale);
      expect(v1.scale).toBeLessThanOrEqual(got.scale * (1 + 1e-12));
    }
    expect(() => pickScale([], 1)).toThrow(/at least one candidate/);
    // Non-monotone ratios, by hand: j is the narrowest candidate at least k (index 2), which is the last: no bracket.
    expect(pickScale([{ scale: 1, ratio: 3 }, { scale: 2, ratio: 1 }, { scale: 4, ratio: 5 }], 4)).toEqual({ scale: 4, bracket: null });
    // …and with a narrower candidate below k after it: interpolated between 4 and 8, not between 1 and 2.
    const nm = pickScale([{ scale: 1, ratio: 3 }, { scale: 2, ratio: 1 }, { scale: 4, ratio: 5 }, { scale: 8, ratio: 2.5 }], 4);
    expect(nm.bracket).toEqual([4, 8]);
    expect(nm.scale).toBeCloseTo(4 * 2 ** (Math.log(5 / 4) / Math.log(5 / 2.5)), 12);
    expect(() => pickScale([{ scale: 2, ratio: 1 }, { scale: 1, ratio: 2 }], 1)).toThrow(/ascending/);
    expect(() => pickScale([{ scale: 1, ratio: Number.NaN }], 1)).toThrow(/finite ratio/);
    expect(() => pickScale([{ scale: 1, ratio: 1 }], 0)).toThrow();
  });

  it('default candidates follow the inputs’ extent; bad input gets typed errors', async () => {
    expect(defaultScaleCandidates('fourier', 1)).toContain(10);
    expect(defaultScaleCandidates('fourier', 2)).toContain(5);
    expect(defaultScaleCandidates('siren', 2)).toContain(30);
    expect(defaultScaleCandidates('siren', 1)).toContain(60);
    const base = { sizes, x, training: { steps: 10 } };
    await expect(chooseScale({ ...base, family: 'wavelet' as never })).rejects.toMatchObject({ param: 'opts.family' });
    await expect(chooseScale({ ...base, family: 'siren', candidates: [10, -1] })).rejects.toMatchObject({ param: 'opts.candidates[1]' });
    await expect(chooseScale({ ...base, family: 'siren', probes: 0 })).rejects.toMatchObject({ param: 'opts.probes' });
    await expect(chooseScale({ ...base, family: 'siren', pick: 'nearest' as never })).rejects.toMatchObject({ param: 'opts.pick' });
    await expect(chooseScale({ family: 'siren', sizes, x, training: undefined as never })).rejects.toMatchObject({ param: 'opts.training' });
    await expect(chooseScale({ ...base, family: 'fourier', x: [[1, 2, 3]] })).rejects.toMatchObject({ param: 'opts.x' });
    const ctrl = new AbortController();
    ctrl.abort();
    await expect(chooseScale({ ...base, family: 'siren', signal: ctrl.signal })).rejects.toMatchObject({ code: 'ABORTED' });
  });
});
