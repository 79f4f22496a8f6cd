import * as tf from '@tensorflow/tfjs-core';
import { getActivation } from './activation.js';
import { supportsExplicitBackprop } from './backprop.js';
import { MlpinitError } from './errors.js';
import type { Mlp } from './mlp.js';
import { isNode } from './node-module.js';
import { defaultWorkerCount } from './parallel/worker-pool.js';
import type { TrainOptions } from './train-options.js';

/** Per-step batch×parameters below which worker messages cost more than they save. */
const MIN_PARALLEL_WORK = 5e7;
/** Whole-run batch×parameters×steps below which starting workers (~0.3 s each on a pool's first use) does not pay. */
const MIN_PARALLEL_RUN = 1e10;

/**
 * How many data-parallel replicas `train` runs: 1 unless Node, wasm or cpu,
 * the explicit path with a built-in activation and no regularizer; then the
 * requested count, or with `'auto'` every core (at most 4) when the step and
 * the run are large enough to pay for the workers' messages and spawn.
 */
export async function resolveWorkers(mlp: Mlp, x: tf.Tensor2D, opts: TrainOptions): Promise<number> {
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
  const threads = await defaultWorkerCount();
  const batch = Math.min(opts.batchSize ?? x.shape[0], x.shape[0]);
  const work = batch * mlp.numParams;
  return threads > 1 && work >= MIN_PARALLEL_WORK && work * opts.steps >= MIN_PARALLEL_RUN ? threads : 1;
}

function safeBuiltin(mlp: Mlp): boolean {
  try {
    return getActivation(mlp.activation.name) === mlp.activation;
  } catch {
    return false;
  }
}
