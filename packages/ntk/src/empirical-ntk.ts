import type * as tf from '@tensorflow/tfjs-core';
import { type Mlp, MlpinitError, abortError, ready } from '@mlpinit/core';
import { jacobianNtk } from './jacobian-ntk.js';
import type { Kernel } from './kernel.js';
import type { NtkImplementation, NtkOutputs } from './ntk-implementation.js';
import { type Points, pointsTensor } from './points.js';
import { resolveNtkWorkers } from './ntk-workers.js';
import { structuredNtk } from './structured-ntk.js';

/** The empirical-NTK algorithms, keyed by name. */
export type NtkMethod = 'structured' | 'jacobian';

/**
 * The dispatch table of empirical-NTK algorithms (as neural-tangents'
 * `_implementation_to_ntk_fn`): `'structured'` (fast, default) and
 * `'jacobian'` (explicit per-example gradients, the slow reference).
 */
export const NTK_METHODS: Readonly<Record<NtkMethod, NtkImplementation>> = Object.freeze({
  structured: structuredNtk,
  jacobian: jacobianNtk,
});

/**
 * Progress of {@link empiricalNtk}: layers done (structured, one block), row blocks
 * done (structured over workers or a large symmetric kernel), or examples done (jacobian).
 */
export interface NtkProgress {
  method: NtkMethod;
  done: number;
  total: number;
}

/** Options of {@link empiricalNtk}. */
export interface EmpiricalNtkOptions {
  /**
   * `'trace'` (default): Σ_o ∇f_o(x)·∇f_o(y), N1 × N2. `'full'`: every output pair, N1·O × N2·O
   * (row n·O + o). `'diagonal'`: each output's own kernel ∇f_o(x)·∇f_o(y), no cross-output
   * terms (torch.func's `compute='diagonal'`), stacked output-major as O·N1 × N2 (row o·N1 + n).
   */
  outputs?: NtkOutputs;
  /** Algorithm (default `'structured'`), see {@link NTK_METHODS}. */
  method?: NtkMethod;
  /** Called after each layer (structured) or example (jacobian). */
  onProgress?: (p: NtkProgress) => void;
  /** Cancels the computation; the promise rejects with `MlpinitError` code `ABORTED`. */
  signal?: AbortSignal;
  /**
   * Threads for the structured method, the main one included (Node, wasm or cpu
   * backend): row blocks of K run on threads of core's persistent worker pool
   * (see `disposeWorkerPool` in `@mlpinit/core`). `'auto'` (default): every core
   * (at most 4) for kernels large enough to pay for it, else 1. The jacobian
   * method ignores it.
   */
  workers?: number | 'auto';
}

function assertMlp(mlp: unknown): asserts mlp is Mlp {
  const m = mlp as Partial<Mlp> | null;
  if (!m || typeof m !== 'object' || !Array.isArray(m.weights) || !Array.isArray(m.sizes) || !m.activation) {
    throw new MlpinitError('INVALID_ARGUMENT', 'expected an Mlp from @mlpinit/core (createMlp or mlpFromWeights)', 'mlp');
  }
  if (m.weights.some((w) => w.isDisposed)) throw new MlpinitError('INVALID_ARGUMENT', 'this MLP has been disposed', 'mlp');
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The empirical neural tangent kernel of a core MLP (Jacot, Gabriel & Hongler
 * 2018, Eq. 4): K(x, y) = ∇_θ f(x) · ∇_θ f(y) over all weights and biases θ,
 * at the network's current parameters, in core's standard parameterisation
 * (no width factors; see {@link infiniteNtk} for how it scales with width).
 *
 * @param x1 N1 points (rows with `mlp.inputSize` raw coordinates; `number[]` for 1-D inputs). An
 *   input encoding is part of f but has no parameters, so K is taken over the dense layers' weights.
 * @param x2 N2 points (default: x1, giving a symmetric positive semi-definite kernel).
 * @returns the kernel as plain float64 data, N1 × N2 for `'trace'`, N1·O × N2·O
 *   (row n·O + o = example n, output o) for `'full'`, O·N1 × N2 (row o·N1 + n: output o's
 *   N1 × N2 kernel is the o-th contiguous block) for `'diagonal'`. No tensor outlives the call.
 */
export async function empiricalNtk(mlp: Mlp, x1: Points, x2?: Points | null, opts: EmpiricalNtkOptions = {}): Promise<Kernel> {
  assertMlp(mlp);
  if (opts === null || typeof opts !== 'object') throw new MlpinitError('INVALID_ARGUMENT', 'expected an options object', 'opts');
  const method = opts.method ?? 'structured';
  const impl = Object.hasOwn(NTK_METHODS, method) ? NTK_METHODS[method] : undefined;
  if (!impl) {
    throw new MlpinitError('INVALID_ARGUMENT', `unknown method ${JSON.stringify(method)}; known: ${Object.keys(NTK_METHODS).join(', ')}`, 'opts.method');
  }
  const outputs = opts.outputs ?? 'trace';
  if (outputs !== 'trace' && outputs !== 'full' && outputs !== 'diagonal') {
    throw new MlpinitError('INVALID_ARGUMENT', `expected 'trace', 'full' or 'diagonal', got ${JSON.stringify(outputs)}`, 'opts.outputs');
  }
  const { signal, onProgress } = opts;
  if (signal?.aborted) throw abortError('empiricalNtk');
  await ready();
  const dim = mlp.inputSize;
  const t1 = await pointsTensor(x1, 'x1', dim);
  let t2: tf.Tensor2D | null = null;
  try {
    t2 = x2 === undefined || x2 === null || x2 === x1 ? null : await pointsTensor(x2, 'x2', dim);
    const step = async (done: number, total: number): Promise<void> => {
      onProgress?.({ method, done, total });
      // Yield only when someone can cancel: a macrotask per step costs ~1 ms.
      if (signal) {
        await yieldToEventLoop();
        if (signal.aborted) throw abortError('empiricalNtk');
      }
    };
    const workers = await resolveNtkWorkers(opts.workers, method, mlp, t1.shape[0], (t2 ?? t1).shape[0]);
    const k = await impl(mlp, t1, t2, { outputs, step, workers });
    try {
      // The typed-array constructor copies ~10× faster than Float64Array.from on large kernels.
      const values = new Float64Array(await k.data());
      const O = outputs === 'trace' ? 1 : (mlp.sizes[mlp.numLayers] as number);
      const [rows, cols] = k.shape;
      const n2 = outputs === 'full' ? cols / O : cols;
      return { values, rows, cols, n1: rows / O, n2, outputs: O, layout: outputs };
    } finally {
      k.dispose();
    }
  } finally {
    t1.dispose();
    t2?.dispose();
  }
}
