import { type Activation, MlpinitError, abortError, assertFinite, assertInteger, assertNonNegative } from '@mlpinit/core';
import { type ExpectationMethod, pairExpectations } from './gaussian-pair.js';
import { type KernelActivation, kernelActivation } from './kernel-activation.js';
import type { Kernel } from './kernel.js';
import { type Points, readPoints } from './points.js';

/** The MLP family whose infinite-width kernels {@link infiniteNtk}, {@link infiniteNngp} and {@link infiniteKernels} compute. */
export interface InfiniteNtkConfig {
  /**
   * Any core activation with a float64 scalar form and derivative (a name such
   * as `'tanh'`, `'relu'`, `'erf'`, `'sin'`, `'sin-w30'`, `'gelu'`, or an
   * `Activation` object). relu and erf (zero bias means) and sine use closed
   * forms; every other activation uses quadrature.
   */
  activation: string | Activation;
  /** Number of hidden layers L (≥ 1), all of the same width n. */
  depth: number;
  /** Weight scale of the hidden layers: W_l ~ N(0, c_l²/d_in); one number or one per hidden layer. */
  c: number | readonly number[];
  /**
   * Standard deviation of the random biases: one number for every layer, or
   * L + 1 numbers (hidden layers, then the output layer). Default 0.
   */
  biasStd?: number | readonly number[];
  /**
   * A deterministic bias shared by all units of a hidden layer (GO's b_l,
   * Wang & Perdikaris 2021): one number or L numbers. Default 0.
   */
  biasMean?: number | readonly number[];
  /** Weight scale of the output layer, W_L ~ N(0, c_out²/n) (default 1: createMlp's output layer under `fan-in-normal`). */
  outputScale?: number;
  /**
   * `'auto'` (default): closed forms where they exist (relu and erf with zero
   * bias means, sine), quadrature otherwise. `'quadrature'`: quadrature for
   * every activation (the closed forms then serve as checks).
   */
  method?: ExpectationMethod;
}

/** Progress of {@link infiniteKernels}: rows of the kernel done. */
export interface InfiniteKernelProgress {
  done: number;
  total: number;
}

/** Options of {@link infiniteKernels}. */
export interface InfiniteKernelOptions {
  /** Called every few rows. */
  onProgress?: (p: InfiniteKernelProgress) => void;
  /** Cancels the computation; the promise rejects with `MlpinitError` code `ABORTED`. */
  signal?: AbortSignal;
}

/** The two infinite-width kernels of one network family on the same points. */
export interface InfiniteKernels {
  /** The neural tangent kernel, normalised as lim K_emp/n (see {@link infiniteNtk}). */
  ntk: Kernel;
  /** The NNGP kernel: the covariance of the network's output at initialization. */
  nngp: Kernel;
}

interface Family {
  act: KernelActivation;
  L: number;
  /** Weight scales of layers 1..L+1 (hidden, then output). */
  cs: number[];
  /** Bias variances of layers 1..L+1. */
  beta2: number[];
  /** Bias means of layers 1..L (the output's does not enter the kernels). */
  means: number[];
  method: ExpectationMethod;
}

function perLayer(v: number | readonly number[] | undefined, n: number, fallback: number, param: string, what: string): number[] {
  if (v === undefined) return new Array<number>(n).fill(fallback);
  if (typeof v === 'number') {
    assertFinite(v, param);
    return new Array<number>(n).fill(v);
  }
  if (!Array.isArray(v) || v.length !== n) {
    throw new MlpinitError('SHAPE_MISMATCH', `expected a number or ${n} numbers (${what}), got ${JSON.stringify(v)}`, param);
  }
  const out: number[] = [...(v as readonly number[])];
  out.forEach((x, i) => {
    assertFinite(x, `${param}[${i}]`);
  });
  return out;
}

function resolveFamily(config: InfiniteNtkConfig): Family {
  if (!config || typeof config !== 'object') throw new MlpinitError('INVALID_ARGUMENT', 'expected {activation, depth, c, biasStd?, biasMean?}', 'config');
  const act = kernelActivation(config.activation, 'config.activation');
  assertInteger(config.depth, 'config.depth', 1);
  const L = config.depth;
  const hidden = perLayer(config.c, L, 1, 'config.c', 'one per hidden layer');
  const cOut = config.outputScale ?? 1;
  assertFinite(cOut, 'config.outputScale');
  const stds = perLayer(config.biasStd, L + 1, 0, 'config.biasStd', 'one per layer, hidden then output');
  stds.forEach((s, i) => {
    assertNonNegative(s, typeof config.biasStd === 'number' ? 'config.biasStd' : `config.biasStd[${i}]`);
  });
  const means = perLayer(config.biasMean, L, 0, 'config.biasMean', 'one per hidden layer');
  const method = config.method ?? 'auto';
  if (method !== 'auto' && method !== 'quadrature') {
    throw new MlpinitError('INVALID_ARGUMENT', `expected 'auto' or 'quadrature', got ${JSON.stringify(method)}`, 'config.method');
  }
  return { act, L, cs: [...hidden, cOut], beta2: stds.map((s) => s * s), means, method };
}

