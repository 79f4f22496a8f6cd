import * as tf from '@tensorflow/tfjs-core';
import { type Mlp, type PooledWorker, leaseWorkers } from '@mlpinit/core';
import { type KernelBlockRange, type ShareCosts, type ThreadShare, kernelShape, mirrorLower, placeBlock, planBlocks, planThreads } from './kernel-blocks.js';
import type { NtkContext, NtkImplementation, NtkOutputs } from './ntk-implementation.js';
import { kernelBlock } from './structured-block.js';
import { type BlockFeatures, blockFeatures, disposeBlockFeatures, disposeFeatures, layerFeatures } from './structured-features.js';
import { type NetData, type PreparePayload, type SliceFeatures, sliceBlock, sliceFeatures } from './structured-ntk-task.js';

/** The worker-side module, compiled (sources run by vitest use the built copy); computed so bundlers leave it alone. */
const TASK_PATH = import.meta.url.endsWith('.ts') ? '../dist/structured-ntk-task.js' : './structured-ntk-task.js';
const TASK = (): URL => new URL(TASK_PATH, import.meta.url);

/** In one thread, a symmetric kernel is split into upper-triangle row blocks from this many points on (2 × 2 blocks at 256, 3 of 4 computed: ~20 % faster on wasm, measured on 1 → 100×5 → 1). */
const SYMMETRIC_BLOCKS_FROM = 256;

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
 * With `ctx.workers` > 1 (Node) the rows of K are shared between the main
 * thread and threads of core's worker pool, each computing the features of
 * the points it needs; for x2 = x1 only the upper triangle is computed and
 * then mirrored.
 */
export const structuredNtk: NtkImplementation = async (mlp, raw1, raw2, ctx: NtkContext) => {
  // A fixed input encoding γ has no parameters: K is the dense layers' kernel on γ(x).
  const x1 = mlp.encodeInputs(raw1);
  const x2 = raw2 === null ? null : mlp.encodeInputs(raw2);
  try {
    const threads = Math.max(1, Math.min(ctx.workers ?? 1, x1.shape[0]));
    return threads > 1 ? await pooled(mlp, x1, x2, threads, ctx) : await inThread(mlp, x1, x2, ctx);
  } finally {
    if (x1 !== raw1) x1.dispose();
    if (x2 !== null && x2 !== raw2) x2.dispose();
  }
};

/** The whole kernel in this thread: one block (progress per layer), or upper-triangle blocks of a large symmetric one. */
async function inThread(mlp: Mlp, x1: tf.Tensor2D, x2: tf.Tensor2D | null, ctx: NtkContext): Promise<tf.Tensor2D> {
  const O = mlp.sizes[mlp.numLayers] as number;
  const n1 = x1.shape[0];
  const n2 = (x2 ?? x1).shape[0];
  const raw1 = layerFeatures(mlp, x1);
  const raw2 = x2 === null ? raw1 : layerFeatures(mlp, x2);
  let b1: BlockFeatures | undefined;
  let b2: BlockFeatures | undefined;
  try {
    b1 = blockFeatures(raw1, O, ctx.outputs);
    b2 = raw2 === raw1 ? b1 : blockFeatures(raw2, O, ctx.outputs);
    const count = x2 === null ? Math.min(8, Math.floor(n1 / (SYMMETRIC_BLOCKS_FROM / 2))) : 1;
    if (count <= 1) return await kernelBlock(b1, [0, n1], b2, [0, n2], ctx.step);
    const blocks = planBlocks(n1, n2, true, count);
    const [rows, cols] = kernelShape(n1, n2, O, ctx.outputs);
    const out = new Float32Array(rows * cols);
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i] as KernelBlockRange;
      placeBlock(out, n1, n2, O, ctx.outputs, b, await readBlock(kernelBlock(b1, [b.r0, b.r1], b2, [b.c0, b.c1])));
      await ctx.step(i + 1, blocks.length);
    }
    mirrorLower(out, n1, O, ctx.outputs);
    return tf.tensor2d(out, [rows, cols]);
  } finally {
    if (b1) disposeBlockFeatures(b1);
    if (b2 && b2 !== b1) disposeBlockFeatures(b2);
    disposeFeatures(raw1);
    if (raw2 !== raw1) disposeFeatures(raw2);
  }
}

async function readBlock(t: Promise<tf.Tensor2D>): Promise<Float32Array> {
  const k = await t;
  try {
    return (await k.data()) as Float32Array;
  } finally {
    k.dispose();
  }
}

/**
 * Relative costs of features and Gram products for {@link planThreads}, in
 * multiply-adds. Features are weighted 2.5× (small products and elementwise
 * work run at a lower rate than the Gram products, measured on wasm), and a
 * worker's fixed cost (messages, rebuilding the network, tfjs's JavaScript
 * running less warmed up in a worker) about a millisecond of Gram products.
 */
