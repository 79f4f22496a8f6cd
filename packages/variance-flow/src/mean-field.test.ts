import { describe, expect, it } from 'vitest';
import { criticalScale } from './critical-scale.js';
import { gaussianExpectation } from './gaussian-expectation.js';
import { iterateLengthMap, lengthMap } from './length-map.js';
import { meanField } from './mean-field.js';
import { phaseDiagram } from './phase-diagram.js';

describe('meanField', () => {
  it('tanh without bias noise: ordered below c = 1 (q* = 0, χ₁ = c²), edge at 1, chaotic above', () => {
    const ordered = meanField('tanh', { c: 0.8 });
    expect(ordered).toMatchObject({ sStar: 0, qStar: 0, phase: 'ordered', rhoStar: 1 });
    expect(ordered.chi1).toBeCloseTo(0.64, 12);
    expect(ordered.xiC).toBeCloseTo(-1 / Math.log(0.64), 10);
    expect(meanField('tanh', { c: 1 }).phase).toBe('edge-of-chaos');
    expect(meanField('tanh', { c: 1 }).xiC).toBe(Number.POSITIVE_INFINITY);
    const chaotic = meanField('tanh', { c: 1.5 });
    expect(chaotic.phase).toBe('chaotic');
    // χ₁ from a direct 1-D integral at q*.
    const q = chaotic.qStar as number;
    const chi1 = 2.25 * gaussianExpectation((x) => (1 - Math.tanh(x) ** 2) ** 2, 0, Math.sqrt(q));
    expect(chaotic.chi1).toBeCloseTo(chi1, 10);
    expect(chaotic.chi1 as number).toBeGreaterThan(1);
    // Odd f, no bias: ρ* = 0, where the inputs are independent, so
    // χ_c = c²·E[f′(u)]² is a 1-D integral.
    expect(chaotic.rhoStar).toBeCloseTo(0, 9);
    const chiC = 2.25 * gaussianExpectation((x) => 1 - Math.tanh(x) ** 2, 0, Math.sqrt(q)) ** 2;
    expect(chaotic.chiC).toBeCloseTo(chiC, 7);
    expect(chaotic.xiC).toBeCloseTo(-1 / Math.log(chiC), 4);
  });

  it('χ_q is the slope of the q-map dq′/dq at q* (finite differences) and ξ_q = −1/ln χ_q', () => {
    const opts = { c: 1.3, biasStd: 0.2 };
    const mf = meanField('tanh', opts);
    const qMap = (q: number): number => opts.c ** 2 * lengthMap('tanh', Math.sqrt((q - 0.04) / opts.c ** 2), opts) ** 2 + 0.04;
    const q = mf.qStar as number;
    expect(qMap(q)).toBeCloseTo(q, 11);
    const h = 1e-5;
    expect(mf.chiQ).toBeCloseTo((qMap(q + h) - qMap(q - h)) / (2 * h), 7);
    expect(mf.xiQ).toBeCloseTo(-1 / Math.log(mf.chiQ as number), 8);
  });

  it('sStar is the limit of iterating the length map from s0, from above and from below', () => {
    const limit = (name: string, c: number, s0: number): number => iterateLengthMap(name, s0, 400, { c }).at(-1) as number;
    for (const [name, c, s0] of [['tanh', 2, 1], ['tanh', 2, 0.01], ['sin', Math.SQRT2, 5], ['erf', 1.5, 3]] as const) {
      expect(meanField(name, { c, s0 }).sStar).toBeCloseTo(limit(name, c, s0), 10);
    }
  });

  it('relu: χ₁ = c²/2 at every q; diverging lengths above c = √2', () => {
    const mf = meanField('relu', { c: 1.2, biasStd: 0.3 });
    expect(mf.chi1).toBeCloseTo(0.72, 12);
    expect(mf.phase).toBe('ordered');
    expect(meanField('relu', { c: 1.6 }).phase).toBe('divergent');
  });

  it('chaotic with bias noise: ρ* is a fixed point of the correlation map in (0, 1)', () => {
    const mf = meanField('erf', { c: 2, biasStd: 0.3 });
    expect(mf.phase).toBe('chaotic');
    const rho = mf.rhoStar as number;
    expect(rho).toBeGreaterThan(0);
    expect(rho).toBeLessThan(1);
    expect(mf.chiC as number).toBeLessThan(1);
  });
});

describe('criticalScale', () => {
  it('tanh: c = 1; relu: c = √2 (He et al. 2015); erf: c = √π/2 (χ₁ = 4c²/π at q* = 0)', () => {
    // Just above the critical c of tanh and erf, q* ∝ c − 1 is tiny and χ₁ − 1
    // is resolved to about 1e-8 in c.
    expect(criticalScale('tanh')?.c).toBeCloseTo(1, 6);
    expect(criticalScale('relu')?.c).toBeCloseTo(Math.SQRT2, 9);
    expect(criticalScale('erf')?.c).toBeCloseTo(Math.sqrt(Math.PI) / 2, 6);
  });

  it('tanh with σ_b = 0.3: χ₁ = 1 at the returned c, ordered just below, chaotic just above', () => {
    const crit = criticalScale('tanh', { biasStd: 0.3 });
    expect(crit).not.toBeNull();
    const c = crit?.c as number;
    expect(c).toBeGreaterThan(1);
    expect(Math.abs((meanField('tanh', { c, biasStd: 0.3 }).chi1 as number) - 1)).toBeLessThan(1e-9);
    expect(meanField('tanh', { c: c - 0.02, biasStd: 0.3 }).phase).toBe('ordered');
    expect(meanField('tanh', { c: c + 0.02, biasStd: 0.3 }).phase).toBe('chaotic');
  });

  it('returns null when χ₁ never crosses 1 in range, or only jumps across it', () => {
    expect(criticalScale('tanh', { cMin: 0.1, cMax: 0.9 })).toBeNull();
    // gelu (f′(0) = ½): the zero fixed point is ordered (χ₁ = c²/4) until the
    // lengths jump to divergence near c = 1.47, never passing χ₁ = 1.
    expect(meanField('gelu', { c: 1.46 })).toMatchObject({ sStar: 0, phase: 'ordered' });
    expect(meanField('gelu', { c: 1.47 }).phase).toBe('divergent');
    expect(criticalScale('gelu')).toBeNull();
    expect(() => criticalScale('tanh', { cMin: 2, cMax: 1 })).toThrow(/opts.cMax/);
  });
});

describe('phaseDiagram', () => {
  it('agrees with meanField cell by cell, reports progress and traces the edge of chaos', async () => {
    const progress: number[] = [];
    const data = await phaseDiagram('tanh', { cs: [0.8, 1.2, 2], biasStds: [0, 0.2], onProgress: (p) => progress.push(p.done) });
    expect(progress).toEqual([1, 2]);
    expect(data.cells.length).toBe(6);
    for (const cell of data.cells) {
      expect(cell.phase).toBe(meanField('tanh', { c: cell.c, biasStd: cell.biasStd }).phase);
    }
    expect(data.criticalLine[0]?.c).toBeCloseTo(1, 6);
    expect(data.criticalLine[1]?.c as number).toBeGreaterThan(1);
  });

  it('can be cancelled', async () => {
    const ctl = new AbortController();
    const p = phaseDiagram('tanh', { cs: [1, 2], biasStds: [0, 0.1, 0.2], signal: ctl.signal, onProgress: () => ctl.abort() });
    await expect(p).rejects.toMatchObject({ code: 'ABORTED' });
    await expect(phaseDiagram('tanh', { cs: [] })).rejects.toThrow(/opts.cs/);
  });
});
