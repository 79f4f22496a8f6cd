// Pool task module of the structured NTK: a worker rebuilds the network, computes
// the layer features of the points its rows of K need, holds them between
// `prepare` and `release`, and computes row blocks of K.
import * as tf from '@tensorflow/tfjs-core';
import { type TaskResult, getActivation, taskResult } from '@mlpinit/core';
import type { KernelBlockRange } from './kernel-blocks.js';
import type { NtkOutputs } from './ntk-implementation.js';
import { kernelBlock } from './structured-block.js';
import { type BlockFeatures, type FeatureNet, blockFeatures, disposeBlockFeatures, disposeFeatures, layerFeatures } from './structured-features.js';

/** A dense network as plain arrays (a built-in activation, by name). */
export interface NetData {
  sizes: number[];
  activation: string;
  weights: Float32Array[];
  biases: Float32Array[];
}

/** Encoded points [from, from + rows) of one argument of K, row-major. */
export interface PointSlice {
  from: number;
  values: Float32Array;
}

/** What {@link prepare} receives: the network and the points (x2 `null`: K is symmetric, x1 serves both). */
export interface PreparePayload {
  net: NetData;
  outputs: NtkOutputs;
  x1: PointSlice;
  x2: PointSlice | null;
}

/** Layer features of a slice of points, `offset` its first point's index. */
export interface SliceFeatures {
  f: BlockFeatures;
  offset: number;
}

/** The features of `x` (points from `offset` on) in the block layout of `outputs`. */
export function sliceFeatures(net: FeatureNet, x: tf.Tensor2D, offset: number, outputs: NtkOutputs): SliceFeatures {
  const raw = layerFeatures(net, x);
  try {
    return { f: blockFeatures(raw, net.sizes[net.numLayers] as number, outputs), offset };
  } finally {
    disposeFeatures(raw);
  }
}

/** Block `b` (absolute point indices) from features of slices. */
export function sliceBlock(s1: SliceFeatures, s2: SliceFeatures, b: KernelBlockRange): Promise<tf.Tensor2D> {
  return kernelBlock(s1.f, [b.r0 - s1.offset, b.r1 - s1.offset], s2.f, [b.c0 - s2.offset, b.c1 - s2.offset]);
}

let state: { s1: SliceFeatures; s2: SliceFeatures } | undefined;

function pointsOf(p: PointSlice, dim: number): tf.Tensor2D {
  return tf.tensor2d(p.values, [p.values.length / dim, dim]);
}

/** Rebuilds the network and holds the features of this call's points (replacing any left over). */
export function prepare(p: PreparePayload): void {
  release();
  const { net } = p;
  const L = net.sizes.length - 1;
  const weights = net.weights.map((w, l) => tf.tensor2d(w, [net.sizes[l] as number, net.sizes[l + 1] as number]));
  const biases = net.biases.map((b) => tf.tensor1d(b));
  const fnet: FeatureNet = { numLayers: L, sizes: net.sizes, activation: getActivation(net.activation), weights, biases };
  const dim = net.sizes[0] as number;
  const x1 = pointsOf(p.x1, dim);
  const x2 = p.x2 === null ? null : pointsOf(p.x2, dim);
  try {
    const s1 = sliceFeatures(fnet, x1, p.x1.from, p.outputs);
    state = { s1, s2: x2 === null || p.x2 === null ? s1 : sliceFeatures(fnet, x2, p.x2.from, p.outputs) };
  } finally {
    tf.dispose([...weights, ...biases, x1]);
    x2?.dispose();
  }
}

/** One block of K in `kernelBlock`'s layout; its buffer moves to the main thread. */
export async function block(b: KernelBlockRange): Promise<TaskResult<Float32Array>> {
  if (!state) throw new Error('structured NTK block before prepare');
  const t = await sliceBlock(state.s1, state.s2, b);
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
  const { s1, s2 } = state;
  disposeBlockFeatures(s1.f);
  if (s2 !== s1) disposeBlockFeatures(s2.f);
  state = undefined;
}
