import {
  type AdaptiveWeights,
  type AdamOptions,
  type LrDecay,
  type Mlp,
  MlpinitError,
  type ResidualTerm,
  assertInteger,
  assertPositive,
  trainResidual,
} from '@mlpinit/core';
import * as tf from '@tensorflow/tfjs-core';
import { uniformMoments } from './box.js';
import { PhysicalDerivatives } from './physical-derivatives.js';
import type { PinnProblem } from './problem.js';

/** Progress of {@link solve}. */
export interface SolveProgress {
  step: number;
  steps: number;
  loss: number;
  /** Each term's unweighted mean squared residual. */
  terms: Record<string, number>;
  lambdas: Record<string, number>;
  /** Relative L2 error on the problem's grid at this step (at checkpoints, when the problem has an exact solution). */
  relL2?: number;
  elapsedMs: number;
}

/** Options of {@link solve}. */
export interface SolveOptions {
  /** The network: input width the problem's dimension, one output. It is trained in place. */
  mlp: Mlp;
  /** Default: the problem's (its source's) setting. */
  steps?: number;
  lr?: number;
  lrDecay?: LrDecay;
  /** Points per step: collocation points, and boundary points per face. */
  batch?: { residual?: number; boundary?: number };
  /** Seed of every point draw (default 0). */
  seed?: number;
  /** Learning-rate annealing of the boundary weight (Wang, Teng & Perdikaris 2021); off by default. */
  adaptiveWeights?: AdaptiveWeights | boolean;
  /**
   * Standardise the network's inputs, x̃ = (x − mean)/std of the uniform law
   * on the domain, as the authors' codes do (default true). The network then
   * sees x̃; {@link SolveResult.predict} maps for you.
   */
  standardize?: boolean;
  /** Relative-L2 checkpoints during training (default 10; 0 for none). */
  checkpoints?: number;
  gradients?: 'auto' | 'explicit' | 'autodiff';
  adam?: AdamOptions;
  onProgress?: (p: SolveProgress) => unknown;
  signal?: AbortSignal;
}

/** What {@link solve} resolves to. */
export interface SolveResult {
  problem: string;
  steps: number;
  /** Total loss of every step. */
  loss: number[];
  terms: Record<string, number[]>;
  lambdas: Record<string, number>;
  /** Relative L2 error ‖u − u*‖/‖u*‖ on the problem's grid after training (NaN without an exact solution). */
  relL2: number;
  /** The error at each checkpoint. */
  errors: { step: number; relL2: number }[];
  seconds: number;
  gradients: 'explicit' | 'autodiff';
  /** The input standardisation the network was trained with. */
  inputs: { mean: number[]; std: number[] };
  /** The trained network's u at physical points. */
  predict(x: readonly (readonly number[])[]): Promise<number[]>;
}

/** The input map of a problem: the domain's uniform mean and std, or the identity. */
export function inputMap(problem: PinnProblem, standardize = true): { mean: number[]; std: number[] } {
  return standardize ? uniformMoments(problem.domain) : { mean: problem.domain.lower.map(() => 0), std: problem.domain.lower.map(() => 1) };
}

/** Physical points → the network's coordinates. */
export function toNetwork(x: readonly (readonly number[])[], map: { mean: readonly number[]; std: readonly number[] }): number[][] {
  return x.map((p) => p.map((v, k) => (v - (map.mean[k] as number)) / (map.std[k] as number)));
}

/** u of an MLP at physical points, through the input map. */
export async function predictAt(mlp: Mlp, x: readonly (readonly number[])[], map: { mean: readonly number[]; std: readonly number[] }): Promise<number[]> {
  const out = mlp.forward(toNetwork(x, map));
  const v = await out.data();
  out.dispose();
  return Array.from(v);
}

/** Relative L2 error ‖u − u*‖₂/‖u*‖₂ of the MLP on the problem's grid (NaN without an exact solution). */
export async function relativeL2Error(problem: PinnProblem, mlp: Mlp, map = inputMap(problem)): Promise<number> {
  if (!problem.exact) return Number.NaN;
  const grid = problem.grid();
  const exact = problem.exact(grid);
  const pred = await predictAt(mlp, grid, map);
  let num = 0;
  let den = 0;
  exact.forEach((e, i) => {
    num += ((pred[i] as number) - e) ** 2;
    den += e * e;
  });
  return Math.sqrt(num / den);
}

