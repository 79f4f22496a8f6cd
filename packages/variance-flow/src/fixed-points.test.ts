import * as tf from '@tensorflow/tfjs-core';
import { MlpinitError, registerActivation } from '@mlpinit/core';
import { describe, expect, it } from 'vitest';
import { fixedPoints } from './fixed-points.js';
import { iterateLengthMap, lengthMap, lengthMapSlope } from './length-map.js';
import { bisect, erfSecondMoment, sinSecondMoment } from './test-utils/closed-forms.js';

describe('fixedPoints', () => {
  it('sin with c = √2 (SIREN): 0 (unstable, slope √2) and the root of s² = ½(1 − e^{−4s²})', () => {
    const fps = fixedPoints('sin', { c: Math.SQRT2 });
    expect(fps.length).toBe(2);
    const [zero, star] = fps as [(typeof fps)[0], (typeof fps)[0]];
    expect(zero).toEqual({ s: 0, slope: expect.closeTo(Math.SQRT2, 12), stable: false, stability: 'unstable' });
    const exact = bisect((s) => Math.sqrt(sinSecondMoment(Math.SQRT2 * s, 0)) - s, 0.1, 5);
    expect(star.s).toBeCloseTo(exact, 11);
    // Slope of the closed form: d/ds √(½(1 − e^{−4s²})) = 2s·e^{−4s²}/L.
    expect(star.slope).toBeCloseTo((2 * exact * Math.exp(-4 * exact * exact)) / exact, 9);
    expect(star.stable).toBe(true);
  });

  it('tanh with c = 1 (Glorot): only s* = 0, marginal (slope 1, not |slope| < 1)', () => {
    expect(fixedPoints('tanh', { c: 1 })).toEqual([{ s: 0, slope: expect.closeTo(1, 12), stable: false, stability: 'marginally stable' }]);
    // Independently: iterating the map from s = 0.5 falls monotonically towards 0, slowly (the collapse of Figure 1).
    const path = iterateLengthMap('tanh', 0.5, 2000, { c: 1 });
    for (let i = 1; i < path.length; i++) expect(path[i] as number).toBeLessThan(path[i - 1] as number);
    expect(path[path.length - 1] as number).toBeLessThan(0.05);
    expect(path[path.length - 1] as number).toBeGreaterThan(0);
  });

  it('tanh with c = 2: 0 unstable and a stable s* > 0 that iteration converges to', () => {
    const fps = fixedPoints('tanh', { c: 2 });
    expect(fps.map((p) => p.stable)).toEqual([false, true]);
    expect(fps.map((p) => p.stability)).toEqual(['unstable', 'stable']);
    const star = fps[1]?.s as number;
    let s = 3;
    for (let i = 0; i < 200; i++) s = lengthMap('tanh', s, { c: 2 });
    expect(star).toBeCloseTo(s, 11);
    expect(fps[1]?.slope).toBeCloseTo(lengthMapSlope('tanh', star, { c: 2 }), 12);
  });

  it('erf with bias noise: the single fixed point matches bisection on the closed form', () => {
    const fps = fixedPoints('erf', { c: 1.2, biasStd: 0.3 });
    expect(fps.length).toBe(1);
    const exact = bisect((s) => Math.sqrt(erfSecondMoment(Math.hypot(1.2 * s, 0.3))) - s, 0.01, 5);
    expect(fps[0]?.s).toBeCloseTo(exact, 11);
    expect(fps[0]?.stable).toBe(true);
  });

  it('relu with c = 1: 0 is stable with the one-sided slope 1/√2; at c = √2 the map is the identity', () => {
    expect(fixedPoints('relu', { c: 1 })).toEqual([{ s: 0, slope: expect.closeTo(Math.SQRT1_2, 12), stable: true, stability: 'stable' }]);
    const id = fixedPoints('relu', { c: Math.SQRT2, sMax: 3 });
    expect(id.map((p) => p.s)).toEqual([0, 3]);
    // The ends of an interval of fixed points are neutral, not unstable.
    expect(id.map((p) => p.stability)).toEqual(['neutral', 'neutral']);
    expect(id.every((p) => Math.abs(p.slope - 1) < 1e-9)).toBe(true);
  });

  it('finds a tangential (double) root', () => {
    // f(x) = a·x + d·x³ with d = −1/√10, a = −5d gives, at c = 1,
    // L(s)² − s² = a²s² + 6ad·s⁴ + 15d²·s⁶ − s² = 1.5·s²(s² − 1)² ≥ 0:
    // L touches the identity at s = 1 without crossing it.
    const d = -1 / Math.sqrt(10);
    const a = -5 * d;
    registerActivation({
      name: 'touch-test',
      apply: (x) => tf.add(tf.mul(x, a), tf.mul(tf.pow(x, 3), d)),
      scalar: (x) => a * x + d * x ** 3,
      derivative: (x) => a + 3 * d * x * x,
    });
    const fps = fixedPoints('touch-test', { sMax: 3 });
    expect(fps.map((p) => p.s)).toEqual([0, expect.closeTo(1, 5)]);
    expect(fps[1]?.slope).toBeCloseTo(1, 5);
    expect(fps[1]?.stable).toBe(false);
    // Linear with c < 1 and a bias: √(c²s² + b²) = s at s = b/√(1 − c²).
    const lin = fixedPoints('linear', { c: 0.6, bias: 0.8 });
    expect(lin.map((p) => p.s)).toEqual([expect.closeTo(1, 11)]);
  });

  it('a fixed point with slope 1 that repels is marginally unstable', () => {
    // f(x) = x + x³/10 at c = 1: L(s)² = s² + 0.6·s⁴ + 0.15·s⁶ > s² for s > 0, slope 1 at 0.
    registerActivation({
      name: 'cubic-up-test',
      apply: (x) => tf.add(x, tf.mul(tf.pow(x, 3), 0.1)),
      scalar: (x) => x + 0.1 * x ** 3,
      derivative: (x) => 1 + 0.3 * x * x,
    });
    const [zero] = fixedPoints('cubic-up-test', { sMax: 2 });
    expect(zero?.s).toBe(0);
    expect(zero?.slope).toBeCloseTo(1, 9);
    expect(zero?.stability).toBe('marginally unstable');
    // The closed form of L(s) − s above 0 is positive: lengths move away.
    const s = 0.1;
    expect(Math.sqrt(s * s + 0.6 * s ** 4 + 0.15 * s ** 6)).toBeGreaterThan(s);
    expect(lengthMap('cubic-up-test', s)).toBeCloseTo(Math.sqrt(s * s + 0.6 * s ** 4 + 0.15 * s ** 6), 12);
  });

  it('rejects bad options', () => {
    expect(() => fixedPoints('tanh', { sMax: 0 })).toThrow(MlpinitError);
    expect(() => fixedPoints('tanh', { sMax: Number.NaN })).toThrow(/opts.sMax/);
    expect(() => fixedPoints('tanh', { c: -1 })).toThrow(/opts.c/);
    expect(() => fixedPoints('bogus')).toThrow(/unknown activation/);
  });
});