function shareCosts(sizes: readonly number[], outputs: NtkOutputs): ShareCosts {
  const L = sizes.length - 1;
  const O = sizes[L] as number;
  let perPoint = 0;
  let perPair = 0;
  for (let l = 0; l < L; l++) {
    const [a, b] = [sizes[l] as number, sizes[l + 1] as number];
    perPoint += a * b * (1 + O);
    perPair += a + 1 + (outputs === 'full' ? O * O : O) * b;
  }
  return { perPoint: 2.5 * perPoint, perPair, perWorker: 2e7, perChunk: 2e9 };
}

const nextMacrotask = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * K over the main thread and pool workers ({@link planThreads}): every thread
 * computes the features of the points its share needs and its chunks of rows;
 * each finished chunk is one progress step (which may cancel: no further
 * chunks start, the workers finish theirs and return to the pool).
 */
async function pooled(mlp: Mlp, x1: tf.Tensor2D, x2: tf.Tensor2D | null, threads: number, ctx: NtkContext): Promise<tf.Tensor2D> {
  const O = mlp.sizes[mlp.numLayers] as number;
  const n1 = x1.shape[0];
  const n2 = (x2 ?? x1).shape[0];
  const dim = x1.shape[1];
  const symmetric = x2 === null;
  const shares = planThreads(n1, n2, symmetric, threads, shareCosts(mlp.sizes, ctx.outputs));
  const total = shares.reduce((s, t) => s + t.chunks.length, 0);
  const [rows, cols] = kernelShape(n1, n2, O, ctx.outputs);
  const out = new Float32Array(rows * cols);
  let done = 0;
  let stop = false;
  const finished = async (b: KernelBlockRange, v: Float32Array): Promise<void> => {
    placeBlock(out, n1, n2, O, ctx.outputs, b, v);
    await ctx.step(++done, total);
  };
  const read = (ts: readonly tf.Tensor[]): Promise<Float32Array[]> => Promise.all(ts.map((t) => t.data() as Promise<Float32Array>));
  const net: NetData = { sizes: [...mlp.sizes], activation: mlp.activation.name, weights: await read(mlp.weights), biases: await read(mlp.biases) };
  const [v1, v2] = await read(x2 === null ? [x1] : [x1, x2]);
  const lease = await leaseWorkers(shares.length - 1);
  // Each worker gets the network, its points and its first chunks before the main thread
  // starts on its own share, and keeps two chunks queued.
  const remote = async (w: PooledWorker, share: ThreadShare): Promise<void> => {
    const payload: PreparePayload = {
      net,
      outputs: ctx.outputs,
      // Symmetric: points [r0, n) serve as rows and columns; else rows [r0, r1) against all of x2.
      x1: { from: share.r0, values: (v1 as Float32Array).slice(share.r0 * dim, (symmetric ? n1 : share.r1) * dim) },
      x2: symmetric ? null : { from: 0, values: v2 as Float32Array },
    };
    const pending: Promise<void>[] = [w.call<void>(TASK(), 'prepare', payload)];
    const queue = [...share.chunks];
    const fill = (): void => {
      while (pending.length < 3 && !stop) {
        const b = queue.shift();
        if (!b) return;
        pending.push(w.call<Float32Array>(TASK(), 'block', b).then((v) => finished(b, v)));
      }
    };
    try {
      fill();
      for (let head = pending.shift(); head; head = pending.shift()) {
        await head;
        fill();
      }
    } finally {
      await Promise.allSettled(pending);
      // Not awaited: the lease returns the worker to the pool once this call has run.
      void w.call(TASK(), 'release').catch(() => undefined);
    }
  };
  const local = async (share: ThreadShare): Promise<void> => {
    let s1: SliceFeatures | undefined;
    let s2: SliceFeatures | undefined;
    try {
      if (symmetric) {
        const xs = share.r0 === 0 ? x1 : tf.slice(x1, [share.r0, 0], [n1 - share.r0, dim]);
        s1 = sliceFeatures(mlp, xs, share.r0, ctx.outputs);
        if (xs !== x1) xs.dispose();
        s2 = s1;
      } else {
        const xs = tf.slice(x1, [share.r0, 0], [share.r1 - share.r0, dim]);
        s1 = sliceFeatures(mlp, xs, share.r0, ctx.outputs);
        xs.dispose();
        s2 = sliceFeatures(mlp, x2 as tf.Tensor2D, 0, ctx.outputs);
      }
      for (const b of share.chunks) {
        if (stop) break;
        await finished(b, await readBlock(sliceBlock(s1, s2, b)));
        // Let the workers' replies in before the next synchronous chunk.
        await nextMacrotask();
      }
    } finally {
      if (s1) disposeBlockFeatures(s1.f);
      if (s2 && s2 !== s1) disposeBlockFeatures(s2.f);
    }
  };
  const guard = (p: Promise<void>): Promise<void> =>
    p.catch((err: unknown) => {
      stop = true;
      throw err;
    });
  const runs = lease.workers.map((w, i) => guard(remote(w, shares[i + 1] as ThreadShare)));
  runs.push(guard(local(shares[0] as ThreadShare)));
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
