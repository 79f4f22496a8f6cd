import * as tf from '@tensorflow/tfjs-core';
import { Adam } from './adam.js';
import { FlatTrainer } from './flat-trainer.js';
import type { Regularizer } from './gradient-penalty-regularizer.js';
import type { Mlp } from './mlp.js';
import type { Rng } from './rng.js';
import { type TrainOptions, explicitPossible } from './train-options.js';

/** One optimizer step's machinery: a loss from a batch, and the parameters written back to the MLP. */
export interface GradientStepper {
  /** One Adam step on batch (x, y) at rate `lr`; returns the step's loss (a scalar the caller disposes). */
  step(x: tf.Tensor2D, y: tf.Tensor2D, lr: number, step: number): tf.Scalar;
  /** Writes the parameters as trained so far into the MLP's variables. */
  writeTo(): void;
  dispose(): void;
}

type PathName = 'explicit' | 'autodiff';

/**
 * The two ways `train` computes gradients:
 * - `explicit`: hand-written back-propagation (backprop.ts, and the explicit
 *   form of a gradient-penalty regularizer) on all parameters in one flat
 *   vector ({@link FlatTrainer});
 * - `autodiff`: tfjs `variableGrads` of data loss + regularizer, Adam
 *   directly on the MLP's variables: the reference, and the path for any
 *   regularizer or activation without an explicit form.
 */
const PATHS: Record<PathName, (mlp: Mlp, opts: TrainOptions, regRng: Rng) => GradientStepper> = {
  explicit: (mlp, opts, regRng) => {
    const vars = mlp.variables;
    const trainer = new FlatTrainer(mlp.sizes, mlp.activation, vars, opts.adam);
    const explicitReg = opts.regularizer ? (opts.regularizer as Regularizer).explicit : undefined;
    return {
      step: (x, y, lr, step) => {
        const ctx = { step, rng: regRng };
        return trainer.step(x, y, lr, explicitReg && ((act, w, b) => explicitReg.gradients(act, w, b, ctx)));
      },
      writeTo: () => trainer.writeTo(vars),
      dispose: () => trainer.dispose(),
    };
  },
  autodiff: (mlp, opts, regRng) => {
    const vars = mlp.variables;
    const adam = new Adam(vars, opts.adam);
    const regularizer = opts.regularizer;
    return {
      step: (x, y, lr, step) => {
        const res = tf.variableGrads(() => {
          const data = tf.mean(tf.square(tf.sub(mlp.forwardEncoded(x), y))) as tf.Scalar;
          return regularizer ? (tf.add(data, regularizer(mlp, { step, rng: regRng })) as tf.Scalar) : data;
        }, vars);
        adam.step(
          vars.map((v) => res.grads[v.name] as tf.Tensor),
          lr,
        );
        return res.value;
      },
      writeTo: () => {},
      dispose: () => adam.dispose(),
    };
  },
};

/** The gradient path `train` takes: explicit unless asked for autodiff or impossible (see {@link explicitPossible}). */
export function gradientPath(mlp: Mlp, opts: TrainOptions, regRng: Rng): GradientStepper {
  const name: PathName = opts.gradients !== 'autodiff' && explicitPossible(mlp, opts.regularizer) ? 'explicit' : 'autodiff';
  return PATHS[name](mlp, opts, regRng);
}
