import * as tf from '@tensorflow/tfjs-core';
import { type Mlp, type PooledWorker, leaseWorkers } from '@mlpinit/core';
import { type KernelBlockRange, kernelShape, mirrorLower, placeBlock, planBlocks } from './kernel-blocks.js';
import type { NtkContext, NtkImplementation } from './ntk-implementation.js';
import { kernelBlock } from './structured-block.js';
import { type Features, disposeFeatures, layerFeatures } from './structured-features.js';
import type { FeatureData, PreparePayload } from './structured-ntk-task.js';

/** The worker-side module, compiled (sources run by vitest use the built copy). */
const TASK = import.meta.url.endsWith('.ts')
  ? new URL('../dist/structured-ntk-task.js', import.meta.url)
  : new URL('./structured-ntk-task.js', import.meta.url);

/** In one thread, a symmetric kernel is split into upper-triangle row blocks from this many points on. */
const SYMMETRIC_BLOCKS_FROM = 1024;
/** Row blocks per thread over workers: a few, so threads finish together and cancel stays prompt. */
const BLOCKS_PER_THREAD = 3;

/**
 * Structured empirical NTK of an MLP: with z_l = H_{l−1} W_l + b_l,
 * ∇_{W_l} f(x)·∇_{W_l} f(y) = (h_{l−1}(x)·h_{l−1}(y)) (δ_l(x)·δ_l(y)) and the bias
 * adds δ_l(x)·δ_l(y), so K = Σ_l (Δ_l Δ_lᵀ) ⊙ (H_{l−1} H_{l−1}ᵀ + 1): the
 * "structured derivatives" idea of Novak et al. 2022 ("Fast finite width
 * neural tangent kernel", ICML, Sec. 4) specialised to dense layers. Cost
 * O(N²·Σ_l d_l) time and O(N²) memory beyond the activations, never
 * O(number of weights). With an input encoding (`mlp.encoding`, fixed) the
 * first layer's H_0 is γ(x).
 *
 * With `ctx.workers` > 1 (Node) the rows of K are split into blocks computed by
 * the main thread and threads of core's worker pool from the same features;
 * for x2 = x1 only the upper-triangle blocks are computed and then mirrored.
 */
export const structuredNtk: NtkImplementation = async (mlp, raw1, raw2, ctx: NtkContext) => {
  // A fixed input encoding γ has no parameters: K is the dense layers' kernel on γ(x).
  const x1 = mlp.encodeInputs(raw1);
  const x2 = raw2 === null ? null : mlp.encodeInputs(raw2);
  try {
    return await denseNtk(mlp, x1, x2, ctx);
  } finally {
    if (x1 !== raw1) x1.dispose();
    if (x2 !== null && x2 !== raw2) x2.dispose();
  }
};

async function denseNtk(mlp: Mlp, x1: tf.Tensor2D, x2: tf.Tensor2D | null, ctx: NtkContext): Promise<tf.Tensor2D> {
  const O = mlp.sizes[mlp.numLayers] as number;
  const n1 = x1.shape[0];
  const n2 = (x2 ?? x1).shape[0];
  const symmetric = x2 === null;
  const threads = Math.max(1, Math.min(ctx.workers ?? 1, n1));
  const f1 = layerFeatures(mlp, x1);
  const f2 = x2 === null ? f1 : layerFeatures(mlp, x2);
  try {
    if (threads > 1) return await pooled(f1, f2, n1, n2, O, symmetric, threads, ctx);
    const count = symmetric ? Math.min(8, Math.floor(n1 / (SYMMETRIC_BLOCKS_FROM / 2))) : 1;
    if (count <= 1) return await kernelBlock(f1, [0, n1], f2, [0, n2], O, ctx.outputs, ctx.step);
    // One thread, large symmetric kernel: upper-triangle row blocks, one progress step each.
    const blocks = planBlocks(n1, n2, true, count);
    const [rows, cols] = kernelShape(n1, n2, O, ctx.outputs);
    const out = new Float32Array(rows * cols);
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i] as KernelBlockRange;
      const t = await kernelBlock(f1, [b.r0, b.r1], f2, [b.c0, b.c1], O, ctx.outputs);
      try {
        placeBlock(out, n1, n2, O, ctx.outputs, b, (await t.data()) as Float32Array);
      } finally {
        t.dispose();
      }
      await ctx.step(i + 1, blocks.length);
    }
    mirrorLower(out, n1, O, ctx.outputs);
    return tf.tensor2d(out, [rows, cols]);
  } finally {
    disposeFeatures(f1);
    if (f2 !== f1) disposeFeatures(f2);
  }
}

async function featureData(f: Features): Promise<FeatureData> {
  const read = (ts: tf.Tensor2D[]): Promise<Float32Array[]> => Promise.all(ts.map((t) => t.data() as Promise<Float32Array>));
  const [h, d] = await Promise.all([read(f.h), read(f.d)]);
  return { n: (f.h[0] as tf.Tensor2D).shape[0], h, d };
}

const nextMacrotask = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Row blocks of K over the main thread and `threads − 1` pool workers, handed
 * out from one queue; each finished block is one progress step (which may
 * cancel: the queue stops, the workers finish their block and are returned).
 */
async function pooled(f1: Features, f2: Features, n1: number, n2: number, O: number, symmetric: boolean, threads: number, ctx: NtkContext): Promise<tf.Tensor2D> {
  const blocks = planBlocks(n1, n2, symmetric, threads * BLOCKS_PER_THREAD);
  const queue = [...blocks];
  const [rows, cols] = kernelShape(n1, n2, O, ctx.outputs);
  const out = new Float32Array(rows * cols);
  let done = 0;
  let stop = false;
  const finished = async (b: KernelBlockRange, v: Float32Array): Promise<void> => {
    placeBlock(out, n1, n2, O, ctx.outputs, b, v);
    await ctx.step(++done, blocks.length);
  };
  const payload: PreparePayload = {
    O,
    outputs: ctx.outputs,
    f1: await featureData(f1),
    f2: f2 === f1 ? null : await featureData(f2),
  };
  const lease = await leaseWorkers(threads - 1);
  const remote = async (w: PooledWorker): Promise<void> => {
    await w.call(TASK, 'prepare', payload);
    try {
      for (let b = queue.shift(); b && !stop; b = queue.shift()) await finished(b, await w.call<Float32Array>(TASK, 'block', b));
    } finally {
      await w.call(TASK, 'release');
    }
  };
  const local = async (): Promise<void> => {
    for (let b = queue.shift(); b && !stop; b = queue.shift()) {
      const t = await kernelBlock(f1, [b.r0, b.r1], f2, [b.c0, b.c1], O, ctx.outputs);
      let v: Float32Array;
      try {
        v = (await t.data()) as Float32Array;
      } finally {
        t.dispose();
      }
      await finished(b, v);
      // Let the workers' replies in before the next synchronous block.
      await nextMacrotask();
    }
  };
  const runs = [local(), ...lease.workers.map(remote)].map((p) =>
    p.catch((err: unknown) => {
      stop = true;
      throw err;
    }),
  );
  try {
    const settled = await Promise.allSettled(runs);
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
  } finally {
    lease.release();
  }
  if (symmetric) mirrorLower(out, n1, O, ctx.outputs);
  return tf.tensor2d(out, [rows, cols]);
}
