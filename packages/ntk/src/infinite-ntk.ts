import { MlpinitError, assertFinite, assertInteger, assertNonNegative } from '@mlpinit/core';
import { DUAL_KERNELS } from './dual-kernels.js';
import type { Kernel } from './kernel.js';
import { type Points, readPoints } from './points.js';

/** The MLP family whose infinite-width NTK {@link infiniteNtk} computes. */
export interface InfiniteNtkConfig {
  /** Activation with a closed-form dual kernel. */
  activation: 'relu' | 'erf';
  /** Number of hidden layers L (≥ 1), all of the same width n. */
  depth: number;
  /** Weight scale of the hidden layers: W_l ~ N(0, c_l²/d_in); one number or one per hidden layer. */
  c: number | number[];
  /** Standard deviation of every bias, hidden and output (default 0: core's zero biases). */
  biasStd?: number;
  /** Weight scale of the output layer, W_L ~ N(0, c_out²/n) (default 1: createMlp's output layer under `fan-in-normal`). */
  outputScale?: number;
}

interface Pair {
  a: number;
  b: number;
  s: number;
}

/**
 * The analytic infinite-width NTK of the MLP family
 * `createMlp({sizes: [d, n × depth, 1], init: 'fan-in-normal', layerScales: c})`,
 * i.e. core's standard parameterisation: hidden layer l has weights
 * N(0, c_l²/d_in) (d_in = d for the first layer, n after), the output layer
 * N(0, c_out²/n), every bias N(0, biasStd²).
 *
 * **Normalisation.** In the standard parameterisation the NTK grows with the
 * width: the weights of every layer fed by a hidden layer contribute O(n), the
 * first layer's weights and all biases O(1). This function returns
 * lim_{n→∞} K_emp(x, y)/n, the limit of the empirical kernel of
 * {@link empiricalNtk} divided by the hidden width n. The deviation at finite
 * width is O(1/√n) (fluctuations) plus O(1/n) (the dropped O(1) terms).
 *
 * **Recursion** (Jacot et al. 2018, Thm. 1; Arora et al. 2019, Eq. 9; Lee et
 * al. 2019, Sec. 2.3, with the factors of the standard parameterisation):
 * Σ¹(x, y) = c_0²·x·y/d + β²; for k = 1..L, with Λ^k the 2 × 2 covariance of
 * Σ^k at (x, x), (x, y), (y, y):
 * E_k = E_{(u,v)~N(0,Λ^k)}[φ(u)φ(v)], Σ^{k+1} = c_k²·E_k + β²,
 * Σ̇^{k+1} = c_k²·E[φ'(u)φ'(v)], and Θ^1 = 0, Θ^{k+1} = E_k + Θ^k·Σ̇^{k+1}
 * (c_L = c_out). This is Jacot's Θ^{k+1} = Σ^{k+1} + Θ^k·Σ̇^{k+1} with the
 * per-layer term Σ^{k+1} replaced by the (width-scaled) SP gradient
 * contribution h·h'/n → E_k. The dual kernels E_k are the arc-cosine kernels
 * (Cho & Saul 2009) for relu and the arcsine kernel (Williams 1997) for erf.
 *
 * @param x1 N1 points (rows, or `number[]` for 1-D inputs).
 * @param x2 N2 points (default x1).
 * @returns the N1 × N2 kernel as plain float64 data (outputs = 1).
 */
export function infiniteNtk(config: InfiniteNtkConfig, x1: Points, x2?: Points | null): Kernel {
  if (!config || typeof config !== 'object') throw new MlpinitError('INVALID_ARGUMENT', 'expected {activation, depth, c, biasStd?}', 'config');
  const dual = Object.hasOwn(DUAL_KERNELS, config.activation) ? DUAL_KERNELS[config.activation] : undefined;
  if (!dual) {
    throw new MlpinitError('UNKNOWN_ACTIVATION', `expected one of ${Object.keys(DUAL_KERNELS).join(', ')}, got ${JSON.stringify(config.activation)}`, 'config.activation');
  }
  assertInteger(config.depth, 'config.depth', 1);
  const L = config.depth;
  const cs = typeof config.c === 'number' ? new Array<number>(L).fill(config.c) : config.c;
  if (!Array.isArray(cs) || cs.length !== L) {
    throw new MlpinitError('SHAPE_MISMATCH', `expected a number or ${L} numbers (one per hidden layer), got ${JSON.stringify(config.c)}`, 'config.c');
  }
  cs.forEach((c, i) => {
    assertFinite(c, `config.c[${i}]`);
  });
  const beta2 = (config.biasStd ?? 0) ** 2;
  if (config.biasStd !== undefined) assertNonNegative(config.biasStd, 'config.biasStd');
  const cOut = config.outputScale ?? 1;
  assertFinite(cOut, 'config.outputScale');
  const p1 = readPoints(x1, 'x1');
  const d = (p1[0] as number[]).length;
  const p2 = x2 === undefined || x2 === null || x2 === x1 ? p1 : readPoints(x2, 'x2', d);
  const c0 = cs[0] as number;
  const dot = (u: number[], v: number[]): number => u.reduce((s, ui, i) => s + ui * (v[i] as number), 0);
  const sigma1 = (u: number[], v: number[]): number => (c0 * c0 * dot(u, v)) / d + beta2;

  const rows = p1.length;
  const cols = p2.length;
  const diag1 = p1.map((u) => sigma1(u, u));
  const diag2 = p2.map((v) => sigma1(v, v));
  const values = new Float64Array(rows * cols);
  const pair: Pair = { a: 0, b: 0, s: 0 };
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      pair.a = diag1[i] as number;
      pair.b = diag2[j] as number;
      pair.s = sigma1(p1[i] as number[], p2[j] as number[]);
      let theta = 0;
      for (let k = 1; k <= L; k++) {
        const ck = k < L ? (cs[k] as number) : cOut;
        const e = dual.value(pair.a, pair.b, pair.s);
        const sdot = ck * ck * dual.derivative(pair.a, pair.b, pair.s);
        theta = e + theta * sdot;
        // Diagonal entries follow the same map with s = a (resp. b).
        const ea = dual.value(pair.a, pair.a, pair.a);
        const eb = dual.value(pair.b, pair.b, pair.b);
        pair.a = ck * ck * ea + beta2;
        pair.b = ck * ck * eb + beta2;
        pair.s = ck * ck * e + beta2;
      }
      values[i * cols + j] = theta;
    }
  }
  return { values, rows, cols, n1: rows, n2: cols, outputs: 1 };
}
