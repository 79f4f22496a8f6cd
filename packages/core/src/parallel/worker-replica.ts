import type { ReplicaInit, StepReply, StepRequest } from './protocol.js';
import { type PooledWorker, coreTaskModule } from './worker-pool.js';

const TASK = coreTaskModule('replica-task.js');

/** A {@link Replica} in a pooled worker thread, driven by calls of `replica-task`. */
export class WorkerReplica {
  private constructor(private readonly worker: PooledWorker) {}

  /** Builds the replica in `worker` (a leased pool thread). */
  static async create(worker: PooledWorker, init: ReplicaInit): Promise<WorkerReplica> {
    await worker.call(TASK, 'init', init);
    return new WorkerReplica(worker);
  }

  step(req: StepRequest): Promise<StepReply> {
    return this.worker.call<StepReply>(TASK, 'step', req);
  }

  finish(apply?: { grad: Float32Array; lr: number }): Promise<Float32Array[]> {
    return this.worker.call<Float32Array[]>(TASK, 'finish', apply);
  }

  /** Frees the worker's replica; the thread returns to the pool when the lease is released. */
  async dispose(): Promise<void> {
    await this.worker.call(TASK, 'close');
  }
}
