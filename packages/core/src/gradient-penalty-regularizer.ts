import * as tf from '@tensorflow/tfjs-core';
import type { Activation } from './activation.js';
import type { MseGradients } from './backprop.js';
import { MlpinitError } from './errors.js';
import { gradientPenalty } from './input-gradient.js';
import type { Mlp } from './mlp.js';
import { penaltyBackward, supportsExplicitPenalty } from './penalty-backprop.js';
import { type Matrix2D, toTensor2D } from './tensor-input.js';
import type { RegularizerContext } from './train.js';
import { assertPositive } from './validate.js';

/**
 * A training regularizer: an extra loss term, differentiable in the MLP's
 * variables. A regularizer may also carry `explicitGradients`, its value and
 * parameter gradients computed without autodiff, which lets {@link train} keep
 * its explicit back-propagation engine.
 */
export interface Regularizer {
  (mlp: Mlp, ctx: RegularizerContext): tf.Scalar;
  /** @internal Present when the term can be differentiated without autodiff. */
  explicit?: ExplicitRegularizer;
}

/** @internal The explicit form of a {@link Regularizer}. */
export interface ExplicitRegularizer {
  /** Whether `gradients` works with this activation. */
  supports(act: Activation): boolean;
  /**
   * Value and gradients in (W_0, b_0, W_1, …) order given explicit parameter
   * tensors; called inside a tidy, once per step, in place of the function.
   */
  gradients(act: Activation, weights: readonly tf.Tensor2D[], biases: readonly tf.Tensor1D[], ctx: RegularizerContext): MseGradients;
}

/** Options of {@link gradientPenaltyRegularizer}. */
export interface GradientPenaltyOptions {
  /** Weight w of the penalty (> 0); Wang & Perdikaris' image code uses 1e-2. */
  weight: number;
  /**
   * The points where the input gradient is penalised this step, [M, d_in];
   * called once per step with the step's seeded generator (draw collocation
   * points from `ctx.rng` to stay reproducible).
   */
  points: (ctx: RegularizerContext) => Matrix2D;
}

/**
 * The input-gradient penalty w · mean_{n,k,o} (∂f_o/∂x_k)² at the given points
 * (the smoothness regulariser of Wang & Perdikaris' image code, 2021) as a
 * {@link train} regularizer. With an activation that has `grad2` (every
 * built-in one) training back-propagates it explicitly (see
 * `penaltyBackward`), about twice as fast as autodiff; otherwise through
 * {@link gradientPenalty} and autodiff. Both give the same gradients.
 */
export function gradientPenaltyRegularizer(opts: GradientPenaltyOptions): Regularizer {
  if (!opts || typeof opts !== 'object') throw new MlpinitError('INVALID_ARGUMENT', 'expected {weight, points}', 'opts');
  assertPositive(opts.weight, 'opts.weight');
  if (typeof opts.points !== 'function') {
    throw new MlpinitError('INVALID_ARGUMENT', 'expected a function (ctx) => points [M, d_in]', 'opts.points');
  }
  const { weight, points } = opts;
  const reg: Regularizer = (mlp, ctx) =>
    tf.tidy(() => tf.mul(gradientPenalty(mlp, toTensor2D(points(ctx), 'points(ctx)', mlp.inputSize)), weight) as tf.Scalar);
  reg.explicit = {
    supports: supportsExplicitPenalty,
    gradients: (act, weights, biases, ctx) => {
      const dIn = (weights[0] as tf.Tensor2D).shape[0];
      return penaltyBackward(act, weights, biases, toTensor2D(points(ctx), 'points(ctx)', dIn), weight);
    },
  };
  return reg;
}
