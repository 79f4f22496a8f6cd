// Worker-thread entry of data-parallel training (Node `worker_threads`).
import { parentPort } from 'node:worker_threads';
import { setBackend } from '../backend.js';
import { MlpinitError } from '../errors.js';
import { ensureGradients } from '../register-gradients.js';
import type { WorkerMessage, WorkerReply } from './protocol.js';
import { Replica } from './replica.js';

ensureGradients();
const port = parentPort;
if (!port) throw new Error('train-worker must run in a worker thread');
let replica: Replica | undefined;

const send = (msg: WorkerReply, transfer: ArrayBuffer[] = []): void => port.postMessage(msg, transfer);

port.on('message', async (msg: WorkerMessage) => {
  try {
    if (msg.type === 'init') {
      await setBackend(msg.init.backend);
      replica = new Replica(msg.init);
      send({ type: 'ready' });
    } else if (msg.type === 'step') {
      if (!replica) throw new Error('step before init');
      const reply = await replica.step(msg.req);
      send({ type: 'step', reply }, [reply.grad.buffer as ArrayBuffer]);
    } else if (msg.type === 'finish') {
      if (!replica) throw new Error('finish before init');
      const params = await replica.finish(msg.apply);
      send({ type: 'finish', params });
    } else if (msg.type === 'close') {
      replica?.dispose();
      replica = undefined;
      port.close();
    }
  } catch (err) {
    const e = err as Error;
    send({ type: 'error', message: e.message, code: err instanceof MlpinitError ? err.code : undefined });
  }
});
