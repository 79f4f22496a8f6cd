import * as tf from '@tensorflow/tfjs-core';
import { type Mlp, type RegularizerContext, gradientPenaltyRegularizer } from '@mlpinit/core';
import type { ImageReg } from '../suites/context.js';
import type { PixelTask } from './pixel-task.js';

/** Weight of the input-gradient penalty in the authors' image code. */
export const GRAD_REG_WEIGHT = 1e-2;
/** Weight of the total-variation penalty (the poster gives none; chosen to match the gradient penalty's). */
export const TV_REG_WEIGHT = 1e-2;
/** Random domain points per step for the gradient penalty. */
export const GRAD_REG_POINTS = 256;
/** Side of the random square patch whose predicted total variation is penalised. */
export const TV_PATCH = 16;

type Regularizer = (mlp: Mlp, ctx: RegularizerContext) => tf.Scalar;

/**
 * `grad`: 1e-2 × mean squared input gradient at uniform random points of the
 * image's (normalised) domain, what Wang & Perdikaris' image code does.
 * `tv`: 1e-2 × anisotropic total variation (mean absolute difference of
 * neighbouring pixels) of the prediction on a random 16×16 patch of the pixel
 * grid: the poster's regulariser, on a patch because the whole image each
 * step would cost a full forward pass. `none`: no regulariser.
 */
export function imageRegularizer(reg: ImageReg, task: PixelTask): Regularizer | undefined {
  if (reg === 'none') return undefined;
  if (reg === 'grad') {
    const [[x0, x1], [y0, y1]] = task.box;
    // core's explicit form: trains on its back-propagation engine, ~2× faster than autodiff.
    return gradientPenaltyRegularizer({
      weight: GRAD_REG_WEIGHT,
      points: ({ rng }) => {
        const pts = new Float32Array(GRAD_REG_POINTS * 2);
        for (let i = 0; i < GRAD_REG_POINTS; i++) {
          pts[2 * i] = rng.uniformRange(x0, x1);
          pts[2 * i + 1] = rng.uniformRange(y0, y1);
        }
        return tf.tensor2d(pts, [GRAD_REG_POINTS, 2]);
      },
    });
  }
  const p = Math.min(TV_PATCH, task.width, task.height);
  return (mlp, { rng }) =>
    tf.tidy(() => {
      const c0 = rng.int(task.width - p + 1);
      const r0 = rng.int(task.height - p + 1);
      const pts = new Float32Array(p * p * 2);
      for (let r = 0; r < p; r++) {
        for (let c = 0; c < p; c++) {
          const xy = task.coords[(r0 + r) * task.width + c0 + c] as number[];
          pts[2 * (r * p + c)] = xy[0] as number;
          pts[2 * (r * p + c) + 1] = xy[1] as number;
        }
      }
      const img = tf.reshape(mlp.forward(tf.tensor2d(pts, [p * p, 2])), [p, p, -1]);
      const dx = tf.abs(tf.sub(tf.slice(img, [0, 1, 0], [-1, -1, -1]), tf.slice(img, [0, 0, 0], [-1, p - 1, -1])));
      const dy = tf.abs(tf.sub(tf.slice(img, [1, 0, 0], [-1, -1, -1]), tf.slice(img, [0, 0, 0], [p - 1, -1, -1])));
      return tf.mul(tf.add(tf.mean(dx), tf.mean(dy)), TV_REG_WEIGHT) as tf.Scalar;
    });
}
