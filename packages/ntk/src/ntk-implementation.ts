import type * as tf from '@tensorflow/tfjs-core';
import type { Mlp } from '@mlpinit/core';

/**
 * How the per-output kernels are combined: `'trace'` their sum, `'full'` every
 * output pair, `'diagonal'` each output's own kernel K_o(x, y) = ∇f_o(x)·∇f_o(y)
 * with no cross-output terms (torch.func's `compute='diagonal'`).
 */
export type NtkOutputs = 'trace' | 'full' | 'diagonal';

/** What an implementation gets besides the network and the inputs. */
export interface NtkContext {
  outputs: NtkOutputs;
  /** Called after each unit of work; may throw to cancel (`ABORTED`). */
  step: (done: number, total: number) => Promise<void>;
  /** Threads to compute with, the main one included (1 or absent: the main thread only; Node only). */
  workers?: number;
}

/**
 * One empirical-NTK algorithm (neural-tangents' `NtkImplementation`):
 * returns the kernel as a tensor owned by the caller, leaking nothing else.
 * `x2` is `null` when the kernel is of x1 with itself.
 */
export type NtkImplementation = (mlp: Mlp, x1: tf.Tensor2D, x2: tf.Tensor2D | null, ctx: NtkContext) => Promise<tf.Tensor2D>;
