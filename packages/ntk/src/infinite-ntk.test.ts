import { Rng, createMlp, getActivation, mlpFromWeights } from '@mlpinit/core';

import { describeBackends, expectMlpinitError } from '@mlpinit/core/testing';
import { describe, expect, it } from 'vitest';
import { DUAL_KERNELS } from './dual-kernels.js';
import { empiricalNtk } from './empirical-ntk.js';
import { infiniteKernels, infiniteNngp, infiniteNtk } from './infinite-ntk.js';
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


/** An MLP of the infiniteNtk family with N(0, biasStd²) biases, from core's seeded Rng ({@link wideMlp} with zero bias means). */
function familyMlp(act: 'relu' | 'erf', d: number, n: number, depth: number, c: number, biasStd: number, seed: number) {
  const sizes = [d, ...new Array<number>(depth).fill(n), 1];
  if (biasStd === 0) return createMlp({ sizes, activation: act, init: 'fan-in-normal', layerScales: new Array<number>(depth).fill(c), seed });
  return wideMlp(act, sizes, new Array<number>(depth).fill(c), new Array<number>(depth).fill(0), biasStd, seed).mlp;
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
    bad(() => infiniteNtk({ activation: 'nope', depth: 2, c: 1 }, [0]), 'config.activation');
    bad(() => infiniteNtk({ activation: 'tanh', depth: 2, c: 1, biasMean: [0.1] }, [0]), 'config.biasMean');
    bad(() => infiniteNtk({ activation: 'tanh', depth: 2, c: 1, biasStd: [0.1, 0.1] }, [0]), 'config.biasStd');
    bad(() => infiniteNtk({ activation: 'tanh', depth: 2, c: 1, method: 'exact' as never }, [0]), 'config.method');
    bad(() => infiniteNtk({ activation: 'relu', depth: 0, c: 1 }, [0]), 'config.depth');
    bad(() => infiniteNtk({ activation: 'relu', depth: 2, c: [1] }, [0]), 'config.c');
    bad(() => infiniteNtk({ activation: 'relu', depth: 2, c: 1, biasStd: -1 }, [0]), 'config.biasStd');
    bad(() => infiniteNtk({ activation: 'relu', depth: 2, c: 1 }, [[0, 1]], [[1]]), 'x2');
    bad(() => infiniteNtk({ activation: 'relu', depth: 2, c: 1 }, [Number.NaN]), 'x1');
  });
});

/** A wide network of the family with constant (GO-style) bias means plus N(0, biasStd²) noise, from core's seeded Rng. */
function wideMlp(act: string, sizes: number[], c: number[], means: number[], biasStd: number, seed: number) {
  const rng = new Rng(seed);
  const depth = sizes.length - 2;
  const weights: number[][][] = [];
  const biases: number[][] = [];
  for (let l = 0; l <= depth; l++) {
    const din = sizes[l] as number;
    const dout = sizes[l + 1] as number;
    const std = (l < depth ? (c[l] as number) : 1) / Math.sqrt(din);
    weights.push(Array.from({ length: din }, () => Array.from(rng.normalArray(dout, std))));
    const noise = rng.normalArray(dout, biasStd);
    biases.push(Array.from(noise, (v) => v + (l < depth ? (means[l] as number) : 0)));
  }
  return { weights, biases, mlp: mlpFromWeights({ activation: act, weights, biases }) };
}

/** Last hidden layer's features of a plain float64 forward pass. */
function lastHidden(weights: number[][][], biases: number[][], act: (u: number) => number, x: number[][]): number[][] {
  let h = x;
  for (let l = 0; l < weights.length - 1; l++) {
    const w = weights[l] as number[][];
    const b = biases[l] as number[];
    h = h.map((row) => b.map((bj, j) => act(row.reduce((s, v, i) => s + v * ((w[i] as number[])[j] as number), bj))));
  }
  return h;
}

