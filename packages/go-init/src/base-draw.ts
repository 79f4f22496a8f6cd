import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '@mlpinit/core';

/** One hidden layer's base weights W̃ ~ N(0, 1/d_in) and their transpose. */
export interface BaseLayer {
  /** W̃: [d_in, d_out]. */
  w: tf.Tensor2D;
  /** W̃ᵀ: [d_out, d_in], transposed in JavaScript for the backward pass. */
  wt: tf.Tensor2D;
}

/**
 * @internal Draws W̃_l ~ N(0, 1/d_in) for every hidden layer of `sizes` from
 * `rng` (in layer order, as core's `fanInNormal` would), as tensors owned by
 * the caller.
 */
export function drawBase(sizes: readonly number[], rng: Rng): BaseLayer[] {
  const layers: BaseLayer[] = [];
  for (let l = 0; l < sizes.length - 2; l++) {
    const dIn = sizes[l] as number;
    const dOut = sizes[l + 1] as number;
    const w = rng.normalArray(dIn * dOut, 1 / Math.sqrt(dIn));
    const wt = new Float32Array(dIn * dOut);
    for (let i = 0; i < dIn; i++) for (let j = 0; j < dOut; j++) wt[j * dIn + i] = w[i * dOut + j] as number;
    layers.push({ w: tf.tensor2d(w, [dIn, dOut], 'float32'), wt: tf.tensor2d(wt, [dOut, dIn], 'float32') });
  }
  return layers;
}

/** @internal Frees a base draw. */
export function disposeBase(base: readonly BaseLayer[]): void {
  for (const { w, wt } of base) {
    w.dispose();
    wt.dispose();
  }
}
