import { describe, expect, it } from 'vitest';
import { EpochSampler } from './epoch-sampler.js';
import { Rng } from './rng.js';

describe('EpochSampler', () => {
  it('cuts one permutation per epoch into batches and drops the remainder (a plain loop over Fisher–Yates)', () => {
    const n = 10;
    const batch = 3;
    const s = new EpochSampler(n, batch, new Rng(4));
    const ref = new Rng(4);
    const want: number[][] = [];
    for (let epoch = 0; epoch < 4; epoch++) {
      const p = Array.from({ length: n }, (_, i) => i);
      for (let i = n - 1; i > 0; i--) {
        const j = Math.floor(ref.uniform() * (i + 1));
        [p[i], p[j]] = [p[j] as number, p[i] as number];
      }
      for (let b = 0; b + batch <= n; b += batch) want.push(p.slice(b, b + batch));
    }
    const got = want.map(() => Array.from(s.next()));
    expect(got).toEqual(want);
    // Within an epoch no index repeats.
    for (let e = 0; e < 4; e++) expect(new Set(got.slice(3 * e, 3 * e + 3).flat()).size).toBe(9);
  });

  it('caps the batch at n, reports full batches and rejects bad sizes', () => {
    const s = new EpochSampler(5, 8, new Rng(1));
    expect(s.fullBatch).toBe(true);
    expect([...s.next()].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(new EpochSampler(5, 2, new Rng(1)).fullBatch).toBe(false);
    expect(() => new EpochSampler(0, 2, new Rng(1))).toThrow(/n/);
    expect(() => new EpochSampler(5, 1.5, new Rng(1))).toThrow(/batch/);
  });
});
