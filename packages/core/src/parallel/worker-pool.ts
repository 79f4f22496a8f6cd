import type { Worker as NodeWorker } from 'node:worker_threads';
import * as tf from '@tensorflow/tfjs-core';
import type { BackendName } from '../backend.js';
import { type MlpinitErrorCode, MlpinitError } from '../errors.js';
import { isNode, nodeModule } from '../node-module.js';
import type { PoolCall, PoolReply } from './pool-protocol.js';

/**
 * The built file of a module of this folder: itself when running from `dist/`,
 * else (sources run by vitest) the compiled copy in `dist/parallel/`.
 */
function ownModule(name: string): URL {
  // A computed path: browser bundlers must not emit (or glob) these Node-only files.
  const path = import.meta.url.endsWith('.ts') ? `../../dist/parallel/${name}` : `./${name}`;
  return new URL(path, import.meta.url);
}

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };

/**
 * One thread of the process-wide worker pool: runs exported functions of ES
 * modules (each module imported once per thread and cached), one call at a
 * time in the order they were posted. Obtained through {@link leaseWorkers}.
 * Module-level state of a task module persists between calls on the same
 * worker, so a lease can hold per-call state (a replica, cached tensors) there.
 */
export class PooledWorker {
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  /** @internal The backend calls run on (set by the lease). */
  backend: BackendName | undefined;
  /** @internal False once the thread exited or was terminated. */
  alive = true;

  /** @internal */
  constructor(
    private readonly worker: NodeWorker,
    onExit: () => void,
  ) {
    worker.on('message', (m: PoolReply) => this.settle(m));
    worker.on('error', (e) => this.fail(e));
    worker.on('exit', (code) => {
      this.alive = false;
      onExit();
      this.fail(new MlpinitError('BACKEND_UNAVAILABLE', `a pool worker exited (code ${code})`));
    });
  }

  /**
   * Calls `module`'s export `fn(args)` in this worker; `args` is copied by the
   * structured-clone algorithm except the `transfer` buffers, which move. A task
   * returns its value or a `taskResult(value, buffers)` to move buffers back.
   * Rejects with the task's error (an {@link MlpinitError} keeps its code).
   */
  call<T>(module: string | URL, fn: string, args?: unknown, transfer: ArrayBuffer[] = []): Promise<T> {
    if (!this.alive) return Promise.reject(new MlpinitError('BACKEND_UNAVAILABLE', 'this pool worker was disposed'));
    const id = this.nextId++;
    const href = typeof module === 'string' ? module : module.href;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      const msg: PoolCall = { id, backend: this.backend, module: href, fn, args };
      this.worker.postMessage(msg, transfer);
    });
  }

  /** @internal Keeps the process alive while leased; lets it exit while idle. */
  hold(on: boolean): void {
    if (on) this.worker.ref();
    else this.worker.unref();
  }

  /** @internal */
  terminate(): Promise<number> {
    this.alive = false;
    return this.worker.terminate();
  }

  private settle(m: PoolReply): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    if (m.ok) p.resolve(m.value);
    else {
      const prefix = m.param === undefined ? '' : `${m.param}: `;
      const msg = m.message.startsWith(prefix) ? m.message.slice(prefix.length) : m.message;
      p.reject(new MlpinitError((m.code as MlpinitErrorCode | undefined) ?? 'INVALID_ARGUMENT', `pool worker: ${msg}`, m.param));
    }
  }

  private fail(e: Error): void {
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) p.reject(e);
  }
}

/** Workers leased for exclusive use; {@link WorkerLease.release} gives them back to the pool. */
export interface WorkerLease {
  readonly workers: readonly PooledWorker[];
  /**
   * Returns the workers to the pool (idempotent). Calls already posted still
   * run, before any call of the next lease; their results are still delivered.
   */
  release(): void;
}

/** Options of {@link leaseWorkers}. */
export interface LeaseOptions {
  /** Backend the workers compute with (default: the active backend when it is wasm or cpu, else none). */
  backend?: BackendName;
}

const idle: PooledWorker[] = [];
const all = new Set<PooledWorker>();
let generation = 0;

/** True where the worker pool can run (Node with `worker_threads`; browsers compute in-thread). */
export const workerPoolAvailable: boolean = isNode;

/** Worker threads the pool holds now (idle and leased); 0 before first use and after {@link disposeWorkerPool}. */
export function workerPoolSize(): number {
  return all.size;
}

/**
 * Leases `n` worker threads of the process-wide pool for exclusive use,
 * spawning threads only when fewer than `n` are idle (so repeated calls reuse
 * threads whose backend is already initialised). Leased threads keep the
 * process alive; idle ones do not (they are `unref`'d), and
 * {@link disposeWorkerPool} ends them all. Node only.
 */
export async function leaseWorkers(n: number, opts: LeaseOptions = {}): Promise<WorkerLease> {
  if (!workerPoolAvailable) throw new MlpinitError('BACKEND_UNAVAILABLE', 'the worker pool needs Node (worker_threads)', 'workers');
  if (!Number.isInteger(n) || n < 0) throw new MlpinitError('INVALID_ARGUMENT', `expected a non-negative integer, got ${n}`, 'n');
  const current = tf.getBackend();
  const backend = opts.backend ?? (current === 'wasm' || current === 'cpu' ? current : undefined);
  const taken: PooledWorker[] = [];
  while (taken.length < n && idle.length > 0) {
    const w = idle.pop() as PooledWorker;
    if (w.alive) taken.push(w);
  }
  const missing = n - taken.length;
  if (missing > 0) {
    const { Worker } = await nodeModule<typeof import('node:worker_threads')>('node:worker_threads');
    const url = ownModule('pool-host.js');
    for (let i = 0; i < missing; i++) {
      const w: PooledWorker = new PooledWorker(new Worker(url), () => all.delete(w));
      all.add(w);
      taken.push(w);
    }
  }
  const gen = generation;
  for (const w of taken) {
    w.backend = backend;
    w.hold(true);
  }
  let released = false;
  return {
    workers: taken,
    release(): void {
      if (released) return;
      released = true;
      // At once, even with calls still queued: a worker runs calls in order, so the next
      // lease's calls wait behind them instead of a new thread being spawned.
      for (const w of taken) {
        if (!w.alive || gen !== generation) continue;
        w.hold(false);
        idle.push(w);
      }
    },
  };
}

/**
 * Ends every worker thread of the pool (leased calls in flight reject). The
 * next {@link leaseWorkers} (or data-parallel `train`, or NTK over workers)
 * starts a new pool. Idle workers never keep a process from exiting, so this
 * is only needed to free their memory early or in long-lived hosts.
 */
export async function disposeWorkerPool(): Promise<void> {
  generation++;
  const ws = [...all];
  all.clear();
  idle.length = 0;
  await Promise.all(ws.map((w) => w.terminate()));
}

/** @internal The built URL of one of core's own pool task modules. */
export function coreTaskModule(name: string): URL {
  return ownModule(name);
}

/**
 * The default number of threads for data-parallel work in this process: the
 * cores Node reports (at most 4), or 1 where the pool is unavailable.
 */
export async function defaultWorkerCount(): Promise<number> {
  if (!workerPoolAvailable) return 1;
  const os = await nodeModule<typeof import('node:os')>('node:os');
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cores, 4));
}
