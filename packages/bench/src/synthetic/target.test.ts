import { describe, expect, it } from 'vitest';
import { TARGET_TERMS, evalTarget, gridPoints, samplePoints, scaledMaxFreq, syntheticTarget, type SyntheticTarget } from './target.js';

describe('syntheticTarget', () => {
  it('evaluates the closed form of the sum of terms', () => {
    const t: SyntheticTarget = {
      seed: 0,
      maxFreq: 4,
      terms: [
        { a1: 1, a2: 0.5, f1: 1, f2: 0, f3: 2, f4: 1 },
        { a1: 2, a2: 0, f1: 0.5, f2: 3, f3: 1, f4: 1 },
      ],
    };
    // At (0.5, 0): sin(π/2)·1 + 0.5·sin(π)·1 + 2·sin(π/4)·1 = 1 + 0 + √2.
    expect(evalTarget(t, 0.5, 0)).toBeCloseTo(1 + Math.SQRT2, 12);
    // At (0.25, 1/3): 1·sin(π/4)·cos(0) + 0.5·sin(π/2)·cos(π/3) + 2·sin(π/8)·cos(π).
    const want = Math.sin(Math.PI / 4) + 0.5 * 1 * 0.5 + 2 * Math.sin(Math.PI / 8) * -1;
    expect(evalTarget(t, 0.25, 1 / 3)).toBeCloseTo(want, 12);
  });

  it('is odd in x and even in y, and zero on x = 0', () => {
    const t = syntheticTarget(3, 10);
    for (const [x, y] of [
      [0.3, 0.7],
      [-0.9, 0.1],
      [0.55, -0.42],
    ] as const) {
      expect(evalTarget(t, -x, y)).toBeCloseTo(-evalTarget(t, x, y), 12);
      expect(evalTarget(t, x, -y)).toBeCloseTo(evalTarget(t, x, y), 12);
      expect(evalTarget(t, 0, y)).toBe(0);
    }
  });

  it('draws 4 terms with amplitudes in [0, 2) and frequencies in [0, maxFreq)', () => {
    for (let seed = 0; seed < 20; seed++) {
      const t = syntheticTarget(seed, 36);
      expect(t.terms).toHaveLength(TARGET_TERMS);
      for (const term of t.terms) {
        for (const a of [term.a1, term.a2]) expect(a >= 0 && a < 2).toBe(true);
        for (const f of [term.f1, term.f2, term.f3, term.f4]) expect(f >= 0 && f < 36).toBe(true);
      }
    }
  });

  it('is fixed by the seed; another seed gives another target', () => {
    expect(syntheticTarget(7, 8)).toEqual(syntheticTarget(7, 8));
    expect(syntheticTarget(7, 8).terms).not.toEqual(syntheticTarget(8, 8).terms);
  });

  it('scales only the frequencies with maxFreq (same seed)', () => {
    const a = syntheticTarget(5, 6);
    const b = syntheticTarget(5, 12);
    a.terms.forEach((t, k) => {
      const u = b.terms[k];
      expect(u?.a1).toBe(t.a1);
      expect(u?.f3).toBeCloseTo(2 * t.f3, 12);
    });
    expect(scaledMaxFreq(6, 4096, 1024)).toBeCloseTo(12, 12);
  });

  it('samples seeded points in [−1, 1]², nested across sizes', () => {
    const small = samplePoints(2, 50);
    const big = samplePoints(2, 200);
    expect(big.slice(0, 50)).toEqual(small);
    for (const [x, y] of big) expect(Math.abs(x as number) <= 1 && Math.abs(y as number) <= 1).toBe(true);
    const g = gridPoints(3);
    expect(g).toHaveLength(9);
    expect(g[0]).toEqual([-1, -1]);
    expect(g[8]).toEqual([1, 1]);
  });

  it('rejects a bad maxFreq', () => {
    expect(() => syntheticTarget(0, Number.NaN)).toThrow(/maxFreq/);
  });
});
