import * as tf from '@tensorflow/tfjs-core';
import { MlpinitError, Rng, getActivation, registerActivation } from '@mlpinit/core';
import { describeBackends } from '@mlpinit/core/testing';
import { describe, expect, it } from 'vitest';
import { iterateLengthMap, lengthMap, lengthMapSlope } from './length-map.js';
import {
  erfSecondMoment,
  lengthFrom,
  linearSecondMoment,
  reluSecondMoment,
  sinSecondMoment,
  trapezoidSecondMoment,
} from './test-utils/closed-forms.js';

const relErr = (a: number, b: number): number => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);
const S = [0, 0.01, 0.3, 1, 2.5, 5, 7.5, 10];
const C = [0.5, 1, Math.SQRT2, 2, 3];

describe('lengthMap against closed forms', () => {
  it('linear: √(c²s² + σ_b² + b²) to 1e-12', () => {
    for (const s of S) for (const c of C) for (const [b, sb] of [[0, 0], [0.5, 0.3]] as const) {
      expect(relErr(lengthMap('linear', s, { c, bias: b, biasStd: sb }), lengthFrom(linearSecondMoment, s, c, b, sb))).toBeLessThan(1e-12);
    }
  });

  it('relu (kink at 0): (σ² + b²)Φ(b/σ) + bσφ(b/σ) to 1e-9', () => {
    for (const s of S) for (const c of C) // b = −0.7, σ_b = 0.5 keeps the closed form well conditioned (no Φ(−7) cancellation).
    for (const [b, sb] of [[0, 0], [0.5, 0.3], [-0.7, 0.5]] as const) {
      expect(relErr(lengthMap('relu', s, { c, bias: b, biasStd: sb }), lengthFrom(reluSecondMoment, s, c, b, sb))).toBeLessThan(1e-9);
    }
  });

  it('sin (oscillatory, up to c·s = 30): ½(1 − cos 2b·e^{−2σ²}) to 1e-9', () => {
    for (const s of S) for (const c of C) for (const [b, sb] of [[0, 0], [0.4, 0.2]] as const) {
      expect(relErr(lengthMap('sin', s, { c, bias: b, biasStd: sb }), lengthFrom(sinSecondMoment, s, c, b, sb))).toBeLessThan(1e-9);
    }
  });

  it('erf: (2/π)·arcsin(2σ²/(1 + 2σ²)) to 1e-9', () => {
    for (const s of S) for (const c of C) for (const sb of [0, 0.4]) {
      expect(relErr(lengthMap('erf', s, { c, biasStd: sb }), lengthFrom(erfSecondMoment, s, c, 0, sb))).toBeLessThan(1e-9);
    }
  });

  it('smooth activations without closed form agree with a fine trapezoidal rule to 1e-9 (s ≤ 10)', () => {
    for (const name of ['tanh', 'gelu', 'silu', 'sigmoid', 'softplus']) {
      const f = getActivation(name).scalar;
      for (const s of [0.2, 1, 3, 10]) for (const c of [1, 2]) {
        const sigma = Math.hypot(c * s, 0.1);
        const ref = Math.sqrt(trapezoidSecondMoment(f, sigma, 0.3));
        expect(relErr(lengthMap(name, s, { c, bias: 0.3, biasStd: 0.1 }), ref)).toBeLessThan(1e-9);
      }
    }
  });

  it('resolves custom oscillatory activations of high frequency: sin(13x) without aliasing', () => {
    registerActivation({ name: 'sin13-test', apply: (x) => tf.sin(tf.mul(x, 13)), scalar: (x) => Math.sin(13 * x), derivative: (x) => 13 * Math.cos(13 * x), oscillatory: true });
    for (let i = 1; i <= 40; i++) for (const b of [0, 0.3]) {
      const s = i * 0.17;
      const exact = 0.5 * (1 - Math.cos(26 * b) * Math.exp(-2 * 169 * s * s));
      expect(relErr(lengthMap('sin13-test', s, { bias: b }), Math.sqrt(exact))).toBeLessThan(1e-9);
    }
  });

  it('works for a registered custom activation: f(x) = x³ gives E[(σz)⁶] = 15σ⁶', () => {
    registerActivation({ name: 'cube-test', apply: (x) => tf.pow(x, 3), scalar: (x) => x ** 3, derivative: (x) => 3 * x * x });
    expect(relErr(lengthMap('cube-test', 1.3, { c: 0.9 }), Math.sqrt(15 * (0.9 * 1.3) ** 6))).toBeLessThan(1e-12);
  });
});

