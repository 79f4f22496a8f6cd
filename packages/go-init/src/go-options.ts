import { AUTO_CANDIDATES, AUTO_PATH_LAMBDA, AUTO_PATH_LR, type AutoStrengthOptions } from './auto-strength.js';
import { KERNEL_RULE_MAX_INPUT_DIM } from './kernel-rule.js';
import { type GoStrength, type GoTraining, type ResolvedStrength, resolveStrength } from './strength.js';
import {
  type Activation,
  MlpinitError,
  type Matrix2D,
  assertFinite,
  assertInteger,
  assertNonNegative,
  assertPositive,
  assertSizes,
  getActivation,
} from '@mlpinit/core';

/** Reported to `onProgress` every `progressEvery` steps and at the end. */
export interface GoProgress {
  /** Steps completed. */
  step: number;
  /** Steps requested. */
  steps: number;
  /** Objective at the latest step. */
  loss: number;
  /** Current c. */
  layerScales: number[];
  /** Current b. */
  layerBiases: number[];
  elapsedMs: number;
}

/** The plateau rule of {@link GoOptions.earlyStop}. */
export interface EarlyStopOptions {
  /** Steps per window; the objective is averaged over each window (default 100). */
  window?: number;
  /** Stop after this many windows in a row without enough improvement (default 3). */
  patience?: number;
  /** A window improves when its mean is below the best so far by this fraction (default 0.01). */
  minRelativeImprovement?: number;
}

/** Options of {@link goInit}. */
export interface GoOptions {
  /** `[d_in, h_1, ..., h_L, d_out]`, at least one hidden layer; the last hidden width must be ≥ 2. */
  sizes: number[];
  /** Hidden activation (default `tanh`). */
  activation?: string | Activation;
  /**
   * Domain points [N, d_in], raw (GO normalises them to zero mean and unit
   * variance per dimension and folds that map into layer 0 of every network
   * it builds); mini-batches are drawn from them (seeded, without replacement
   * per epoch). With `strength: 'kernel'` or `'holdout'`, pass the training
   * inputs: their spacing and targets are what the rules measure.
   */
  x?: Matrix2D;
  /** Training targets [N, d_out], one row per row of `x`: needed by `strength: 'holdout'`. */
  y?: Matrix2D;
  /**
   * How strong GO should be (see {@link GoStrength}): `'kernel'` (the
   * project's rule; needs `x` and `training`), `'holdout'` (needs `x` and `y`)
   * or `{ steps }` (a fixed path). Default: `{ steps: opts.steps ?? 1000 }`.
   */
  strength?: GoStrength;
  /** The training that follows GO (steps, batch size): required by `strength: 'kernel'`. */
  training?: GoTraining;
  /**
   * For experiments with `strength: 'kernel'`: a fixed ratio k of NTK
   * half-width to sample spacing instead of k₀·√(E/100) (then `training` is
   * not needed).
   */
  kernelK?: number;
  /**
   * Path lengths the strength rules choose from, in steps of the path (default
   * {@link AUTO_CANDIDATES}: 0, 25, 75, 250, 750 at lr 2e-2, the strengths of
   * 0, 100, 300, 1,000 and 3,000 steps at the authors' 5e-3). 0 is "no GO":
   * Glorot's draw written in GO's law (`glorotScales`).
   */
  candidates?: number[];
  /**
   * Alternative to `x`: returns the mini-batch [B, d_in] of a step. `sampler(0)`
   * also fixes the input normalization and the points `meanCos2Before/After`
   * are measured on. Tensors it creates during a call are freed after the step.
   */
  sampler?: (step: number) => Matrix2D;
  /**
   * λ of the penalty λ·‖c‖² (default 1e-4, the authors' value).
   * @deprecated `'auto'` is the old name of `strength: 'holdout'` (kept for one minor version).
   */
  lambda?: number | 'auto';
  /** Options of the held-out rule's trial fits (`strength: 'holdout'`). */
  auto?: AutoStrengthOptions;
  /** Adam steps of a fixed-strength run (default 1000; the authors ran 20,000). Same as `strength: {steps}`. */
  steps?: number;
  /** Adam learning rate (default 5e-3, the authors' value; 2e-2 for the strength rules' path, see {@link AUTO_PATH_LR}). */
  lr?: number;
  /**
   * Points per step (default 256; all of `x` when it has fewer rows). The
   * learned law does not depend on it: on 2 → 8×64 → 3 tanh, 1,000 steps at
   * batch 128, 256, 512 and 1024 give the same c to ±0.05 and the same mean
   * cos² to ±0.001, while a step costs 2.6, 3.6, 6.0 and 9.2 ms (go-init docs/speed.md).
   */
  batchSize?: number;
  /** Seed of every draw: initial (c, b), base weights, batches, evaluation draws (default 0). */
  seed?: number;
  /** Keep one base draw W̃ for the whole run instead of a fresh draw per step (default false). */
  fixedBase?: boolean;
  /** Stop on a plateau of the window-averaged objective (off by default; `true` uses the defaults). */
  earlyStop?: boolean | EarlyStopOptions;
  onProgress?: (p: GoProgress) => void;
  /** Steps between progress reports and loss read-backs (default steps/100, at least 1). */
  progressEvery?: number;
  signal?: AbortSignal;
}

