import { Rng, glorotNormal, heNormal, sirenHidden } from '@mlpinit/core';
import { describe, expect, it } from 'vitest';
import { lengthMapCurves } from './length-map-curves.js';
import { SCHEMES, getScheme } from './schemes.js';

/** d_in · Var(W) of a draw, i.e. the c² the flow of variance sees. */
function scaleSquared(draw: Float32Array, fanIn: number): number {
  let sum = 0;
  for (const v of draw) sum += v * v;
  return (sum / draw.length) * fanIn;
}

describe('SCHEMES', () => {
  it('pairs each scheme with its activation and a c that matches core’s initializer', () => {
    const rng = new Rng(3);
    const d = 400;
    // Square layers: Glorot's 2/(d_in + d_out) is 1/d_in, so c = 1.
    expect(scaleSquared(glorotNormal(d, d, rng), d)).toBeCloseTo(SCHEMES.glorot.c ** 2, 1);
    expect(scaleSquared(heNormal(d, d, rng), d)).toBeCloseTo(SCHEMES.he.c ** 2, 1);
    // SIREN hidden layers, U(±√(6/d_in)): variance 2/d_in.
    expect(scaleSquared(sirenHidden(d, d, rng), d)).toBeCloseTo(SCHEMES.siren.c ** 2, 1);
    expect([SCHEMES.glorot.activation, SCHEMES.he.activation, SCHEMES.siren.activation]).toEqual(['tanh', 'relu', 'sin']);
  });

  it('looks schemes up by name and rejects unknown ones', () => {
    expect(getScheme('he')).toBe(SCHEMES.he);
    expect(() => getScheme('lecun')).toThrow(/unknown scheme "lecun"/);
  });

  it('lengthMapCurves accepts custom schemes and validates its options', () => {
    const data = lengthMapCurves({ schemes: [{ label: 'erf, c = 2', activation: 'erf', c: 2 }], sMax: 2, points: 5 });
    expect(data.curves.map((p) => p.s)).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(data.fixedPoints.map((p) => p.stable)).toEqual([false, true]);
    expect(() => lengthMapCurves({ points: 1 })).toThrow(/opts.points/);
    expect(() => lengthMapCurves({ schemes: [] })).toThrow(/opts.schemes/);
  });
});
