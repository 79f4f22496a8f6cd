import * as tf from '@tensorflow/tfjs-core';
import { Adam, type AdamOptions } from './adam.js';
import { supportsExplicitBackprop } from './backprop.js';
import { getActivation } from './activation.js';
import { ready } from './backend.js';
import { MlpinitError, abortError } from './errors.js';
import { FlatTrainer } from './flat-trainer.js';
import type { Regularizer } from './gradient-penalty-regularizer.js';
import { nodeModule } from './node-module.js';
import type { Mlp } from './mlp.js';
import { trainDataParallel } from './parallel/data-parallel.js';
import { EpochSampler } from './epoch-sampler.js';
import { Rng } from './rng.js';
import { type LrDecay, checkDecay, learningRateAt } from './schedule.js';
import { type Matrix2D, toTensor2D } from './tensor-input.js';
import { assertAllFinite, assertFinite, assertInteger, assertPositive } from './validate.js';

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
  onProgress?: (p: TrainProgress) => void;
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
function explicitPossible(mlp: Mlp, regularizer: TrainOptions['regularizer']): boolean {
  if (!supportsExplicitBackprop(mlp)) return false;
  if (!regularizer) return true;
  // Explicit penalty gradients differentiate the dense layers in their own inputs; an encoding sits in front.
  if (mlp.encoding) return false;
  const explicit = (regularizer as Regularizer).explicit;
  return explicit?.supports(mlp.activation) === true;
}

