import * as tf from '@tensorflow/tfjs-core';
import type { AdamOptions } from '../adam.js';
import { getBackendInfo } from '../backend.js';
import { abortError, MlpinitError } from '../errors.js';
import type { Mlp } from '../mlp.js';
import { EpochSampler } from '../epoch-sampler.js';
import type { Rng } from '../rng.js';
import { type LrDecay, learningRateAt } from '../schedule.js';
import type { ReplicaInit, RowSelection, StepReply, StepRequest } from './protocol.js';
import { Replica } from './replica.js';
import { leaseWorkers } from './worker-pool.js';
import { WorkerReplica } from './worker-replica.js';

interface AnyReplica {
  step(req: StepRequest): Promise<StepReply>;
  finish(apply?: { grad: Float32Array; lr: number }): Promise<Float32Array[]>;
  dispose(): void | Promise<void>;
}

/** Settings of one data-parallel run (validated by `train`). */
export interface DataParallelRun {
  steps: number;
  lr: number;
  lrDecay: LrDecay | undefined;
  batch: number;
  rng: Rng;
  adam: AdamOptions | undefined;
  workers: number;
  progressEvery: number;
  onProgress: ((p: { step: number; steps: number; loss: number; lr: number; elapsedMs: number }) => unknown) | undefined;
  signal: AbortSignal | undefined;
}

/**
 * Synchronous data-parallel Adam (as in PyTorch DDP): the main thread and
 * `workers − 1` threads of the persistent worker pool ({@link leaseWorkers})
 * each hold a replica; every step each replica
 * computes the mean-squared-error gradient on its share of the rows, the main
 * thread averages them weighted by row counts, and every replica applies the
 * same Adam update. Results equal the single-replica path up to the order of
 * float summation. Batch indices come from the same seeded permutation as the
 * single-replica path.
 */
export async function trainDataParallel(mlp: Mlp, x: tf.Tensor2D, y: tf.Tensor2D, run: DataParallelRun): Promise<number[]> {
  const backend = getBackendInfo()?.name;
  if (!backend) throw new MlpinitError('NO_BACKEND', 'no backend is active');
  const init: ReplicaInit = {
    backend,
    sizes: [...mlp.sizes],
    activation: mlp.activation.name,
    weights: mlp.weights.map((w) => w.dataSync() as Float32Array),
    biases: mlp.biases.map((b) => b.dataSync() as Float32Array),
    x: (await x.data()) as Float32Array,
    y: (await y.data()) as Float32Array,
    adam: run.adam,
  };
  const local = new Replica(init);
  const replicas: AnyReplica[] = [local];
  // Threads of the process-wide pool: spawned by the first call, reused (backend ready) by later ones.
  const lease = await leaseWorkers(run.workers - 1, { backend });
  try {
    const created = await Promise.allSettled(lease.workers.map((w) => WorkerReplica.create(w, init)));
    for (const c of created) if (c.status === 'fulfilled') replicas.push(c.value);
    const failed = created.find((c) => c.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
    return await loop(mlp, x.shape[0], local, replicas, run);
  } finally {
    await Promise.allSettled(replicas.map((r) => r.dispose()));
    lease.release();
  }
}

async function loop(mlp: Mlp, n: number, local: Replica, replicas: AnyReplica[], run: DataParallelRun): Promise<number[]> {
  const k = replicas.length;
  const history: number[] = [];
  const start = performance.now();
  const sampler = new EpochSampler(n, run.batch, run.rng);
  let apply: { grad: Float32Array; lr: number } | undefined;
  let lr = run.lr;
  for (let step = 0; step < run.steps; step++) {
    if (run.signal?.aborted) throw abortError('training');
    lr = learningRateAt(run.lr, step, run.lrDecay);
    let shares: RowSelection[];
    if (!sampler.fullBatch) {
      const batch = sampler.next();
      shares = split(batch.length, k).map(([a, b]) => ({ indices: batch.slice(a, b) }));
    } else {
      shares = split(n, k).map(([a, b]) => ({ start: a, end: b }));
    }
    // Post to the workers before the in-thread replica starts its synchronous compute.
    const order = replicas.map((_, i) => k - 1 - i);
    const started = new Array<Promise<StepReply>>(k);
    for (const i of order) started[i] = (replicas[i] as AnyReplica).step({ apply, rows: shares[i] as RowSelection });
    const replies = await Promise.all(started);
    const total = replies.reduce((s, r) => s + r.count, 0);
    const grad = new Float32Array((replies[0] as StepReply).grad.length);
    let loss = 0;
    for (const r of replies) {
      const w = r.count / total;
      loss += w * r.loss;
      const g = r.grad;
      for (let i = 0; i < g.length; i++) grad[i] = (grad[i] as number) + w * (g[i] as number);
    }
    if (!Number.isFinite(loss)) {
      throw new MlpinitError('NON_FINITE', `the loss became ${loss} at step ${step + 1}; lower the learning rate or check the data`, 'opts.lr');
    }
    history.push(loss);
    apply = { grad, lr };
    if ((step + 1) % run.progressEvery === 0 || step === run.steps - 1) {
      if (run.onProgress) {
        // The in-thread replica lags one update behind (it applies `apply` with the next step).
        local.writeTo(mlp.variables);
        await run.onProgress({ step: step + 1, steps: run.steps, loss, lr, elapsedMs: performance.now() - start });
      }
      await new Promise((r) => setTimeout(r, 0));
    }
  }
  const params = await (replicas[0] as AnyReplica).finish(apply);
  for (let i = 1; i < replicas.length; i++) await (replicas[i] as AnyReplica).finish();
  mlp.variables.forEach((v, i) => {
    const values = params[i] as Float32Array;
    tf.tidy(() => v.assign(tf.tensor(values, v.shape, 'float32')));
  });
  return history;
}

/** Splits `n` rows into `k` contiguous, nearly equal ranges. */
function split(n: number, k: number): [number, number][] {
  return Array.from({ length: k }, (_, i) => [Math.floor((i * n) / k), Math.floor(((i + 1) * n) / k)]);
}
