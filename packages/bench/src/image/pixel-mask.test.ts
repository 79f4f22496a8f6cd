import { describe, expect, it } from 'vitest';
import { randomPixelMask } from './pixel-mask.js';

describe('randomPixelMask', () => {
  it('takes round(fraction·n) pixels, disjoint from the held-out ones, covering all', () => {
    const n = 256 * 192;
    const m = randomPixelMask(n, 0.25, 0);
    expect(m.train.length).toBe(Math.round(0.25 * n));
    expect(m.train.length + m.heldOut.length).toBe(n);
    const seen = new Uint8Array(n);
    for (const p of m.train) seen[p] = (seen[p] as number) + 1;
    for (const p of m.heldOut) seen[p] = (seen[p] as number) + 1;
    expect(seen.every((v) => v === 1)).toBe(true);
    for (let i = 1; i < m.train.length; i++) expect((m.train[i] as number) > (m.train[i - 1] as number)).toBe(true);
  });

  it('is fixed by the seed and spread over the image', () => {
    const a = randomPixelMask(10_000, 0.25, 3);
    expect(randomPixelMask(10_000, 0.25, 3)).toEqual(a);
    expect(randomPixelMask(10_000, 0.25, 4).train).not.toEqual(a.train);
    // Each quarter of the index range holds about a quarter of the training pixels.
    for (let q = 0; q < 4; q++) {
      const count = Array.from(a.train).filter((p) => p >= q * 2500 && p < (q + 1) * 2500).length;
      expect(Math.abs(count - 625)).toBeLessThan(100);
    }
  });

  it('rejects fractions outside (0, 1)', () => {
    expect(() => randomPixelMask(100, 0, 0)).toThrow(/--pixels/);
    expect(() => randomPixelMask(100, 1, 0)).toThrow(/--pixels/);
  });
});