/**
 * Trains `mlp` as a physics-informed network on `problem` (Raissi,
 * Perdikaris & Karniadakis 2019): fresh collocation and boundary points each
 * step, the residual from forward-mode input derivatives, explicit gradients
 * (`trainResidual` of @mlpinit/core), Adam with the problem's source
 * settings unless overridden; reports the relative L2 error against the exact
 * solution on the problem's grid at checkpoints and at the end. Rejects with
 * `ABORTED` when `signal` fires (the network keeps its progress).
 */
export async function solve(problem: PinnProblem, opts: SolveOptions): Promise<SolveResult> {
  if (!problem || !Array.isArray(problem.terms)) throw new MlpinitError('INVALID_ARGUMENT', 'expected a problem (e.g. helmholtz2d())', 'problem');
  if (!opts || typeof opts !== 'object' || !opts.mlp) throw new MlpinitError('INVALID_ARGUMENT', 'expected {mlp, steps?, …}', 'opts.mlp');
  const { mlp } = opts;
  if (mlp.inputSize !== problem.dim) {
    throw new MlpinitError('SHAPE_MISMATCH', `the problem has ${problem.dim} input(s) but the network takes ${mlp.inputSize}`, 'opts.mlp');
  }
  if (mlp.sizes[mlp.sizes.length - 1] !== 1) throw new MlpinitError('SHAPE_MISMATCH', 'expected a network with one output', 'opts.mlp');
  const d = problem.defaults;
  const steps = opts.steps ?? d.steps;
  assertInteger(steps, 'opts.steps', 1);
  const batchR = opts.batch?.residual ?? d.batch.residual;
  const batchB = opts.batch?.boundary ?? d.batch.boundary;
  assertInteger(batchR, 'opts.batch.residual', 1);
  assertInteger(batchB, 'opts.batch.boundary', 1);
  const checkpoints = opts.checkpoints ?? 10;
  assertInteger(checkpoints, 'opts.checkpoints', 0);
  if (opts.lr !== undefined) assertPositive(opts.lr, 'opts.lr');
  const map = inputMap(problem, opts.standardize ?? true);
  const terms: ResidualTerm[] = problem.terms.map((t) => ({
    name: t.name,
    order: t.order,
    weight: t.weight,
    points: ({ rng }) => tf.tensor2d(toNetwork(t.sample(rng, t.name === 'residual' ? batchR : batchB), map)),
    residual: (pd) => t.residual(new PhysicalDerivatives(pd, map.mean, map.std)),
  }));
  const every = checkpoints > 0 ? Math.max(1, Math.floor(steps / checkpoints)) : steps;
  const errors: { step: number; relL2: number }[] = [];
  const start = performance.now();
  const adaptive = opts.adaptiveWeights === true ? {} : opts.adaptiveWeights || undefined;
  const res = await trainResidual(mlp, terms, {
    steps,
    lr: opts.lr ?? d.lr,
    lrDecay: opts.lrDecay ?? d.lrDecay,
    seed: opts.seed ?? 0,
    ...(adaptive ? { adaptiveWeights: { reference: 'residual', ...adaptive } } : {}),
    ...(opts.gradients ? { gradients: opts.gradients } : {}),
    ...(opts.adam ? { adam: opts.adam } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
    progressEvery: every,
    onProgress: async (p) => {
      let relL2: number | undefined;
      if (checkpoints > 0 && problem.exact) {
        relL2 = await relativeL2Error(problem, mlp, map);
        errors.push({ step: p.step, relL2 });
      }
      await opts.onProgress?.({ step: p.step, steps, loss: p.loss, terms: p.terms, lambdas: p.lambdas, ...(relL2 !== undefined ? { relL2 } : {}), elapsedMs: p.elapsedMs });
    },
  });
  const relL2 = errors.at(-1)?.step === steps ? (errors.at(-1)?.relL2 as number) : await relativeL2Error(problem, mlp, map);
  return {
    problem: problem.name,
    steps,
    loss: res.loss,
    terms: res.terms,
    lambdas: res.lambdas,
    relL2,
    errors,
    seconds: (performance.now() - start) / 1000,
    gradients: res.gradients,
    inputs: map,
    predict: (x) => predictAt(mlp, x, map),
  };
}
