import * as tf from '@tensorflow/tfjs-core';
import { type Activation, type Matrix2D, MlpinitError, Rng, assertInteger, assertPositive, createMlp, toTensor2D, train } from '@mlpinit/core';

/**
 * Options of the held-out GO strength rule (`goInit({strength: 'holdout', y, auto})`).
 * GO's strength grows with its step count (c keeps growing; Wang & Perdikaris'
 * λ mostly sets where it would stop): the rule walks one GO path with
 * λ = {@link AUTO_PATH_LAMBDA}, keeps (c, b) at each candidate step count, fits
 * each candidate network briefly on 90% of the training data and keeps the one
 * with the lowest mean squared error on the held-out 10%.
 */
export interface AutoStrengthOptions {
  /** @deprecated Pass `y` to `goInit` instead. Training targets, one row per row of `x` ([N, d_out]). */
  y?: number[][] | tf.Tensor2D;
  /**
   * @deprecated Pass `candidates` to `goInit` instead.
   * GO step counts to compare (default {@link AUTO_CANDIDATES}: 0, 25, 75, 250,
   * 750 steps of the path, at its lr 2e-2 the same strengths as 0, 100, 300,
   * 1,000 and 3,000 steps at the authors' 5e-3). The path runs to the largest.
   * 0 is "no GO": Glorot's draw (c_l = √(2·d_in/(d_in + d_out)), b = 0, see
   * `glorotScales`), so the rule can decline GO where it would overfit.
   */
  candidates?: number[];
  /** Adam steps of each trial fit (default 400). Longer trials track long trainings better. */
  trialSteps?: number;
  /** Learning rate of the trial fits (default 2e-3). */
  trialLr?: number;
  /** Mini-batch of the trial fits (default 1024). */
  trialBatchSize?: number;
  /** Held-out fraction (default 0.1). */
  holdout?: number;
}

/** λ of the GO path both strength rules (`'kernel'`, `'holdout'`) walk (the authors' default). */
export const AUTO_PATH_LAMBDA = 1e-4;

/**
 * Adam learning rate of the path both strength rules (`'kernel'`,
 * `'holdout'`) walk, unless `lr` is given: 4× the authors' 5e-3. GO's path
 * is a function of lr × steps (Adam moves each of the 2L scalars by about lr
 * per step): measured on 2 → 8×64 → 3 tanh, 250 steps at 2e-2 land within
 * ~10% of the c, b and mean cos² of 1,000 steps at 5e-3 (go-init
 * docs/strength.md), for a quarter of the time.
 */
export const AUTO_PATH_LR = 2e-2;

/** Default candidate path lengths of both strength rules (`goInit`'s `candidates`). */
export const AUTO_CANDIDATES: readonly number[] = [0, 25, 75, 250, 750];

/** What the rule measured, kept in the result's settings. */
export interface AutoStrengthReport {
  candidates: Array<{ steps: number; heldOutMse: number; layerScales: number[] }>;
  chosenSteps: number;
  trialSteps: number;
  holdout: number;
  seconds: number;
}

/** @internal Validated rule options. */
export interface ResolvedAuto {
  y: tf.Tensor2D;
  candidates: number[];
  trialSteps: number;
  trialLr: number;
  trialBatchSize: number;
  holdout: number;
}

/** @internal Validates the options; the caller owns the returned tensor `y`. */
export function resolveAuto(
  auto: AutoStrengthOptions | undefined,
  yGiven: Matrix2D | undefined,
  candidates: number[],
  n: number,
  dOut: number,
): ResolvedAuto {
  const yIn = yGiven ?? auto?.y;
  if (yIn === undefined) {
    throw new MlpinitError('INVALID_ARGUMENT', "strength 'holdout' needs the training targets: pass y with one row per row of x", 'opts.y');
  }
  const trialSteps = auto?.trialSteps ?? 400;
  assertInteger(trialSteps, 'opts.auto.trialSteps', 1);
  const trialLr = auto?.trialLr ?? 2e-3;
  assertPositive(trialLr, 'opts.auto.trialLr');
  const trialBatchSize = auto?.trialBatchSize ?? 1024;
  assertInteger(trialBatchSize, 'opts.auto.trialBatchSize', 1);
  const holdout = auto?.holdout ?? 0.1;
  assertPositive(holdout, 'opts.auto.holdout');
  if (holdout >= 0.5) throw new MlpinitError('INVALID_ARGUMENT', `expected a fraction below 0.5, got ${holdout}`, 'opts.auto.holdout');
  const given = toTensor2D(yIn, 'opts.y');
  const y = given === yIn ? tf.clone(given) : given;
  if (y.shape[0] !== n || y.shape[1] !== dOut) {
    const shape = y.shape.join(' × ');
    y.dispose();
    throw new MlpinitError('SHAPE_MISMATCH', `expected ${n} × ${dOut} targets (rows of x × outputs), got ${shape}`, 'opts.y');
  }
  return { y, candidates: [...candidates], trialSteps, trialLr, trialBatchSize, holdout };
}

/**
 * @internal Trial-fits each snapshot of the GO path on the training split and
 * returns the step count whose network has the lowest held-out MSE.
 */
export async function selectStrength(
  sizes: number[],
  activation: Activation,
  x: tf.Tensor2D,
  auto: ResolvedAuto,
  snapshots: Map<number, Float64Array>,
  seed: number,
  signal: AbortSignal | undefined,
): Promise<AutoStrengthReport> {
  const start = performance.now();
  const n = x.shape[0];
  const nHold = Math.max(1, Math.round(auto.holdout * n));
  const perm = new Rng(seed ^ 0x2c1b3c6d).permutation(n);
  const [xTr, yTr, xHo, yHo] = tf.tidy(() => {
    const tr = tf.tensor1d(perm.subarray(nHold), 'int32');
    const ho = tf.tensor1d(perm.subarray(0, nHold), 'int32');
    return [tf.gather(x, tr), tf.gather(auto.y, tr), tf.gather(x, ho), tf.gather(auto.y, ho)] as tf.Tensor2D[];
  }) as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
  const hidden = sizes.length - 2;
  const candidates: AutoStrengthReport['candidates'] = [];
  try {
    for (const steps of auto.candidates) {
      const p = snapshots.get(steps);
      if (!p) continue;
      const layerScales = Array.from(p.subarray(0, hidden), Math.fround);
      const layerBiases = Array.from(p.subarray(hidden), Math.fround);
      const mlp = createMlp({ sizes, activation, init: 'fan-in-normal', seed, layerScales, layerBiases });
      try {
        await train(mlp, { x: xTr, y: yTr }, { steps: auto.trialSteps, lr: auto.trialLr, batchSize: auto.trialBatchSize, seed, signal });
        const mse = tf.tidy(() => tf.mean(tf.square(tf.sub(mlp.forward(xHo), yHo))));
        const value = (await mse.data())[0] as number;
        mse.dispose();
        candidates.push({ steps, heldOutMse: Number.isFinite(value) ? value : Number.POSITIVE_INFINITY, layerScales });
      } finally {
        mlp.dispose();
      }
    }
  } finally {
    tf.dispose([xTr, yTr, xHo, yHo]);
  }
  const best = candidates.reduce((a, b) => (b.heldOutMse < a.heldOutMse ? b : a));
  return {
    candidates,
    chosenSteps: best.steps,
    trialSteps: auto.trialSteps,
    holdout: auto.holdout,
    seconds: (performance.now() - start) / 1000,
  };
}