/** Per point, the diagonal Σ^k(x, x) for k = 1..L+1 (index k − 1). */
function diagonals(f: Family, points: number[][], d: number): Float64Array[] {
  const out = new Float64Array(2);
  return points.map((x) => {
    const q = new Float64Array(f.L + 1);
    let s = ((f.cs[0] as number) ** 2 * x.reduce((acc, v) => acc + v * v, 0)) / d + (f.beta2[0] as number);
    q[0] = s;
    for (let k = 1; k <= f.L; k++) {
      pairExpectations(f.act, f.means[k - 1] as number, s, s, s, out, f.method);
      s = (f.cs[k] as number) ** 2 * (out[0] as number) + (f.beta2[k] as number);
      q[k] = s;
    }
    return q;
  });
}

/** Θ and Σ^{L+1} for one pair of points. */
function pairKernels(f: Family, x: number[], y: number[], d: number, qx: Float64Array, qy: Float64Array, out: Float64Array, res: Float64Array): void {
  let dot = 0;
  for (let i = 0; i < d; i++) dot += (x[i] as number) * (y[i] as number);
  let s = ((f.cs[0] as number) ** 2 * dot) / d + (f.beta2[0] as number);
  let theta = 0;
  for (let k = 1; k <= f.L; k++) {
    const ck2 = (f.cs[k] as number) ** 2;
    pairExpectations(f.act, f.means[k - 1] as number, qx[k - 1] as number, qy[k - 1] as number, s, out, f.method);
    theta = (out[0] as number) + theta * ck2 * (out[1] as number);
    s = ck2 * (out[0] as number) + (f.beta2[k] as number);
  }
  res[0] = theta;
  res[1] = s;
}

interface Job {
  f: Family;
  p1: number[][];
  p2: number[][];
  symmetric: boolean;
  d: number;
  q1: Float64Array[];
  q2: Float64Array[];
  ntk: Float64Array;
  nngp: Float64Array;
}

function prepare(config: InfiniteNtkConfig, x1: Points, x2: Points | null | undefined): Job {
  const f = resolveFamily(config);
  const p1 = readPoints(x1, 'x1');
  const d = (p1[0] as number[]).length;
  const symmetric = x2 === undefined || x2 === null || x2 === x1;
  const p2 = symmetric ? p1 : readPoints(x2, 'x2', d);
  const q1 = diagonals(f, p1, d);
  const q2 = symmetric ? q1 : diagonals(f, p2, d);
  const n = p1.length * p2.length;
  return { f, p1, p2, symmetric, d, q1, q2, ntk: new Float64Array(n), nngp: new Float64Array(n) };
}

/** Fills row i (the upper triangle and its mirror when symmetric). */
function fillRow(job: Job, i: number, out: Float64Array, res: Float64Array): void {
  const cols = job.p2.length;
  for (let j = job.symmetric ? i : 0; j < cols; j++) {
    pairKernels(job.f, job.p1[i] as number[], job.p2[j] as number[], job.d, job.q1[i] as Float64Array, job.q2[j] as Float64Array, out, res);
    job.ntk[i * cols + j] = res[0] as number;
    job.nngp[i * cols + j] = res[1] as number;
    if (job.symmetric) {
      job.ntk[j * cols + i] = res[0] as number;
      job.nngp[j * cols + i] = res[1] as number;
    }
  }
}

function finish(job: Job): InfiniteKernels {
  const rows = job.p1.length;
  const cols = job.p2.length;
  const shape = { rows, cols, n1: rows, n2: cols, outputs: 1 };
  return { ntk: { values: job.ntk, ...shape }, nngp: { values: job.nngp, ...shape } };
}

function computeSync(config: InfiniteNtkConfig, x1: Points, x2: Points | null | undefined): InfiniteKernels {
  const job = prepare(config, x1, x2);
  const out = new Float64Array(2);
  const res = new Float64Array(2);
  for (let i = 0; i < job.p1.length; i++) fillRow(job, i, out, res);
  return finish(job);
}

