import { MlpinitError, abortError, assertAllFinite, assertFinite, assertNonNegative } from '@mlpinit/core';
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { type Kernel, readKernel } from './kernel.js';
import { type Points, readPoints } from './points.js';

/** A kernel function of two point sets (x2 absent: x1 with itself), e.g. `(a, b) => infiniteNtk(cfg, a, b)`. */
export type KernelFunction = (x1: Points, x2?: Points | null) => Kernel | Promise<Kernel>;

/** Options of {@link predictGd}. */
export interface PredictGdOptions {
  /** Training time(s) t (default ∞: the converged, kernel-regression solution). */
  t?: number | readonly number[];
  /** Learning rate η of the gradient flow (default 1). */
  lr?: number;
  /**
   * Diagonal regularizer added to K_train,train in the dynamics, relative to
   * its mean diagonal (as neural-tangents' `diag_reg`; default 0); predictions
   * on both sets use the unregularised kernel.
   */
  ridge?: number;
  /** Cancels between the kernel evaluations and the eigendecomposition (`ABORTED`). */
  signal?: AbortSignal;
}

/** The infinite-width mean predictions of {@link predictGd} at one time. */
export interface GdPrediction {
  /** The time t (∞ for the converged solution). */
  t: number;
  /** Predictions on xTest, N_test rows of k outputs. */
  test: number[][];
  /** Predictions on xTrain, N rows of k outputs. */
  train: number[][];
}

/** Eigenvalues below this fraction of the largest are treated as zero (a pseudo-inverse at t = ∞). */
const RELATIVE_CUTOFF = 1e-12;

function readTargets(y: readonly (readonly number[])[] | readonly number[], n: number): { values: Float64Array; k: number } {
  if (!Array.isArray(y) || y.length !== n) {
    throw new MlpinitError('SHAPE_MISMATCH', `expected ${n} targets (one per training point), got ${Array.isArray(y) ? y.length : typeof y}`, 'yTrain');
  }
  const rows = (y as ReadonlyArray<number | readonly number[]>).map((r) => (typeof r === 'number' ? [r] : r));
  const k = Array.isArray(rows[0]) ? rows[0].length : 0;
  if (k === 0 || rows.some((r) => !Array.isArray(r) || r.length !== k)) {
    throw new MlpinitError('SHAPE_MISMATCH', 'expected number[] or rows of equal length', 'yTrain');
  }
  const values = Float64Array.from(rows.flat());
  assertAllFinite(values, 'yTrain');
  return { values, k };
}

async function evalKernel(kernel: KernelFunction, a: Points, b: Points | null, rows: number, cols: number, param: string): Promise<Float64Array> {
  const k = await kernel(a, b);
  if (k && typeof k === 'object' && 'outputs' in k && k.outputs !== 1) {
    throw new MlpinitError('SHAPE_MISMATCH', `expected a kernel with one entry per point pair (outputs: 'trace' or an infinite-width kernel), got outputs = ${k.outputs}`, param);
  }
  const m = readKernel(k, param);
  if (m.rows !== rows || m.cols !== cols) {
    throw new MlpinitError('SHAPE_MISMATCH', `the kernel function returned ${m.rows} × ${m.cols}, expected ${rows} × ${cols}`, param);
  }
  return m.values;
}

/**
 * The mean prediction of an infinitely wide network trained by gradient flow
 * on the mean-squared error, in closed form (Jacot et al. 2018, Sec. 5; Lee
 * et al. 2019, "Wide neural networks of any depth evolve as linear models
 * under gradient descent", Eqs. 9 and 16; neural-tangents'
 * `predict.gradient_descent_mse`):
 *
 * f_t(x) = K(x, X)·K⁻¹·(I − e^{−η·t·K/(N·k)})·Y, f_t(X) = (I − e^{−η·t·K/(N·k)})·Y,
 *
 * for the loss L = ‖f(X) − Y‖²/(2·N·k) (half the mean over the N × k target
 * entries, neural-tangents' normalisation), with the network's output at
 * initialization averaged out (zero mean). K = kernel(X) is
 * eigendecomposed once (ml-matrix's symmetric `EigenvalueDecomposition`, float64),
 * so any number of times costs one matrix product each; at t = ∞ the factor
 * is 1/λ on eigenvalues above 1e-12·λ_max (a pseudo-inverse).
 *
 * With {@link infiniteNtk}'s normalisation (K_emp/n), a width-n network
 * trained with learning rate η corresponds to `lr = n·η`. The kernel is one
 * per output (every output shares it, as infinite-width kernels do); an
 * empirical `'trace'` kernel of k outputs is their sum, about k times one
 * output's, so with k > 1 its finite-t predictions run k times fast (t = ∞ is
 * unaffected). A kernel with a clearly negative eigenvalue (below −1e-8·λ_max)
 * is rejected.
 *
 * @param kernel the kernel function, called as kernel(xTrain) and kernel(xTest, xTrain).
 * @param yTrain N targets: `number[]` or N rows of k outputs.
 * @returns one prediction per requested time, in the order given.
 */