describe('lengthMapSlope', () => {
  it('matches the derivatives of the closed forms', () => {
    const cases: [string, (s: number, c: number) => number][] = [
      ['linear', (s, c) => (c * c * s) / Math.sqrt(c * c * s * s + 0.09)],
      ['relu', () => 0],
      ['sin', () => 0],
      ['erf', () => 0],
    ];
    for (const [name] of cases) {
      for (const s of [0.1, 0.7, 2, 6]) for (const c of [0.5, 1, 2]) {
        const m = name === 'relu' ? reluSecondMoment : name === 'sin' ? sinSecondMoment : name === 'erf' ? (sg: number) => erfSecondMoment(sg) : linearSecondMoment;
        const b = name === 'erf' ? 0 : 0.2;
        const L = (x: number): number => lengthFrom(m, x, c, b, 0.3);
        // Central difference of the closed form (truncation error ~h²).
        const h = 1e-5 * Math.max(1, s);
        const fd = (L(s + h) - L(s - h)) / (2 * h);
        expect(Math.abs(lengthMapSlope(name, s, { c, bias: b, biasStd: 0.3 }) - fd)).toBeLessThan(1e-7 * Math.max(1, Math.abs(fd)));
      }
    }
  });

  it('matches finite differences of the quadrature for tanh, gelu, silu', () => {
    for (const name of ['tanh', 'gelu', 'silu']) for (const s of [0.2, 1, 4]) {
      const h = 1e-5;
      const fd = (lengthMap(name, s + h, { c: 1.5, bias: 0.1 }) - lengthMap(name, s - h, { c: 1.5, bias: 0.1 })) / (2 * h);
      expect(Math.abs(lengthMapSlope(name, s, { c: 1.5, bias: 0.1 }) - fd)).toBeLessThan(1e-7);
    }
  });

  it('gives the one-sided slope at s = 0: c·|f′(0)| for tanh, c/√2 for relu, 0 when f(b) ≠ 0', () => {
    expect(lengthMapSlope('tanh', 0, { c: 1.7 })).toBeCloseTo(1.7, 12);
    expect(lengthMapSlope('relu', 0, { c: 2 })).toBeCloseTo(Math.SQRT2, 12);
    expect(lengthMapSlope('relu', 0, { c: 2 })).toBeCloseTo(lengthMap('relu', 1e-3, { c: 2 }) / 1e-3, 10);
    expect(lengthMapSlope('tanh', 0, { c: 1, bias: 0.5 })).toBe(0);
  });
});

describe('iterateLengthMap', () => {
  it('returns s_0 … s_depth, equal to a plain loop', () => {
    const seq = iterateLengthMap('tanh', 1, 30, { c: 1 });
    expect(seq.length).toBe(31);
    let s = 1;
    for (let l = 1; l <= 30; l++) {
      s = lengthMap('tanh', s, { c: 1 });
      expect(seq[l]).toBe(s);
    }
    // Glorot's tanh network collapses (Wang & Perdikaris 2021, Fig. 1).
    expect(seq[30] as number).toBeLessThan(0.25);
    expect(iterateLengthMap('relu', 2, 0)).toEqual([2]);
  });
});

describe('input validation', () => {
  const code = (fn: () => unknown): [string, string | undefined] => {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(MlpinitError);
      return [(e as MlpinitError).code, (e as MlpinitError).param];
    }
    throw new Error('expected a throw');
  };
  it('names the bad parameter', () => {
    expect(code(() => lengthMap('nope', 1))).toEqual(['UNKNOWN_ACTIVATION', 'activation']);
    expect(code(() => lengthMap('tanh', -1))).toEqual(['INVALID_ARGUMENT', 's']);
    expect(code(() => lengthMap('tanh', Number.NaN))).toEqual(['INVALID_ARGUMENT', 's']);
    expect(code(() => lengthMap('tanh', 1, { c: Number.POSITIVE_INFINITY }))).toEqual(['INVALID_ARGUMENT', 'opts.c']);
    expect(code(() => lengthMap('tanh', 1, { c: Number.NaN }))).toEqual(['INVALID_ARGUMENT', 'opts.c']);
    expect(code(() => lengthMapSlope('tanh', 1, { biasStd: -1 }))).toEqual(['INVALID_ARGUMENT', 'opts.biasStd']);
    expect(code(() => iterateLengthMap('tanh', 1, -1))).toEqual(['INVALID_ARGUMENT', 'depth']);
    expect(code(() => iterateLengthMap('tanh', 1, 2.5))).toEqual(['INVALID_ARGUMENT', 'depth']);
    expect(code(() => iterateLengthMap('tanh', 1, 1e7))).toEqual(['INVALID_ARGUMENT', 'depth']);
  });

  it('never returns NaN or Infinity: overflowing or NaN activations throw NON_FINITE', () => {
    const base = { apply: (x: tf.Tensor) => x, derivative: () => 1 };
    registerActivation({ ...base, name: 'overflow-test', scalar: (x) => Math.exp(x * x) });
    registerActivation({ ...base, name: 'nan-test', scalar: () => Number.NaN });
    expect(code(() => lengthMap('overflow-test', 10))).toEqual(['NON_FINITE', 'activation']);
    expect(code(() => lengthMap('nan-test', 1))).toEqual(['NON_FINITE', 'activation']);
    // An object without scalar forms is refused up front.
    expect(code(() => lengthMap({ name: 'bare' } as never, 1))).toEqual(['INVALID_ARGUMENT', 'activation']);
  });
});

/**
 * Monte Carlo with the activations' tensor forms on each backend: an
 * independent implementation (tfjs kernels in float32, seeded draws).
 */
describeBackends('lengthMap against Monte Carlo', () => {
  const n = 200_000;
  it.each(['tanh', 'gelu', 'silu'])('%s agrees within 4 standard errors', (name) => {
    const rng = new Rng(7);
    const z = rng.normalArray(n);
    const xi = rng.normalArray(n);
    for (const [s, c, b, sb] of [[1, 1, 0, 0], [2, 1.5, 0.3, 0.2], [0.5, 3, -0.2, 0]] as const) {
      const [mean, sq] = tf.tidy(() => {
        const x = tf.add(tf.add(tf.mul(tf.tensor1d(z), c * s), b), tf.mul(tf.tensor1d(xi), sb));
        const f2 = tf.square(getActivation(name).apply(x));
        const m = tf.mean(f2);
        return [m.dataSync()[0] as number, tf.mean(tf.square(f2)).dataSync()[0] as number];
      });
      const se = Math.sqrt((sq - mean * mean) / n);
      const q = lengthMap(name, s, { c, bias: b, biasStd: sb }) ** 2;
      expect(Math.abs(q - mean)).toBeLessThan(4 * se);
    }
  });
});