/**
 * The infinite-width NTK of the MLP family
 * `createMlp({sizes: [d, n × depth, 1], init: 'fan-in-normal', layerScales: c})`
 * (core's standard parameterisation), for any activation: hidden layer l has
 * weights N(0, c_l²/d_in) (d_in = d for the first layer, n after), the output
 * layer N(0, c_out²/n), biases N(b_l, β_l²) (b_l a deterministic shift per
 * layer, as GO's learned biases).
 *
 * **Normalisation.** In the standard parameterisation the NTK grows with the
 * width: the weights of every layer fed by a hidden layer contribute O(n), the
 * first layer's weights and all biases O(1). This function returns
 * lim_{n→∞} K_emp(x, y)/n, the limit of the empirical kernel of
 * {@link empiricalNtk} divided by the hidden width n. The deviation at finite
 * width is O(1/√n) (fluctuations) plus O(1/n) (the dropped O(1) terms).
 *
 * **Recursion** (Jacot et al. 2018, Thm. 1; Lee et al. 2019, Sec. 2.3; Arora
 * et al. 2019, Eq. 9, with the factors of the standard parameterisation):
 * Σ¹(x, y) = c_0²·x·y/d + β_0²; for k = 1..L, with Λ^k the 2 × 2 covariance of
 * Σ^k at (x, x), (x, y), (y, y) and mean b_k:
 * E_k = E_{(u,v)~N(b_k, Λ^k)}[φ(u)φ(v)], Σ^{k+1} = c_k²·E_k + β_k²,
 * Σ̇^{k+1} = c_k²·E[φ'(u)φ'(v)], and Θ^1 = 0, Θ^{k+1} = E_k + Θ^k·Σ̇^{k+1}
 * (c_L = c_out). The expectations are the arc-cosine kernels (Cho & Saul
 * 2009) for relu and the arcsine kernel (Williams 1997) for erf — the closed
 * forms neural-tangents' `stax.Relu` and `stax.Erf` use — a product-to-sum
 * closed form for sine, and otherwise a conditional Gaussian quadrature
 * accurate to ~1e-9 at any variance (see the package's docs/methods.md).
 *
 * @param x1 N1 points (rows, or `number[]` for 1-D inputs).
 * @param x2 N2 points (default x1: only the upper triangle is computed).
 * @returns the N1 × N2 kernel as plain float64 data (outputs = 1).
 */
export function infiniteNtk(config: InfiniteNtkConfig, x1: Points, x2?: Points | null): Kernel {
  return computeSync(config, x1, x2).ntk;
}

/**
 * The NNGP kernel of the same family as {@link infiniteNtk} (Neal 1996;
 * Lee et al. 2018, "Deep neural networks as Gaussian processes", Eq. 4;
 * Matthews et al. 2018): the covariance Σ^{L+1}(x, y) = c_out²·E_L + β_L² of
 * the network's output at initialization as the width goes to infinity
 * (width-independent in the standard parameterisation).
 *
 * @param x1 N1 points (rows, or `number[]` for 1-D inputs).
 * @param x2 N2 points (default x1).
 */
export function infiniteNngp(config: InfiniteNtkConfig, x1: Points, x2?: Points | null): Kernel {
  return computeSync(config, x1, x2).nngp;
}

/**
 * Both infinite-width kernels ({@link infiniteNtk} and {@link infiniteNngp})
 * in one pass, yielding to the event loop between rows so long runs (many
 * points, quadrature activations) report progress and can be cancelled.
 */
export async function infiniteKernels(config: InfiniteNtkConfig, x1: Points, x2?: Points | null, opts: InfiniteKernelOptions = {}): Promise<InfiniteKernels> {
  if (opts === null || typeof opts !== 'object') throw new MlpinitError('INVALID_ARGUMENT', 'expected an options object', 'opts');
  const { signal, onProgress } = opts;
  if (signal?.aborted) throw abortError('infiniteKernels');
  const job = prepare(config, x1, x2);
  const out = new Float64Array(2);
  const res = new Float64Array(2);
  const rows = job.p1.length;
  let last = performance.now();
  for (let i = 0; i < rows; i++) {
    fillRow(job, i, out, res);
    if (performance.now() - last > 50 || i === rows - 1) {
      onProgress?.({ done: i + 1, total: rows });
      await new Promise((r) => setTimeout(r, 0));
      if (signal?.aborted) throw abortError('infiniteKernels');
      last = performance.now();
    }
  }
  return finish(job);
}