export async function predictGd(
  kernel: KernelFunction,
  xTrain: Points,
  yTrain: readonly (readonly number[])[] | readonly number[],
  xTest: Points,
  opts: PredictGdOptions = {},
): Promise<GdPrediction[]> {
  if (typeof kernel !== 'function') throw new MlpinitError('INVALID_ARGUMENT', 'expected a kernel function (x1, x2?) => Kernel', 'kernel');
  if (opts === null || typeof opts !== 'object') throw new MlpinitError('INVALID_ARGUMENT', 'expected an options object', 'opts');
  const times = opts.t === undefined ? [Number.POSITIVE_INFINITY] : typeof opts.t === 'number' ? [opts.t] : opts.t;
  if (!Array.isArray(times) || times.length === 0) throw new MlpinitError('INVALID_ARGUMENT', 'expected a time or a non-empty array of times', 'opts.t');
  times.forEach((t, i) => {
    if (typeof t !== 'number' || Number.isNaN(t) || t < 0) {
      throw new MlpinitError('INVALID_ARGUMENT', `expected times ≥ 0 (Infinity allowed), got ${t}`, typeof opts.t === 'number' ? 'opts.t' : `opts.t[${i}]`);
    }
  });
  const lr = opts.lr ?? 1;
  assertFinite(lr, 'opts.lr');
  if (!(lr > 0)) throw new MlpinitError('INVALID_ARGUMENT', `expected a positive learning rate, got ${lr}`, 'opts.lr');
  const ridge = opts.ridge ?? 0;
  assertFinite(ridge, 'opts.ridge');
  assertNonNegative(ridge, 'opts.ridge');
  const { signal } = opts;
  const tr = readPoints(xTrain, 'xTrain');
  const te = readPoints(xTest, 'xTest', (tr[0] as number[]).length);
  const n = tr.length;
  const m = te.length;
  const { values: y, k } = readTargets(yTrain, n);
  if (signal?.aborted) throw abortError('predictGd');
  const kTrain = await evalKernel(kernel, tr, null, n, n, 'kernel');
  if (signal?.aborted) throw abortError('predictGd');
  const kTest = await evalKernel(kernel, te, tr, m, n, 'kernel');
  if (signal?.aborted) throw abortError('predictGd');

  const raw = new Matrix(n, n);
  let trace = 0;
  for (let i = 0; i < n; i++) trace += kTrain[i * n + i] as number;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) raw.set(i, j, 0.5 * ((kTrain[i * n + j] as number) + (kTrain[j * n + i] as number)));
  const a = raw.clone();
  for (let i = 0; i < n; i++) a.set(i, i, a.get(i, i) + (ridge * trace) / n);
  const eig = new EigenvalueDecomposition(a, { assumeSymmetric: true });
  const lambda = eig.realEigenvalues;
  const v = eig.eigenvectorMatrix;
  const lmax = Math.max(...lambda.map(Math.abs));
  const lmin = Math.min(...lambda);
  if (lmin < -1e-8 * lmax) {
    throw new MlpinitError('INVALID_ARGUMENT', `the training kernel is not positive semi-definite (smallest eigenvalue ${lmin.toPrecision(3)}, largest ${lmax.toPrecision(3)}); gradient flow needs a PSD kernel`, 'kernel');
  }
  // Vᵀ Y (n × k), then the K(x*, X)·V and K(X, X)·V = V·Λ products.
  const vty = v.transpose().mmul(new Matrix(Array.from({ length: n }, (_, i) => Array.from(y.subarray(i * k, (i + 1) * k)))));
  const kv = new Matrix(Array.from({ length: m }, (_, i) => Array.from(kTest.subarray(i * n, (i + 1) * n)))).mmul(v);
  const out: GdPrediction[] = [];
  for (const t of times) {
    const coef = new Matrix(n, k);
    const fac = new Float64Array(n);
    for (let j = 0; j < n; j++) {
      const l = lambda[j] as number;
      const rate = (lr * t) / (n * k);
      if (l > RELATIVE_CUTOFF * lmax) fac[j] = t === Number.POSITIVE_INFINITY ? 1 / l : -Math.expm1(-rate * l) / l;
      else fac[j] = t === Number.POSITIVE_INFINITY ? 0 : rate;
      for (let c = 0; c < k; c++) coef.set(j, c, (fac[j] as number) * vty.get(j, c));
    }
    const test = kv.mmul(coef).to2DArray();
    // Training points: f_t(X) = K(X, X)·V·coef (the unregularised kernel, as for test points).
    const train = ridge === 0 ? v.mmul(Matrix.diag(Array.from(lambda)).mmul(coef)).to2DArray() : raw.mmul(v.mmul(coef)).to2DArray();
    out.push({ t, test, train });
  }
  return out;
}