/** @internal Options with defaults filled in. */
export interface ResolvedGoOptions {
  sizes: number[];
  activation: Activation;
  lambda: number;
  /** The strength: fixed, or a rule (then `steps` is the path's length, the largest candidate). */
  strength: ResolvedStrength;
  /** Sorted, distinct candidate path lengths of a rule (empty for a fixed strength). */
  candidates: number[];
  steps: number;
  lr: number;
  batchSize: number;
  seed: number;
  fixedBase: boolean;
  earlyStop: Required<EarlyStopOptions> | undefined;
  progressEvery: number;
}

/** @internal Validates {@link GoOptions}; throws {@link MlpinitError} naming the parameter. */
export function resolveGoOptions(opts: GoOptions): ResolvedGoOptions {
  if (!opts || typeof opts !== 'object') throw new MlpinitError('INVALID_ARGUMENT', 'expected an options object', 'opts');
  assertSizes(opts.sizes, 'opts.sizes', 3);
  const sizes = [...opts.sizes];
  const lastHidden = sizes[sizes.length - 2] as number;
  if (lastHidden < 2) {
    throw new MlpinitError('INVALID_ARGUMENT', `the last hidden layer needs at least 2 neurons to have angles between features, got ${lastHidden}`, 'opts.sizes');
  }
  const activation = getActivation(opts.activation ?? 'tanh');
  const strength = resolveStrength(opts.strength, opts.lambda, opts.steps, opts.training, opts.kernelK);
  const isRule = strength.rule !== 'fixed';
  if (isRule && opts.x === undefined) {
    throw new MlpinitError('INVALID_ARGUMENT', `strength '${strength.rule}' needs the training inputs x (a sampler has no fixed points to measure)`, 'opts.x');
  }
  if (strength.rule === 'kernel' && (sizes[0] as number) > KERNEL_RULE_MAX_INPUT_DIM) {
    throw new MlpinitError(
      'INVALID_ARGUMENT',
      `the kernel-width rule probes 1- to ${KERNEL_RULE_MAX_INPUT_DIM}-D inputs (coordinate networks), got ${sizes[0]}-D; use strength 'holdout' or {steps}`,
      'opts.strength',
    );
  }
  const lambda = opts.lambda === undefined || opts.lambda === 'auto' ? (isRule ? AUTO_PATH_LAMBDA : 1e-4) : opts.lambda;
  assertNonNegative(lambda, 'opts.lambda');
  let candidates: number[] = [];
  if (isRule) {
    const given = opts.candidates ?? opts.auto?.candidates ?? AUTO_CANDIDATES;
    if (!Array.isArray(given) || given.length === 0) {
      throw new MlpinitError('INVALID_ARGUMENT', 'expected a non-empty array of path lengths (integers >= 0)', 'opts.candidates');
    }
    given.forEach((c, i) => {
      assertInteger(c, `opts.candidates[${i}]`, 0);
    });
    candidates = [...new Set(given)].sort((a, b) => a - b);
  }
  const steps = strength.rule === 'fixed' ? strength.steps : Math.max(...candidates, 1);
  assertInteger(steps, 'opts.steps', 1);
  const lr = opts.lr ?? (isRule ? AUTO_PATH_LR : 5e-3);
  assertPositive(lr, 'opts.lr');
  const batchSize = opts.batchSize ?? 256;
  assertInteger(batchSize, 'opts.batchSize', 1);
  const seed = opts.seed ?? 0;
  assertFinite(seed, 'opts.seed');
  if (opts.fixedBase !== undefined && typeof opts.fixedBase !== 'boolean') {
    throw new MlpinitError('INVALID_ARGUMENT', 'expected true or false', 'opts.fixedBase');
  }
  const hasX = opts.x !== undefined;
  const hasSampler = opts.sampler !== undefined;
  if (hasX === hasSampler) {
    throw new MlpinitError('INVALID_ARGUMENT', 'pass exactly one of `x` (domain points [N, d_in]) or `sampler(step)`', hasX ? 'opts.sampler' : 'opts.x');
  }
  if (hasSampler && typeof opts.sampler !== 'function') {
    throw new MlpinitError('INVALID_ARGUMENT', 'expected a function (step) => [B, d_in] points', 'opts.sampler');
  }
  const progressEvery = opts.progressEvery ?? Math.max(1, Math.round(steps / 100));
  assertInteger(progressEvery, 'opts.progressEvery', 1);
  if (opts.onProgress !== undefined && typeof opts.onProgress !== 'function') {
    throw new MlpinitError('INVALID_ARGUMENT', 'expected a function', 'opts.onProgress');
  }
  let earlyStop: Required<EarlyStopOptions> | undefined;
  if (opts.earlyStop) {
    const e = opts.earlyStop === true ? {} : opts.earlyStop;
    if (typeof e !== 'object') throw new MlpinitError('INVALID_ARGUMENT', 'expected true or {window, patience, minRelativeImprovement}', 'opts.earlyStop');
    earlyStop = { window: e.window ?? 100, patience: e.patience ?? 3, minRelativeImprovement: e.minRelativeImprovement ?? 0.01 };
    assertInteger(earlyStop.window, 'opts.earlyStop.window', 1);
    assertInteger(earlyStop.patience, 'opts.earlyStop.patience', 1);
    assertNonNegative(earlyStop.minRelativeImprovement, 'opts.earlyStop.minRelativeImprovement');
  }
  return { sizes, activation, lambda, strength, candidates, steps, lr, batchSize, seed, fixedBase: opts.fixedBase ?? false, earlyStop, progressEvery };
}
