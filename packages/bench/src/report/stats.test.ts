import { Rng } from '@mlpinit/core';
import { describe, expect, it } from 'vitest';
import { bootstrapMeanIntervals, differenceHolds, failures, mean, pairedDifference, quantile } from './stats.js';

describe('stats', () => {
  it('quantile matches numpy type 7 and mean/failures count non-finite values instead of hiding them', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75, 12);
    expect(mean([1, Number.NaN, 3])).toBe(2);
    expect(failures([1, Number.NaN, Number.NEGATIVE_INFINITY, 3])).toBe(2);
  });

  it('bootstrap intervals of the mean match the normal theory interval for a large sample, and are seeded', () => {
    const rng = new Rng(4);
    const x = Array.from({ length: 400 }, () => 1 + 2 * rng.normal());
    const m = mean(x);
    const sd = Math.sqrt(x.reduce((a, v) => a + (v - m) ** 2, 0) / x.length);
    const [ci95] = bootstrapMeanIntervals(x, [0.95], 1, 4000) as [[number, number]];
    // Independent computation: m ± 1.96·sd/√n.
    const half = (1.96 * sd) / Math.sqrt(x.length);
    expect(ci95[0]).toBeCloseTo(m - half, 1);
    expect(ci95[1]).toBeCloseTo(m + half, 1);
    expect(bootstrapMeanIntervals(x, [0.95], 1, 4000)).toEqual([ci95]);
    expect(bootstrapMeanIntervals([1], [0.8])[0]?.every(Number.isNaN)).toBe(true);
  });

  it('a paired difference counts failed pairs and holds only when its 95% interval excludes zero', () => {
    const up = pairedDifference(
      [1, 2, 3, 4, 5, 6].map((v) => ({ init: v + 1 + 0.1 * (v % 2), baseline: v })),
      { init: 'go', baseline: 'glorot', metric: 'heldOutSnrDb' },
    );
    expect(up.n).toBe(6);
    expect(up.meanDiffDb).toBeCloseTo(1.05, 12);
    expect(up.ci80[0]).toBeGreaterThan(0.99);
    expect(differenceHolds(up, 'above')).toBe(true);
    expect(differenceHolds(up, 'below')).toBe(false);
    const noisy = pairedDifference(
      [
        { init: 1, baseline: 0 },
        { init: -1, baseline: 0 },
        { init: 0.5, baseline: 0 },
        { init: Number.NaN, baseline: 0 },
      ],
      { init: 'go', baseline: 'glorot', metric: 'heldOutSnrDb' },
    );
    expect(noisy.n).toBe(3);
    expect(noisy.failed).toBe(1);
    expect(differenceHolds(noisy, 'above')).toBe(false);
    expect(differenceHolds(undefined, 'above')).toBe(null);
  });
});
