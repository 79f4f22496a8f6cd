import * as tf from '@tensorflow/tfjs-core';
import { BUILTIN_ACTIVATIONS, type Mlp, MlpinitError, assertInteger, defaultWorkerCount, getActivation, workerPoolAvailable } from '@mlpinit/core';
import type { NtkMethod } from './empirical-ntk.js';

/**
 * Multiply-adds (N1·N2·Σ_l (d_l + O·d_{l+1})) below which the structured NTK
 * stays in one thread with `workers: 'auto'`. Measured on wasm, 2 cores, 1 → 100×5 → 1:
 * at N = 256 (6.6e7) one thread is as fast as two (8.2 vs 10.2 ms, median best of 5;
 * a pool thread's first calls run slower while V8 warms up); at N = 512 (2.6e8) two
 * threads win (16 vs 23 ms), at N = 1024 1.5× (47 vs 71 ms).
 */
export const MIN_POOLED_WORK = 1.5e8;

/**
 * How many threads (the main one included) `empiricalNtk` computes with:
 * 1 unless the structured method in Node on the wasm or cpu backend with a
 * built-in activation (workers rebuild the network by name); then
 * the requested count, or with `'auto'` the worker policy's default (every
 * core, at most 4) when the kernel is large enough to pay for the messages.
 */
export async function resolveNtkWorkers(requested: number | 'auto' | undefined, method: NtkMethod, mlp: Mlp, n1: number, n2: number): Promise<number> {
  const r = requested ?? 'auto';
  if (r !== 'auto') assertInteger(r, 'opts.workers', 1);
  if (r === 1 || method !== 'structured') return 1;
  const backend = tf.getBackend();
  const eligible = workerPoolAvailable && (backend === 'wasm' || backend === 'cpu') && rebuildable(mlp);
  if (!eligible) {
    if (r === 'auto') return 1;
    throw new MlpinitError('INVALID_ARGUMENT', 'workers > 1 needs Node, the wasm or cpu backend and a built-in activation', 'opts.workers');
  }
  if (r !== 'auto') return r;
  const O = mlp.sizes[mlp.numLayers] as number;
  let perPair = 0;
  for (let l = 0; l < mlp.numLayers; l++) perPair += (mlp.sizes[l] as number) + O * (mlp.sizes[l + 1] as number);
  return n1 * n2 * perPair >= MIN_POOLED_WORK ? defaultWorkerCount() : 1;
}

/** True when a pool worker can rebuild the activation from its name (built-ins and `sin-w<ω₀>`). */
function rebuildable(mlp: Mlp): boolean {
  const name = mlp.activation.name;
  if (!BUILTIN_ACTIVATIONS.includes(name) && !/^sin-w/.test(name)) return false;
  try {
    return getActivation(name) === mlp.activation;
  } catch {
    return false;
  }
}
