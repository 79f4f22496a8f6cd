// Worker-thread entry of the persistent worker pool (Node `worker_threads`):
// runs exported functions of ES modules, one call at a time, in arrival order.
import * as tf from '@tensorflow/tfjs-core';
import { parentPort } from 'node:worker_threads';
import { setBackend } from '../backend.js';
import { MlpinitError } from '../errors.js';
import { ensureGradients } from '../register-gradients.js';
import { type PoolCall, type PoolReply, isTaskResult } from './pool-protocol.js';

ensureGradients();
const port = parentPort;
if (!port) throw new Error('pool-host must run in a worker thread');

const modules = new Map<string, Promise<Record<string, unknown>>>();
let queue: Promise<void> = Promise.resolve();

async function run(call: PoolCall): Promise<void> {
  try {
    if (call.backend !== undefined && tf.getBackend() !== call.backend) await setBackend(call.backend);
    let mod = modules.get(call.module);
    if (!mod) {
      mod = import(call.module) as Promise<Record<string, unknown>>;
      modules.set(call.module, mod);
    }
    const fn = (await mod)[call.fn];
    if (typeof fn !== 'function') throw new Error(`${call.module} exports no function ${call.fn}`);
    const out = await (fn as (args: unknown) => unknown)(call.args);
    const reply: PoolReply = { id: call.id, ok: true, value: isTaskResult(out) ? out.value : out };
    (port as NonNullable<typeof port>).postMessage(reply, isTaskResult(out) ? out.transfer : []);
  } catch (err) {
    const e = err as Error;
    const reply: PoolReply = {
      id: call.id,
      ok: false,
      message: e?.message ?? String(err),
      code: err instanceof MlpinitError ? err.code : undefined,
      param: err instanceof MlpinitError ? err.param : undefined,
    };
    (port as NonNullable<typeof port>).postMessage(reply);
  }
}

port.on('message', (call: PoolCall) => {
  queue = queue.then(() => run(call));
});
