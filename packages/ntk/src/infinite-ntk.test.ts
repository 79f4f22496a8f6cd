import { Rng, createMlp, getActivation, mlpFromWeights } from '@mlpinit/core';

import { describeBackends, expectMlpinitError } from '@mlpinit/core/testing';
import { describe, expect, it } from 'vitest';
import { DUAL_KERNELS } from './dual-kernels.js';
import { empiricalNtk } from './empirical-ntk.js';
import { infiniteNtk } from './infinite-ntk.js';
import { relFrobenius } from './test-utils/plain-mlp.js';

const erf = getActivation('erf').scalar;

describe('dual kernels', () => {
  // Monte Carlo with 4·10⁵ correlated Gaussian pairs from core's seeded Rng.
  const cases = [
    [0.7, 1.3, 0.4],
    [2.0, 0.5, -0.6],
    [1.0, 1.0, 0.95],
  ] as const;
  for (const [name, dual] of Object.entries(DUAL_KERNELS)) {
    const phi = name === 'relu' ? (u: number) => Math.max(u, 0) : (u: number) => erf(u);
    const dphi = name === 'relu' ? (u: number) => (u > 0 ? 1 : 0) : (u: number) => (2 / Math.sqrt(Math.PI)) * Math.exp(-u * u);
    it(`${name}: closed forms match Monte Carlo`, () => {
      for (const [a, b, s] of cases) {
        const rng = new Rng(11);
        const M = 400_000;
        let ev = 0;
        let ed = 0;
        const l11 = Math.sqrt(a);
        const l21 = s / l11;
        const l22 = Math.sqrt(b - l21 * l21);
        for (let m = 0; m < M; m++) {
          const g1 = rng.normal();
          const g2 = rng.normal();
          const u = l11 * g1;
          const v = l21 * g1 + l22 * g2;
          ev += phi(u) * phi(v);
          ed += dphi(u) * dphi(v);
        }
        expect(dual.value(a, b, s)).toBeCloseTo(ev / M, 2);
        expect(dual.derivative(a, b, s)).toBeCloseTo(ed / M, 2);
      }
    });
  }
});


/** An MLP of the infiniteNtk family with N(0, biasStd²) biases, from core's seeded Rng. */
function familyMlp(act: 'relu' | 'erf', d: number, n: number, depth: number, c: number, biasStd: number, seed: number) {
  const sizes = [d, ...new Array<number>(depth).fill(n), 1];
  if (biasStd === 0) return createMlp({ sizes, activation: act, init: 'fan-in-normal', layerScales: new Array<number>(depth).fill(c), seed });
  const rng = new Rng(seed);
  const weights: number[][][] = [];
  const biases: number[][] = [];
  for (let l = 0; l <= depth; l++) {
    const din = sizes[l] as number;
    const dout = sizes[l + 1] as number;
    const std = (l < depth ? c : 1) / Math.sqrt(din);
    weights.push(Array.from({ length: din }, () => Array.from(rng.normalArray(dout, std))));
    biases.push(Array.from(rng.normalArray(dout, biasStd)));
  }
  return mlpFromWeights({ activation: act, weights, biases });
}

