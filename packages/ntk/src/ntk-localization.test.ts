import { createMlp } from '@mlpinit/core';
import { describeBackends, expectMlpinitError } from '@mlpinit/core/testing';
import { describe, expect, it } from 'vitest';
import { empiricalNtk } from './empirical-ntk.js';
import { ntkLocalization } from './ntk-localization.js';

const grid = (n: number, lo: number, hi: number): number[] => Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));
const gaussian = (pts: number[][], ell: number): number[][] =>
  pts.map((a) =>
    pts.map((b) => {
      const d2 = a.reduce((s, v, k) => s + (v - (b[k] as number)) ** 2, 0);
      return 3 * Math.exp(-d2 / (2 * ell * ell));
    }),
  );

describe('ntkLocalization', () => {
  it('1-D Gaussian kernel: half-width ℓ√(2 ln 2), RMS width ℓ/√2, ~ℓ√π/Δ neighbours', () => {
    const ell = 0.05;
    const x = grid(401, -1, 1);
    const loc = ntkLocalization(gaussian(x.map((v) => [v]), ell), x);
    expect(loc.censored).toBe(0);
    expect(loc.meanHalfWidth).toBeCloseTo(ell * Math.sqrt(2 * Math.LN2), 3);
    // Points a little inside the ends see a truncated kernel on one side, which lowers the mean slightly.
    expect(Math.abs(loc.rmsWidth / (ell / Math.SQRT2) - 1)).toBeLessThan(0.015);
    // Points within a few ℓ of the ends see only half of the kernel, hence the 5 % tolerance.
    expect(loc.effectiveNeighbours / ((ell * Math.sqrt(Math.PI)) / 0.005)).toBeGreaterThan(0.95);
    expect(loc.effectiveNeighbours / ((ell * Math.sqrt(Math.PI)) / 0.005)).toBeLessThan(1);
    // The normalised kernel has a unit diagonal and the (scale-free) Gaussian shape.
    expect(loc.normalized.values[0]).toBeCloseTo(1, 12);
    expect(loc.normalized.values[1]).toBeCloseTo(Math.exp(-(0.005 ** 2) / (2 * ell * ell)), 12);
  });

  it('1-D half-width does not depend on point order or spacing', () => {
    const ell = 0.2;
    const x = grid(81, -1, 1).map((v) => Math.sign(v) * v * v);
    const shuffled = [...x].reverse();
    const a = ntkLocalization(gaussian(x.map((v) => [v]), ell), x);
    const b = ntkLocalization(gaussian(shuffled.map((v) => [v]), ell), shuffled);
    expect(a.meanHalfWidth).toBeCloseTo(b.meanHalfWidth, 12);
    expect(a.meanHalfWidth / (ell * Math.sqrt(2 * Math.LN2))).toBeCloseTo(1, 1);
  });

  it('2-D Gaussian kernel: radial half-width ℓ√(2 ln 2) and RMS width ℓ', () => {
    const ell = 0.15;
    const g = grid(41, -1, 1);
    const pts = g.flatMap((u) => g.map((v) => [u, v]));
    const loc = ntkLocalization(gaussian(pts, ell), pts);
    expect(loc.meanHalfWidth / (ell * Math.sqrt(2 * Math.LN2))).toBeCloseTo(1, 1);
    expect(Math.abs(loc.meanHalfWidth / (ell * Math.sqrt(2 * Math.LN2)) - 1)).toBeLessThan(0.03);
    expect(Math.abs(loc.rmsWidth / ell - 1)).toBeLessThan(0.03);
  });

  it('counts clusters as effective neighbours and censors kernels that never fall below 1/2', () => {
    // Block-diagonal kernel with blocks of 4: exactly 4 effective neighbours.
    const x = grid(12, 0, 1);
    const blocks = x.map((_, i) => x.map((__, j) => (Math.floor(i / 4) === Math.floor(j / 4) ? 2 : 0)));
    const loc = ntkLocalization(blocks, x);
    expect(loc.effectiveNeighbours).toBeCloseTo(4, 12);
    const flat = x.map(() => x.map(() => 1));
    const wide = ntkLocalization(flat, x);
    expect(wide.censored).toBe(12);
    // Censored: the distance to the farthest point, a lower bound (1 at both ends, 6/11 in the middle).
    expect(wide.halfWidths[0]).toBeCloseTo(1, 12);
    expect(wide.halfWidths[6]).toBeCloseTo(6 / 11, 12);
  });

  it('rejects bad kernels with typed errors', () => {
    const bad = (fn: () => unknown, code: string): void => {
      expectMlpinitError(fn, { code, param: 'K' });
    };
    bad(() => ntkLocalization([[1, 0]], [0]), 'SHAPE_MISMATCH');
    bad(() => ntkLocalization([[1, 0], [0, 1]], [0, 1, 2]), 'SHAPE_MISMATCH');
    bad(() => ntkLocalization([[1, 0], [0, 0]], [0, 1]), 'INVALID_ARGUMENT');
    bad(() => ntkLocalization([[1, Number.NaN], [0, 1]], [0, 1]), 'NON_FINITE');
  });
});

describeBackends('NTK locality of deep tanh MLPs', () => {
  it('a larger per-layer weight scale c (as GO produces) gives a smaller half-width than c = 1', async () => {
    const x = grid(41, -1, 1);
    const depth = 8;
    const sizes = [1, ...new Array<number>(depth).fill(32), 1];
    for (const seed of [1, 2]) {
      const halfWidth = async (c: number): Promise<number> => {
        const mlp = createMlp({ sizes, activation: 'tanh', init: 'fan-in-normal', layerScales: new Array<number>(depth).fill(c), seed });
        const K = await empiricalNtk(mlp, x);
        mlp.dispose();
        return ntkLocalization(K, x).meanHalfWidth;
      };
      const one = await halfWidth(1);
      const large = await halfWidth(3);
      expect(large).toBeLessThan(0.7 * one);
    }
  });
});
