/**
 * The page's compute worker: it calls the mlpinit packages exactly as a Node
 * user would, so the page stays responsive during long work. One task runs
 * at a time per id; `cancel` aborts it through its AbortSignal.
 */
import { MlpinitError } from '@mlpinit/core';
import type { Request, Response, TaskKind, TaskMap } from '../protocol.js';
import { backendTask } from './backend-task.js';
import { fitTask } from './fit-task.js';
import { figure1Task, figure2Task, varianceTask } from './variance-task.js';
import { goTask } from './go-task.js';
import { ntkTask } from './ntk-task.js';
import type { TaskContext } from './task-context.js';

const HANDLERS: { [K in TaskKind]: (params: TaskMap[K]['params'], ctx: TaskContext<TaskMap[K]['progress']>) => Promise<TaskMap[K]['result']> } = {
  backend: backendTask,
  fit: fitTask,
  variance: varianceTask,
  figure1: figure1Task,
  figure2: figure2Task,
  go: goTask,
  ntk: ntkTask,
};

type AnyHandler = (params: unknown, ctx: TaskContext<unknown>) => Promise<unknown>;

const running = new Map<number, AbortController>();

function send(msg: Response, transfer: Transferable[] = []): void {
  self.postMessage(msg, { transfer });
}

async function run(id: number, kind: TaskKind, params: unknown): Promise<void> {
  const controller = new AbortController();
  running.set(id, controller);
  const ctx: TaskContext<unknown> = {
    signal: controller.signal,
    progress: (data, transfer) => send({ type: 'progress', id, data }, transfer),
  };
  try {
    const handler = HANDLERS[kind] as AnyHandler | undefined;
    if (!handler) throw new Error(`unknown task ${kind}`);
    const result = await handler(params, ctx);
    send({ type: 'done', id, result });
  } catch (err) {
    const e = err as Error & { code?: string };
    const aborted = controller.signal.aborted || (err instanceof MlpinitError && err.code === 'ABORTED');
    send({ type: 'error', id, message: e?.message ?? String(err), code: e?.code, aborted });
  } finally {
    running.delete(id);
  }
}

self.addEventListener('message', (event: MessageEvent<Request>) => {
  const msg = event.data;
  if (msg.type === 'cancel') running.get(msg.id)?.abort();
  else void run(msg.id, msg.kind, msg.params);
});