function validate(mlp: Mlp, opts: TrainOptions): void {
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

/**
 * Trains an MLP on mean squared error with Adam (Kingma & Ba 2015), optional
 * exponential learning-rate decay and seeded mini-batches (a fresh random
 * permutation per epoch). Losses are read back asynchronously in chunks, never
 * synchronously inside the step loop. Resolves to the loss of every step;
 * rejects with `ABORTED` when `signal` fires and `NON_FINITE` if the loss
 * diverges.
 */
export async function train(mlp: Mlp, data: TrainData, opts: TrainOptions): Promise<number[]> {
  validate(mlp, opts);
  await ready();
  if (!data || typeof data !== 'object') throw new MlpinitError('INVALID_ARGUMENT', 'expected {x, y}', 'data');
  const raw = toTensor2D(data.x, 'data.x', mlp.inputSize);
  const y = toTensor2D(data.y, 'data.y', mlp.sizes[mlp.sizes.length - 1]);
  const owned = [raw !== data.x ? raw : undefined, y !== data.y ? y : undefined].filter((t): t is tf.Tensor2D => !!t);
  try {
    // A fixed encoding is applied once: every engine then trains the dense layers on γ(x).
    const x = mlp.encodeInputs(raw);
    if (x !== raw) owned.push(x);
    if (x.shape[0] !== y.shape[0]) {
      throw new MlpinitError('SHAPE_MISMATCH', `x has ${x.shape[0]} rows but y has ${y.shape[0]}`, 'data.y');
    }
    if (data.x instanceof tf.Tensor) assertAllFinite(await raw.data(), 'data.x');
    if (data.y instanceof tf.Tensor) assertAllFinite(await y.data(), 'data.y');
    const workers = await resolveWorkers(mlp, x, opts);
    if (workers > 1) {
      const steps = opts.steps;
      return await trainDataParallel(mlp, x, y, {
        steps,
        lr: opts.lr ?? 1e-3,
        lrDecay: opts.lrDecay,
        batch: Math.min(opts.batchSize ?? x.shape[0], x.shape[0]),
        rng: new Rng(opts.seed ?? 0),
        adam: opts.adam,
        workers,
        progressEvery: opts.progressEvery ?? Math.max(1, Math.round(steps / 100)),
        onProgress: opts.onProgress,
        signal: opts.signal,
      });
    }
    return await loop(mlp, x, y, opts);
  } finally {
    for (const t of owned) t.dispose();
  }
}

const isNode = typeof process !== 'undefined' && process.versions?.node !== undefined && typeof window === 'undefined';
/** Per-step batch×parameters below which worker messages cost more than they save. */
const MIN_PARALLEL_WORK = 5e7;
/** Whole-run batch×parameters×steps below which spawning workers (~0.3 s each) does not pay. */
const MIN_PARALLEL_RUN = 1e10;

async function resolveWorkers(mlp: Mlp, x: tf.Tensor2D, opts: TrainOptions): Promise<number> {
  const requested = opts.workers ?? 'auto';
  if (requested === 1) return 1;
  const backend = tf.getBackend();
  const eligible =
    isNode &&
    (backend === 'wasm' || backend === 'cpu') &&
    !opts.regularizer &&
    opts.gradients !== 'autodiff' &&
    supportsExplicitBackprop(mlp) &&
    safeBuiltin(mlp);
  if (!eligible) {
    if (requested !== 'auto') {
      throw new MlpinitError(
        'INVALID_ARGUMENT',
        'workers > 1 needs Node, the wasm or cpu backend, no regularizer and a built-in activation',
        'opts.workers',
      );
    }
    return 1;
  }
  if (requested !== 'auto') return requested;
  const os = await nodeModule<typeof import('node:os')>('node:os');
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const batch = Math.min(opts.batchSize ?? x.shape[0], x.shape[0]);
  const work = batch * mlp.numParams;
  return cores > 1 && work >= MIN_PARALLEL_WORK && work * opts.steps >= MIN_PARALLEL_RUN ? Math.min(cores, 4) : 1;
}

function safeBuiltin(mlp: Mlp): boolean {
  try {
    return getActivation(mlp.activation.name) === mlp.activation;
  } catch {
    return false;
  }
}

async function loop(mlp: Mlp, x: tf.Tensor2D, y: tf.Tensor2D, opts: TrainOptions): Promise<number[]> {
  const { steps, lrDecay, regularizer, onProgress, signal } = opts;
  const lr0 = opts.lr ?? 1e-3;
  const n = x.shape[0];
  const batch = Math.min(opts.batchSize ?? n, n);
  const rng = new Rng(opts.seed ?? 0);
  // A separate stream, so batch order does not depend on the regularizer.
  const regRng = new Rng(((opts.seed ?? 0) ^ 0x5bd1e995) | 0);
  const every = opts.progressEvery ?? Math.max(1, Math.round(steps / 100));
  const explicit = opts.gradients !== 'autodiff' && explicitPossible(mlp, regularizer);
  const explicitReg = explicit && regularizer ? (regularizer as Regularizer).explicit : undefined;
  const vars = mlp.variables;
  // Explicit path: all parameters in one flat vector (see FlatTrainer);
  // autodiff path: Adam directly on the MLP's variables.
  const trainer = explicit ? new FlatTrainer(mlp.sizes, mlp.activation, vars, opts.adam) : undefined;
  const adam = explicit ? undefined : new Adam(vars, opts.adam);
  const history: number[] = [];
  const pending: tf.Scalar[] = [];
  const start = performance.now();
  const sampler = new EpochSampler(n, batch, rng);
  let lr = lr0;

  const flush = async (step: number): Promise<void> => {
    if (pending.length === 0) return;
    const stacked = tf.stack(pending);
    const values = await stacked.data();
    stacked.dispose();
    for (const t of pending) t.dispose();
    pending.length = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i] as number;
      if (!Number.isFinite(v)) {
        throw new MlpinitError(
          'NON_FINITE',
          `the loss became ${v} at step ${history.length + 1}; lower the learning rate or check the data`,
          'opts.lr',
        );
      }
      history.push(v);
    }
    if (onProgress) {
      // Let callbacks read (e.g. draw) the network as trained so far.
      trainer?.writeTo(vars);
      onProgress({ step, steps, loss: history[history.length - 1] as number, lr, elapsedMs: performance.now() - start });
    }
  };

  try {
    for (let step = 0; step < steps; step++) {
      if (signal?.aborted) throw abortError('training');
      lr = learningRateAt(lr0, step, lrDecay);
      const loss = tf.tidy(() => {
        let xb = x;
        let yb = y;
        if (!sampler.fullBatch) {
          const idx = tf.tensor1d(sampler.next(), 'int32');
          xb = tf.gather(x, idx);
          yb = tf.gather(y, idx);
        }
        if (trainer) {
          const ctx = { step, rng: regRng };
          return trainer.step(xb, yb, lr, explicitReg && ((act, w, b) => explicitReg.gradients(act, w, b, ctx)));
        }
        const res = tf.variableGrads(() => {
          const data = tf.mean(tf.square(tf.sub(mlp.forwardEncoded(xb), yb))) as tf.Scalar;
          return regularizer ? (tf.add(data, regularizer(mlp, { step, rng: regRng })) as tf.Scalar) : data;
        }, vars);
        (adam as Adam).step(
          vars.map((v) => res.grads[v.name] as tf.Tensor),
          lr,
        );
        return res.value;
      });
      pending.push(loss);
      if ((step + 1) % every === 0 || step === steps - 1) {
        await flush(step + 1);
        await tf.nextFrame();
      }
    }
  } finally {
    for (const t of pending) t.dispose();
    // Also on cancellation: the MLP keeps the progress made so far.
    trainer?.writeTo(vars);
    trainer?.dispose();
    adam?.dispose();
  }
  return history;
}
