import { describe, expect, it } from 'vitest';
import { Rng } from './rng.js';

describe('Rng', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const a = new Rng(42).normalArray(100);
    const b = new Rng(42).normalArray(100);
    const c = new Rng(43).normalArray(100);
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a)).not.toEqual(Array.from(c));
  });

  it('draws N(0,1) with the right moments (Monte Carlo, 5 sigma bounds)', () => {
    const n = 200_000;
    const rng = new Rng(7);
    let s1 = 0;
    let s2 = 0;
    let s4 = 0;
    for (let i = 0; i < n; i++) {
      const z = rng.normal();
      s1 += z;
      s2 += z * z;
      s4 += z ** 4;
    }
    expect(Math.abs(s1 / n)).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(s2 / n - 1)).toBeLessThan(5 * Math.sqrt(2 / n));
    expect(Math.abs(s4 / n - 3)).toBeLessThan(5 * Math.sqrt(96 / n));
  });

  it('stream(seed, 0) is new Rng(seed); stream 1 is another, uncorrelated sequence', () => {
    expect(Array.from(Rng.stream(42, 0).normalArray(50))).toEqual(Array.from(new Rng(42).normalArray(50)));
    const n = 100_000;
    const a = new Rng(5);
    const b = Rng.stream(5, 1);
    const first: number[] = [];
    const seen = new Set<number>();
    let sab = 0;
    for (let i = 0; i < n; i++) {
      const u = a.uniform();
      const v = b.uniform();
      seen.add(u);
      if (i < 8) first.push(v);
      sab += (u - 0.5) * (v - 0.5);
    }
    // No draw of stream 1's start occurs among stream 0's first 100,000 (a shifted copy would).
    expect(first.filter((v) => seen.has(v))).toEqual([]);
    // Correlation of independent uniforms: standard error 1/√n.
    expect(Math.abs((12 * sab) / n)).toBeLessThan(5 / Math.sqrt(n));
    expect(Array.from(Rng.stream(5, 1).normalArray(20))).toEqual(Array.from(Rng.stream(5, 1).normalArray(20)));
    expect(() => Rng.stream(5, -1)).toThrow(/index/);
  });

  it('draws uniforms in range with mean 1/2', () => {
    const rng = new Rng(1);
    const u = rng.uniformArray(100_000, -2, 4);
    let mean = 0;
    for (const v of u) {
      expect(v).toBeGreaterThanOrEqual(-2);
      expect(v).toBeLessThan(4);
      mean += v / u.length;
    }
    expect(Math.abs(mean - 1)).toBeLessThan(5 * Math.sqrt(3 / u.length));
  });

  it('permutes every index exactly once', () => {
    const p = new Rng(3).permutation(1000);
    expect([...p].sort((a, b) => a - b)).toEqual([...Array(1000).keys()]);
  });

  it('rejects a non-finite seed', () => {
    expect(() => new Rng(Number.NaN)).toThrow(/seed/);
  });
});