describeBackends('infiniteNtk vs wide networks', () => {
  const x = [
    [0.6, -0.8],
    [1, 0.2],
    [-0.3, 0.5],
    [0.1, 0.9],
    [-1, -0.4],
  ];
  const seeds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  const families = [
    { activation: 'relu', c: Math.SQRT2, biasStd: 0, widths: [64, 256, 1024] },
    { activation: 'erf', c: 1.5, biasStd: 0, widths: [64, 256, 1024] },
    { activation: 'erf', c: 1.2, biasStd: 0.3, widths: [64, 512] },
  ] as const;
  for (const fam of families) {
    it(`${fam.activation}, c = ${fam.c.toFixed(2)}, biasStd = ${fam.biasStd}: K/width → infiniteNtk, error ~ 1/√width`, async () => {
      const depth = 2;
      const inf = infiniteNtk({ activation: fam.activation, depth, c: fam.c, biasStd: fam.biasStd }, x);
      const meanErr: number[] = [];
      let meanKernelErr = 0;
      for (const n of fam.widths) {
        const mean = new Float64Array(inf.values.length);
        let errSum = 0;
        for (const seed of seeds) {
          const mlp = familyMlp(fam.activation, 2, n, depth, fam.c, fam.biasStd, seed);
          const k = await empiricalNtk(mlp, x);
          mlp.dispose();
          const scaled = k.values.map((v) => v / n);
          errSum += relFrobenius(scaled, inf.values);
          scaled.forEach((v, i) => {
            mean[i] = (mean[i] as number) + v / seeds.length;
          });
        }
        meanErr.push(errSum / seeds.length);
        meanKernelErr = relFrobenius(mean, inf.values);
      }
      // The widest networks, averaged over 12 seeds, match within a few percent.
      expect(meanKernelErr).toBeLessThan(0.06);
      // Error falls with width roughly like width^(−1/2).
      const first = meanErr[0] as number;
      const last = meanErr.at(-1) as number;
      const slope = Math.log(last / first) / Math.log((fam.widths.at(-1) as number) / (fam.widths[0] as number));
      expect(slope).toBeGreaterThan(-0.85);
      expect(slope).toBeLessThan(-0.3);
    });
  }
});

describe('infiniteNtk', () => {
  it('is symmetric, takes x2 ≠ x1 and 1-D points, and agrees with its own transpose', () => {
    const cfg = { activation: 'erf', depth: 3, c: 2 } as const;
    const a = infiniteNtk(cfg, [0.1, 0.5, -0.7], [0.3, 0.9]);
    const b = infiniteNtk(cfg, [0.3, 0.9], [0.1, 0.5, -0.7]);
    expect([a.rows, a.cols]).toEqual([3, 2]);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 2; j++) expect(a.values[i * 2 + j]).toBeCloseTo(b.values[j * 3 + i] as number, 12);
    const full = infiniteNtk(cfg, [0.1, 0.5, -0.7, 0.3, 0.9]);
    expect(full.values[0 * 5 + 3]).toBeCloseTo(a.values[0] as number, 12);
  });

  it('depth 1 relu without biases has the closed form E_1 + Σ̇² Θ¹ = arc-cosine kernel of x·y', () => {
    // Θ = E[relu(u)relu(v)] with (u, v) covariance c²·[x·x, x·y; x·y, y·y]/d, Θ¹ = 0.
    const c = 1.7;
    const x = [[0.3, -0.4]];
    const y = [[0.5, 0.1]];
    const k = infiniteNtk({ activation: 'relu', depth: 1, c }, x, y);
    const a = (c * c * 0.25) / 2;
    const b = (c * c * 0.26) / 2;
    const s = (c * c * (0.15 - 0.04)) / 2;
    const theta = Math.acos(s / Math.sqrt(a * b));
    expect(k.values[0]).toBeCloseTo((Math.sqrt(a * b) / (2 * Math.PI)) * (Math.sin(theta) + (Math.PI - theta) * Math.cos(theta)), 12);
  });

  it('rejects bad configurations with typed errors', () => {
    const bad = (fn: () => unknown, param: string): void => {
      expectMlpinitError(fn, { param });
    };
    bad(() => infiniteNtk({ activation: 'tanh' as never, depth: 2, c: 1 }, [0]), 'config.activation');
    bad(() => infiniteNtk({ activation: 'relu', depth: 0, c: 1 }, [0]), 'config.depth');
    bad(() => infiniteNtk({ activation: 'relu', depth: 2, c: [1] }, [0]), 'config.c');
    bad(() => infiniteNtk({ activation: 'relu', depth: 2, c: 1, biasStd: -1 }, [0]), 'config.biasStd');
    bad(() => infiniteNtk({ activation: 'relu', depth: 2, c: 1 }, [[0, 1]], [[1]]), 'x2');
    bad(() => infiniteNtk({ activation: 'relu', depth: 2, c: 1 }, [Number.NaN]), 'x1');
  });
});
