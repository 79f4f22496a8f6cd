// Pool task module of data-parallel training: the worker's replica lives here between calls of one lease.
import { taskResult, type TaskResult } from './pool-protocol.js';
import type { ReplicaInit, StepReply, StepRequest } from './protocol.js';
import { Replica } from './replica.js';

let replica: Replica | undefined;

function current(): Replica {
  if (!replica) throw new Error('no replica: init first');
  return replica;
}

/** Builds this worker's replica (replacing one left by an earlier lease). */
export function init(init: ReplicaInit): void {
  replica?.dispose();
  replica = new Replica(init);
}

/** One data-parallel step; the gradient's buffer moves to the main thread. */
export async function step(req: StepRequest): Promise<TaskResult<StepReply>> {
  const reply = await current().step(req);
  return taskResult(reply, [reply.grad.buffer as ArrayBuffer]);
}

/** Applies the last update and returns the parameters. */
export function finish(apply?: { grad: Float32Array; lr: number }): Promise<Float32Array[]> {
  return current().finish(apply);
}

/** Frees the replica's tensors; the worker stays in the pool. */
export function close(): void {
  replica?.dispose();
  replica = undefined;
}
