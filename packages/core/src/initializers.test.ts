import { describe, expect, it } from 'vitest';
import * as init from './initializers.js';
import { Rng } from './rng.js';

function moments(w: Float32Array): { mean: number; variance: number } {
  let m = 0;
  for (const v of w) m += v / w.length;
  let s = 0;
  for (const v of w) s += (v - m) ** 2 / w.length;
  return { mean: m, variance: s };
}

describe('initializers', () => {
  const fanIn = 300;
  const fanOut = 200;
  const n = fanIn * fanOut;
  // Sample variance of n draws has relative std ≈ sqrt(2/n) (normal) or sqrt(0.8/n) (uniform).
  const cases: [string, (r: Rng) => Float32Array, number][] = [
    ['glorotNormal', (r) => init.glorotNormal(fanIn, fanOut, r), 2 / (fanIn + fanOut)],
    ['glorotUniform', (r) => init.glorotUniform(fanIn, fanOut, r), 2 / (fanIn + fanOut)],
    ['heNormal', (r) => init.heNormal(fanIn, fanOut, r), 2 / fanIn],
    ['lecunNormal', (r) => init.lecunNormal(fanIn, fanOut, r), 1 / fanIn],
    ['fanInNormal c=2.5', (r) => init.fanInNormal(fanIn, fanOut, r, 2.5), 6.25 / fanIn],
    ['sirenHidden', (r) => init.sirenHidden(fanIn, fanOut, r), 2 / fanIn],
    ['sirenFirst ω₀=30', (r) => init.sirenFirst(fanIn, fanOut, r, 30), 300 / fanIn ** 2],
  ];
  for (const [name, draw, variance] of cases) {
    it(`${name} has mean 0 and the documented variance`, () => {
      const w = draw(new Rng(11));
      expect(w.length).toBe(n);
      const m = moments(w);
      expect(Math.abs(m.mean)).toBeLessThan(5 * Math.sqrt(variance / n));
      expect(Math.abs(m.variance / variance - 1)).toBeLessThan(5 * Math.sqrt(2 / n));
    });
  }

  it('glorotUniform stays inside its bound', () => {
    const limit = Math.sqrt(6 / (fanIn + fanOut));
    for (const v of init.glorotUniform(fanIn, fanOut, new Rng(2))) expect(Math.abs(v)).toBeLessThanOrEqual(limit);
  });

  for (const [rows, cols] of [
    [64, 32],
    [32, 64],
    [48, 48],
  ] as const) {
    it(`orthogonal ${rows}×${cols} has orthonormal columns or rows (plain-loop Gram matrix)`, () => {
      const gain = 1.7;
      const w = init.orthogonal(rows, cols, new Rng(5), gain);
      const k = Math.min(rows, cols);
      const byCols = rows >= cols;
      for (let i = 0; i < k; i++) {
        for (let j = 0; j < k; j++) {
          let dot = 0;
          for (let t = 0; t < Math.max(rows, cols); t++) {
            const a = byCols ? (w[t * cols + i] as number) : (w[i * cols + t] as number);
            const b = byCols ? (w[t * cols + j] as number) : (w[j * cols + t] as number);
            dot += a * b;
          }
          expect(dot).toBeCloseTo(i === j ? gain * gain : 0, 4);
        }
      }
    });
  }

  it('rejects fractional fans', () => {
    expect(() => init.glorotNormal(2.5, 3, new Rng(0))).toThrow(/fanIn/);
  });
});
