// Pool task module of the structured NTK: a worker holds one call's layer
// features between `prepare` and `release` and computes row blocks of K.
import * as tf from '@tensorflow/tfjs-core';
import { type TaskResult, taskResult } from '@mlpinit/core';
import type { NtkOutputs } from './ntk-implementation.js';
import type { KernelBlockRange } from './kernel-blocks.js';
import { kernelBlock } from './structured-block.js';
import type { Features } from './structured-features.js';

/** Layer features as plain arrays: `h[l]` [n, d_l], `d[l]` [n·O, d_{l+1}], row-major. */
export interface FeatureData {
  n: number;
  h: Float32Array[];
  d: Float32Array[];
}

/** What {@link prepare} receives: the features of x1 (and of x2 unless K is symmetric). */
export interface PreparePayload {
  O: number;
  outputs: NtkOutputs;
  f1: FeatureData;
  f2: FeatureData | null;
}

let state: { f1: Features; f2: Features; O: number; outputs: NtkOutputs } | undefined;

function toTensors(f: FeatureData, O: number): Features {
  return {
    h: f.h.map((v) => tf.tensor2d(v, [f.n, v.length / f.n])),
    d: f.d.map((v) => tf.tensor2d(v, [f.n * O, v.length / (f.n * O)])),
  };
}

/** Holds this call's features as tensors (replacing any left over). */
export function prepare(p: PreparePayload): void {
  release();
  const f1 = toTensors(p.f1, p.O);
  state = { f1, f2: p.f2 === null ? f1 : toTensors(p.f2, p.O), O: p.O, outputs: p.outputs };
}

/** One block of K in `kernelBlock`'s layout; its buffer moves to the main thread. */
export async function block(b: KernelBlockRange): Promise<TaskResult<Float32Array>> {
  if (!state) throw new Error('structured NTK block before prepare');
  const t = await kernelBlock(state.f1, [b.r0, b.r1], state.f2, [b.c0, b.c1], state.O, state.outputs);
  let v: Float32Array;
  try {
    v = (await t.data()) as Float32Array;
  } finally {
    t.dispose();
  }
  // The cpu backend hands out its own storage (possibly shared): move only a private copy.
  if (tf.getBackend() !== 'wasm' || v.byteOffset !== 0 || v.byteLength !== v.buffer.byteLength) v = v.slice();
  return taskResult(v, [v.buffer as ArrayBuffer]);
}

/** Frees the held features. */
export function release(): void {
  if (!state) return;
  const { f1, f2 } = state;
  tf.dispose([...f1.h, ...f1.d]);
  if (f2 !== f1) tf.dispose([...f2.h, ...f2.d]);
  state = undefined;
}
