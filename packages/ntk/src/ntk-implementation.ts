import type * as tf from '@tensorflow/tfjs-core';
import type { Mlp } from '@mlpinit/core';

/** How the per-output kernels are combined: their sum, or every output pair. */
export type NtkOutputs = 'trace' | 'full';

/** What an implementation gets besides the network and the inputs. */
export interface NtkContext {
  outputs: NtkOutputs;
  /** Called after each unit of work; may throw to cancel (`ABORTED`). */
  step: (done: number, total: number) => Promise<void>;
}

/**
 * One empirical-NTK algorithm (neural-tangents' `NtkImplementation`):
 * returns the kernel as a tensor owned by the caller, leaking nothing else.
 * `x2` is `null` when the kernel is of x1 with itself.
 */
export type NtkImplementation = (mlp: Mlp, x1: tf.Tensor2D, x2: tf.Tensor2D | null, ctx: NtkContext) => Promise<tf.Tensor2D>;
