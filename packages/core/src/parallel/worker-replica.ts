import type { Worker as NodeWorker } from 'node:worker_threads';
import { MlpinitError } from '../errors.js';
import { nodeModule } from '../node-module.js';
import type { ReplicaInit, StepReply, StepRequest, WorkerMessage, WorkerReply } from './protocol.js';

/**
 * The compiled worker entry; from sources (vitest) fall back to the built file.
 * Node modules are imported lazily so browser bundles of core never see them.
 */
async function workerUrl(): Promise<URL> {
  const { existsSync } = await nodeModule<typeof import('node:fs')>('node:fs');
  const { fileURLToPath } = await nodeModule<typeof import('node:url')>('node:url');
  const here = new URL('./train-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  const built = new URL('../../dist/parallel/train-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return built;
  throw new MlpinitError('BACKEND_UNAVAILABLE', 'the data-parallel worker script is missing: build @mlpinit/core first', 'opts.workers');
}

/** A {@link Replica} in a Node worker thread, driven by messages. */
export class WorkerReplica {
  private pending: { resolve: (m: WorkerReply) => void; reject: (e: Error) => void } | undefined;

  private constructor(private readonly worker: NodeWorker) {
    worker.on('message', (m: WorkerReply) => this.settle(m));
    worker.on('error', (e) => this.fail(e));
    worker.on('exit', (code) => {
      if (code !== 0) this.fail(new Error(`worker exited with code ${code}`));
    });
  }

  static async spawn(init: ReplicaInit): Promise<WorkerReplica> {
    const { Worker } = await nodeModule<typeof import('node:worker_threads')>('node:worker_threads');
    const replica = new WorkerReplica(new Worker(await workerUrl()));
    await replica.request({ type: 'init', init });
    return replica;
  }

  private settle(m: WorkerReply): void {
    const p = this.pending;
    this.pending = undefined;
    if (!p) return;
    if (m.type === 'error') p.reject(new MlpinitError('INVALID_ARGUMENT', `training worker failed: ${m.message}`));
    else p.resolve(m);
  }

  private fail(e: Error): void {
    const p = this.pending;
    this.pending = undefined;
    p?.reject(e);
  }

  private request(msg: WorkerMessage): Promise<WorkerReply> {
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.worker.postMessage(msg);
    });
  }

  async step(req: StepRequest): Promise<StepReply> {
    const m = await this.request({ type: 'step', req });
    if (m.type !== 'step') throw new Error(`unexpected reply ${m.type}`);
    return m.reply;
  }

  async finish(apply?: { grad: Float32Array; lr: number }): Promise<Float32Array[]> {
    const m = await this.request({ type: 'finish', apply });
    if (m.type !== 'finish') throw new Error(`unexpected reply ${m.type}`);
    return m.params;
  }

  async dispose(): Promise<void> {
    this.worker.postMessage({ type: 'close' } satisfies WorkerMessage);
    await this.worker.terminate();
  }
}
