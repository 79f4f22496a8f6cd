import { describe, expect, it } from 'vitest';
import { correlationFixedPoint, correlationMap, correlationMapSlope } from './correlation-map.js';
import { meanField } from './mean-field.js';
import { erfPair, reluPair, sinPair } from './test-utils/closed-forms.js';

describe('correlationMap against closed forms', () => {
  const rhos = [-0.9, -0.3, 0, 0.4, 0.8, 0.99];
  it('relu: arc-cosine kernel (Cho & Saul 2009)', () => {
    for (const q of [0.5, 2, 9]) for (const rho of rhos) for (const [c, sb] of [[1, 0], [1.5, 0.3]] as const) {
      const exact = (c * c * reluPair(q, rho) + sb * sb) / q;
      expect(Math.abs(correlationMap('relu', rho, { c, biasStd: sb, q }) - exact)).toBeLessThan(1e-8);
    }
  });

  it('erf: (2/π)·arcsin(2ρq/(1 + 2q)) (Williams 1997)', () => {
    for (const q of [0.3, 1, 4]) for (const rho of rhos) {
      const exact = (2 * erfPair(q, rho)) / q;
      expect(Math.abs(correlationMap('erf', rho, { c: Math.SQRT2, q }) - exact)).toBeLessThan(1e-8);
    }
  });

  it('sin: ½(e^{−q(1−ρ)} − e^{−q(1+ρ)})', () => {
    for (const q of [0.3, 1, 3]) for (const rho of rhos) {
      expect(Math.abs(correlationMap('sin', rho, { c: 1, q }) - sinPair(q, rho) / q)).toBeLessThan(1e-8);
    }
  });

  it('fixes ρ = 1 at q = q* and its slope is c²·E[f′(u₁)f′(u₂)] (Poole et al. 2016, Eq. 7)', () => {
    for (const name of ['tanh', 'erf', 'relu', 'gelu']) {
      // Without opts.q the map runs at the length fixed point q*.
      expect(correlationMap(name, 1, { c: 1.2, biasStd: 0.2 })).toBeCloseTo(1, 7);
      const q = 1.3;
      // Finite-difference slope of the map just below ρ = 1.
      const d = 1e-4;
      const fd = (correlationMap(name, 1 - d / 2, { c: 1.2, biasStd: 0.2, q }) - correlationMap(name, 1 - 1.5 * d, { c: 1.2, biasStd: 0.2, q })) / d;
      const chiNear = correlationMapSlope(name, 1 - d, { c: 1.2, biasStd: 0.2, q });
      expect(Math.abs(fd - chiNear)).toBeLessThan(1e-4);
    }
  });

  it('the slope of the relu map is c²(π − θ)/(2π) (derivative of the arc-cosine kernel)', () => {
    for (const rho of [-0.5, 0, 0.5, 0.9]) {
      const th = Math.acos(rho);
      expect(correlationMapSlope('relu', rho, { c: 2, q: 1 })).toBeCloseTo((4 * (Math.PI - th)) / (2 * Math.PI), 8);
    }
  });

  it('correlationFixedPoint: ρ* = 1 when ordered, a root of the map below 1 when chaotic, as in meanField', () => {
    expect(correlationFixedPoint('tanh', { c: 0.9, biasStd: 0.1 })).toMatchObject({ rho: 1, stable: true });
    const fp = correlationFixedPoint('erf', { c: 2, biasStd: 0.3 });
    expect(fp.rho).toBeGreaterThan(0);
    expect(fp.rho).toBeLessThan(1);
    expect(correlationMap('erf', fp.rho, { c: 2, biasStd: 0.3, q: fp.qStar })).toBeCloseTo(fp.rho, 7);
    expect(fp.stable).toBe(true);
    const mf = meanField('erf', { c: 2, biasStd: 0.3 });
    expect(fp.rho).toBeCloseTo(mf.rhoStar as number, 8);
    expect(fp.slope).toBeCloseTo(mf.chiC as number, 8);
    // Relu's map at σ_b = 0: ρ* = 1 at the critical scale, marginal.
    expect(correlationFixedPoint('relu', { c: Math.SQRT2 })).toMatchObject({ rho: 1, stable: false });
  });

  it('rejects ρ outside [−1, 1] and diverging lengths without q', () => {
    expect(() => correlationMap('tanh', 1.5)).toThrow(/rho: expected a correlation in \[-1, 1\]/);
    expect(() => correlationMap('relu', 0.5, { c: 3 })).toThrow(/opts.q/);
  });
});