describe('infinite kernels: closed forms = quadrature', () => {
  const x = [
    [0.6, -0.8],
    [1, 0.2],
    [-0.3, 0.5],
    [0.1, 0.9],
    [-1, -0.4],
  ];
  for (const [activation, c, biasStd] of [
    ['relu', [1.4, 1.4, 1.4], 0],
    ['relu', [2, 1, 3], 0.4],
    ['erf', [1.5, 4, 6], 0.3],
    ['sin', [1.2, 2, 1], 0.2],
  ] as const) {
    it(`${activation}, c = [${c.join(', ')}], biasStd = ${biasStd}: NTK and NNGP to 1e-9`, () => {
      const cfg = { activation, depth: 3, c: [...c], biasStd };
      for (const fn of [infiniteNtk, infiniteNngp]) {
        const closed = fn(cfg, x);
        const quad = fn({ ...cfg, method: 'quadrature' }, x);
        closed.values.forEach((v, i) => {
          expect(Math.abs(v - (quad.values[i] as number))).toBeLessThan(1e-9 * Math.max(1, Math.abs(v)));
        });
      }
    });
  }

  it('depth 1: the NNGP is c_out²·E[φ(u)φ(v)] + β² and the NTK is E[φ(u)φ(v)] (no earlier layer), by Monte Carlo', () => {
    const c = 2;
    const x = [0.3, -0.4];
    const y = [0.5, 0.1];
    const cfg = { activation: 'tanh', depth: 1, c, outputScale: 0.5, biasStd: [0, 0.3] };
    const nngp = infiniteNngp(cfg, [x], [y]).values[0] as number;
    const ntk = infiniteNtk(cfg, [x], [y]).values[0] as number;
    // (u, v) ~ N(0, c²/2·[x·x, x·y; x·y, y·y]) sampled from core's Rng, a plain loop.
    const rng = new Rng(21);
    const M = 400_000;
    const a = (c * c * 0.25) / 2;
    const s = (c * c * 0.11) / 2;
    const b = (c * c * 0.26) / 2;
    const l21 = s / Math.sqrt(a);
    const l22 = Math.sqrt(b - l21 * l21);
    let e = 0;
    for (let m = 0; m < M; m++) {
      const g1 = rng.normal();
      const g2 = rng.normal();
      e += Math.tanh(Math.sqrt(a) * g1) * Math.tanh(l21 * g1 + l22 * g2);
    }
    e /= M;
    expect(ntk).toBeCloseTo(e, 2);
    expect(nngp).toBeCloseTo(0.25 * e + 0.09, 2);
  });

  it('sin-w<ω₀> (SIREN): its closed form equals quadrature alone, and ω₀ = 1 is sin', () => {
    const x = [
      [0.1, -0.2],
      [0.05, 0.3],
      [-0.4, 0.2],
    ];
    const cfg = { activation: 'sin-w30', depth: 2, c: [Math.SQRT2 / 30, Math.SQRT2 / 30], biasStd: 0.05, biasMean: [0.01, -0.02] };
    const closed = infiniteKernels(cfg, x);
    const quad = infiniteKernels({ ...cfg, method: 'quadrature' }, x);
    return Promise.all([closed, quad]).then(([k1, k2]) => {
      expect(relFrobenius(k1.ntk.values, k2.ntk.values)).toBeLessThan(1e-9);
      expect(relFrobenius(k1.nngp.values, k2.nngp.values)).toBeLessThan(1e-9);
      const one = infiniteNtk({ activation: 'sin-w1', depth: 2, c: 1.3 }, x);
      const sin = infiniteNtk({ activation: 'sin', depth: 2, c: 1.3 }, x);
      expect(relFrobenius(one.values, sin.values)).toBeLessThan(1e-12);
    });
  });
});

describeBackends('infinite kernels vs wide networks (width 2048, tanh and sin, GO-style bias means)', () => {
  const x = [
    [0.6, -0.8],
    [1, 0.2],
    [-0.3, 0.5],
    [0.1, 0.9],
  ];
  for (const fam of [
    { activation: 'tanh', c: [1.5, 2.5], means: [0.3, -0.5], biasStd: 0 },
    { activation: 'sin', c: [1.3, 1.8], means: [0.2, 0.4], biasStd: 0.1 },
  ]) {
    it(`${fam.activation}: empirical NTK / width and last-layer feature covariance → infiniteKernels`, async () => {
      const n = 2048;
      const sizes = [2, n, n, 1];
      const cfg = { activation: fam.activation, depth: 2, c: fam.c, biasMean: fam.means, biasStd: fam.biasStd };
      const inf = await infiniteKernels(cfg, x);
      const seeds = [1, 2, 3];
      const ntkMean = new Float64Array(16);
      const nngpMean = new Float64Array(16);
      const phi = fam.activation === 'tanh' ? Math.tanh : Math.sin;
      for (const seed of seeds) {
        const { weights, biases, mlp } = wideMlp(fam.activation, sizes, fam.c, fam.means, fam.biasStd, seed);
        const k = await empiricalNtk(mlp, x);
        mlp.dispose();
        k.values.forEach((v, i) => {
          ntkMean[i] = (ntkMean[i] as number) + v / n / seeds.length;
        });
        const h = lastHidden(weights, biases, phi, x);
        for (let i = 0; i < 4; i++) {
          for (let j = 0; j < 4; j++) {
            const dot = (h[i] as number[]).reduce((s, v, u) => s + v * ((h[j] as number[])[u] as number), 0);
            nngpMean[i * 4 + j] = (nngpMean[i * 4 + j] as number) + (dot / n + fam.biasStd ** 2) / seeds.length;
          }
        }
      }
      // Three seeds at width 2048: fluctuations ~ 1/√(3·2048) ≈ 1.3 %, plus the O(1/n) bias terms.
      expect(relFrobenius(ntkMean, inf.ntk.values)).toBeLessThan(0.04);
      expect(relFrobenius(nngpMean, inf.nngp.values)).toBeLessThan(0.04);
    }, 120_000);
  }
});

describe('infiniteKernels', () => {
  it('equals the synchronous kernels, reports progress and can be cancelled', async () => {
    const cfg = { activation: 'tanh', depth: 3, c: [1.5, 3, 2], biasMean: [0, 0.4, -0.2] };
    const x = [0.1, 0.5, -0.7, 0.3, 0.9];
    const both = await infiniteKernels(cfg, x);
    expect(Array.from(both.ntk.values)).toEqual(Array.from(infiniteNtk(cfg, x).values));
    expect(Array.from(both.nngp.values)).toEqual(Array.from(infiniteNngp(cfg, x).values));
    const seen: number[] = [];
    await infiniteKernels(cfg, x, null, { onProgress: (p) => seen.push(p.done) });
    expect(seen.at(-1)).toBe(5);
    const ac = new AbortController();
    ac.abort();
    await expect(infiniteKernels(cfg, x, null, { signal: ac.signal })).rejects.toMatchObject({ code: 'ABORTED' });
  });
});
