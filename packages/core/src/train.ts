import * as tf from '@tensorflow/tfjs-core';
import { ready } from './backend.js';
import { MlpinitError, abortError } from './errors.js';
import { EpochSampler } from './epoch-sampler.js';
import { gradientPath } from './gradient-path.js';
import type { Mlp } from './mlp.js';
import { trainDataParallel } from './parallel/data-parallel.js';
import { Rng } from './rng.js';
import { learningRateAt } from './schedule.js';
import { toTensor2D } from './tensor-input.js';
import { type TrainData, type TrainOptions, validateTrainOptions } from './train-options.js';
import { assertAllFinite } from './validate.js';
import { resolveWorkers } from './worker-policy.js';

export type { RegularizerContext, TrainData, TrainOptions, TrainProgress } from './train-options.js';

/**
 * Trains an MLP on mean squared error with Adam (Kingma & Ba 2015), optional
 * exponential learning-rate decay and seeded mini-batches (a fresh random
 * permutation per epoch). Losses are read back asynchronously in chunks, never
 * synchronously inside the step loop. Resolves to the loss of every step;
 * rejects with `ABORTED` when `signal` fires and `NON_FINITE` if the loss
 * diverges.
 */
export async function train(mlp: Mlp, data: TrainData, opts: TrainOptions): Promise<number[]> {
  validateTrainOptions(mlp, opts);
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

async function loop(mlp: Mlp, x: tf.Tensor2D, y: tf.Tensor2D, opts: TrainOptions): Promise<number[]> {
  const { steps, lrDecay, onProgress, signal } = opts;
  const lr0 = opts.lr ?? 1e-3;
  const n = x.shape[0];
  const batch = Math.min(opts.batchSize ?? n, n);
  const rng = new Rng(opts.seed ?? 0);
  // A separate stream, so batch order does not depend on the regularizer.
  const regRng = new Rng(((opts.seed ?? 0) ^ 0x5bd1e995) | 0);
  const every = opts.progressEvery ?? Math.max(1, Math.round(steps / 100));
  const path = gradientPath(mlp, opts, regRng);
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
      path.writeTo();
      await onProgress({ step, steps, loss: history[history.length - 1] as number, lr, elapsedMs: performance.now() - start });
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
        return path.step(xb, yb, lr, step);
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
    path.writeTo();
    path.dispose();
  }
  return history;
}
