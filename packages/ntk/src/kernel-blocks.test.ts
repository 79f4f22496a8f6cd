import { describe, expect, it } from 'vitest';
import { kernelShape, mirrorLower, placeBlock, planBlocks, planThreads } from './kernel-blocks.js';

describe('kernel blocks', () => {
  it('plain splits cover every row once with all columns', () => {
    const b = planBlocks(10, 7, false, 3);
    expect(b).toEqual([
      { r0: 0, r1: 3, c0: 0, c1: 7 },
      { r0: 3, r1: 6, c0: 0, c1: 7 },
      { r0: 6, r1: 10, c0: 0, c1: 7 },
    ]);
    expect(planBlocks(2, 7, false, 5)).toHaveLength(2);
  });

  for (const [n, k] of [[256, 2], [256, 6], [1000, 8], [5, 4], [1, 3]] as const) {
    it(`symmetric split of ${n} points into ≤ ${k} blocks covers the upper triangle with balanced work`, () => {
      const b = planBlocks(n, n, true, k);
      expect(b.length).toBeLessThanOrEqual(k);
      expect(b[0]?.r0).toBe(0);
      expect(b.at(-1)?.r1).toBe(n);
      for (let i = 0; i < b.length; i++) {
        const blk = b[i] as (typeof b)[0];
        expect(blk.c0).toBe(blk.r0);
        expect(blk.c1).toBe(n);
        if (i > 0) expect(blk.r0).toBe((b[i - 1] as (typeof b)[0]).r1);
      }
      const work = b.map((x) => (x.r1 - x.r0) * (x.c1 - x.c0));
      const total = work.reduce((s, w) => s + w, 0);
      // At most the full square, at least the upper triangle.
      expect(total).toBeLessThanOrEqual(n * n);
      expect(total).toBeGreaterThanOrEqual((n * (n + 1)) / 2);
      if (n >= 256) {
        expect(Math.max(...work) / Math.min(...work)).toBeLessThan(1.25);
        expect(total / (n * n)).toBeLessThan(k === 2 ? 0.77 : 0.62);
      }
    });
  }

  for (const outputs of ['trace', 'full', 'diagonal'] as const) {
    it(`placing upper blocks and mirroring rebuilds a symmetric kernel (${outputs})`, () => {
      const n = 9;
      const O = 2;
      const [rows, cols] = kernelShape(n, n, O, outputs);
      // A symmetric reference in the layout: entry value from its (sorted) row/col indices.
      const ref = new Float32Array(rows * cols);
      const val = (q: number, i: number, j: number): number => q * 1000 + Math.min(i, j) * 31 + Math.max(i, j);
      for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
        ref[r * cols + c] = outputs === 'diagonal' ? val(Math.floor(r / n), r % n, c) : val(0, r, c);
      }
      const out = new Float32Array(rows * cols);
      for (const b of planBlocks(n, n, true, 3)) {
        // Cut the block out of the reference in kernelBlock's layout.
        const R = b.r1 - b.r0;
        const C = b.c1 - b.c0;
        const p = outputs === 'full' ? O : 1;
        const v = new Float32Array(R * C * (outputs === 'trace' ? 1 : O * p));
        if (outputs === 'diagonal') {
          for (let o = 0; o < O; o++) for (let i = 0; i < R; i++) for (let j = 0; j < C; j++) v[(o * R + i) * C + j] = ref[(o * n + b.r0 + i) * cols + b.c0 + j] as number;
        } else {
          for (let i = 0; i < R * p; i++) for (let j = 0; j < C * p; j++) v[i * C * p + j] = ref[(b.r0 * p + i) * cols + b.c0 * p + j] as number;
        }
        placeBlock(out, n, n, O, outputs, b, v);
      }
      mirrorLower(out, n, O, outputs);
      expect(Array.from(out)).toEqual(Array.from(ref));
    });
  }

  it('thread shares cover K once, balance features + Gram work, and chunk by work', () => {
    const c = { perPoint: 2.5 * 40000, perPair: 1000, perWorker: 1e7, perChunk: 2e9 };
    for (const [n, k] of [[256, 2], [256, 3], [4096, 2], [4096, 4], [3, 4]] as const) {
      const shares = planThreads(n, n, true, k, c);
      expect(shares.length).toBeLessThanOrEqual(k);
      expect(shares[0]?.r0).toBe(0);
      expect(shares.at(-1)?.r1).toBe(n);
      const cost = shares.map((s, i) => (i > 0 ? c.perWorker : 0) + c.perPoint * (n - s.r0) + c.perPair * (s.r1 - s.r0) * (n - s.r0));
      if (n >= 256) expect(Math.max(...cost) / Math.min(...cost), `${n} ${k}`).toBeLessThan(1.05);
      for (let i = 0; i < shares.length; i++) {
        const s = shares[i] as (typeof shares)[0];
        if (i > 0) expect(s.r0).toBe((shares[i - 1] as (typeof shares)[0]).r1);
        // Chunks tile the share's rows; each takes the columns from its own first row (upper triangle).
        expect(s.chunks[0]?.r0).toBe(s.r0);
        expect(s.chunks.at(-1)?.r1).toBe(s.r1);
        s.chunks.forEach((b, j) => {
          expect([b.c0, b.c1]).toEqual([b.r0, n]);
          if (j > 0) expect(b.r0).toBe((s.chunks[j - 1] as (typeof s.chunks)[0]).r1);
        });
      }
      // The first (main) thread, which needs every point's features, gets the fewest rows.
      if (n >= 256) expect((shares[0] as (typeof shares)[0]).r1).toBeLessThan(n / k);
      if (n === 4096) expect(shares.reduce((m, s) => m + s.chunks.length, 0)).toBeGreaterThan(k);
    }
    const plain = planThreads(10, 7, false, 3, c);
    expect(plain.map((s) => [s.r0, s.r1])).toEqual([[0, 3], [3, 6], [6, 10]]);
    expect(plain.flatMap((s) => s.chunks.map((b) => [b.c0, b.c1]))).toEqual([[0, 7], [0, 7], [0, 7]]);
  });
});
