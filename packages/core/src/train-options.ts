import type * as tf from '@tensorflow/tfjs-core';
import type { AdamOptions } from './adam.js';
import { supportsExplicitBackprop } from './backprop.js';
import { MlpinitError } from './errors.js';
import type { Regularizer } from './gradient-penalty-regularizer.js';
import type { Mlp } from './mlp.js';
import type { Rng } from './rng.js';
import { type LrDecay, checkDecay } from './schedule.js';
import type { Matrix2D } from './tensor-input.js';
import { assertFinite, assertInteger, assertPositive } from './validate.js';

/** Reported to `onProgress` every `progressEvery` steps and at the end. */
export interface TrainProgress {
  /** Steps completed. */
  step: number;
  steps: number;
  /** Loss of the latest completed step. */
  loss: number;
  /** Learning rate of the latest step. */
  lr: number;
  elapsedMs: number;
}

/** Context handed to a regularizer each step. */
export interface RegularizerContext {
  step: number;
  /** Seeded generator for random collocation points; advances deterministically. */
  rng: Rng;
}

/** Options of {@link train}. */
export interface TrainOptions {
  /** Number of optimizer steps (> 0). */
  steps: number;
  /** Adam learning rate (default 1e-3). */
  lr?: number;
  /** Exponential decay of the learning rate. */
  lrDecay?: LrDecay;
  /** Mini-batch size; full batch when omitted or ≥ N. */
  batchSize?: number;
  /** Seed of the mini-batch order and regularizer draws (default 0). */
  seed?: number;
  /**
   * Extra loss term, differentiable in the MLP's variables (e.g.
   * {@link gradientPenaltyRegularizer}). One with an explicit form keeps the
   * explicit engine; any other function trains through autodiff.
   */
  regularizer?: Regularizer | ((mlp: Mlp, ctx: RegularizerContext) => tf.Scalar);
  /**
   * Called every `progressEvery` steps and at the end, with the network as
   * trained so far. A returned promise is awaited before training goes on,
   * so a callback may read the network asynchronously (as WebGPU requires).
   */
  onProgress?: (p: TrainProgress) => unknown;
  /** Steps between progress reports (default: steps/100, at least 1). */
  progressEvery?: number;
  signal?: AbortSignal;
  /**
   * `auto` (default): explicit back-propagation when there is no regularizer and
   * the activation has a tensor derivative, tfjs autodiff otherwise.
   */
  gradients?: 'auto' | 'explicit' | 'autodiff';
  adam?: AdamOptions;
  /**
   * Data-parallel replicas in Node (this thread plus worker threads, each with
   * its own backend instance; gradients averaged every step). `'auto'`
   * (default) uses every core when the step is large enough to pay for the
   * messages; `1` forces the single-thread path. Needs the explicit-gradient
   * path (no regularizer, a built-in activation) and the wasm or cpu backend.
   */
  workers?: number | 'auto';
}

/** Training data: inputs [N, d_in] and targets [N, d_out]. */
export interface TrainData {
  x: Matrix2D;
  y: Matrix2D;
}

/** Whether the explicit engine can train this MLP with this regularizer. */
export function explicitPossible(mlp: Mlp, regularizer: TrainOptions['regularizer']): boolean {
  if (!supportsExplicitBackprop(mlp)) return false;
  if (!regularizer) return true;
  // Explicit penalty gradients differentiate the dense layers in their own inputs; an encoding sits in front.
  if (mlp.encoding) return false;
  const explicit = (regularizer as Regularizer).explicit;
  return explicit?.supports(mlp.activation) === true;
}

/** Checks {@link train}'s options, naming the parameter at fault. */
export function validateTrainOptions(mlp: Mlp, opts: TrainOptions): void {
  if (!opts || typeof opts !== 'object') throw new MlpinitError('INVALID_ARGUMENT', 'expected an options object', 'opts');
  assertInteger(opts.steps, 'opts.steps', 1);
  if (opts.lr !== undefined) assertPositive(opts.lr, 'opts.lr');
  checkDecay(opts.lrDecay, 'opts.lrDecay');
  if (opts.batchSize !== undefined) assertInteger(opts.batchSize, 'opts.batchSize', 1);
  if (opts.seed !== undefined) assertFinite(opts.seed, 'opts.seed');
  if (opts.progressEvery !== undefined) assertInteger(opts.progressEvery, 'opts.progressEvery', 1);
  if (opts.workers !== undefined && opts.workers !== 'auto') assertInteger(opts.workers, 'opts.workers', 1);
  if (opts.gradients === 'explicit' && !explicitPossible(mlp, opts.regularizer)) {
    throw new MlpinitError(
      'INVALID_ARGUMENT',
      'explicit gradients need an activation with a tensor derivative and no regularizer, or one with an explicit form the activation supports',
      'opts.gradients',
    );
  }
}
