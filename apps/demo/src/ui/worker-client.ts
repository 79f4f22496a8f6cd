import type { Request, Response, TaskKind, TaskMap } from '../protocol.js';

/** A task started in the worker: its result, and a way to cancel it. */
export interface RunningTask<R> {
  result: Promise<R>;
  cancel(): void;
}

/** Thrown on the page when a task was cancelled. */
export class CancelledError extends Error {}

/** Sends tasks to the compute worker and routes its progress and results back. */
export class WorkerClient {
  private readonly worker: Worker;
  private next = 1;
  private readonly handlers = new Map<number, (msg: Response) => void>();

  constructor() {
    this.worker = new Worker(new URL('../worker/worker.ts', import.meta.url), { type: 'module' });
    this.worker.addEventListener('message', (e: MessageEvent<Response>) => this.handlers.get(e.data.id)?.(e.data));
    this.worker.addEventListener('error', (e) => {
      const err = new Error(`the compute worker failed: ${e.message}`);
      for (const h of this.handlers.values()) h({ type: 'error', id: 0, message: err.message, aborted: false });
    });
  }

  run<K extends TaskKind>(kind: K, params: TaskMap[K]['params'], onProgress?: (p: TaskMap[K]['progress']) => void, transfer: Transferable[] = []): RunningTask<TaskMap[K]['result']> {
    const id = this.next++;
    const result = new Promise<TaskMap[K]['result']>((resolve, reject) => {
      this.handlers.set(id, (msg) => {
        if (msg.type === 'progress') {
          onProgress?.(msg.data as TaskMap[K]['progress']);
          return;
        }
        this.handlers.delete(id);
        if (msg.type === 'done') resolve(msg.result as TaskMap[K]['result']);
        else reject(msg.aborted ? new CancelledError('cancelled') : new Error(msg.message));
      });
    });
    const req: Request = { type: 'run', id, kind, params };
    this.worker.postMessage(req, transfer);
    return { result, cancel: () => this.worker.postMessage({ type: 'cancel', id } satisfies Request) };
  }
}
