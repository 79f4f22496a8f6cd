import { type Mlp, type TrainOptions, train } from '@mlpinit/core';
import type { TrialRunOptions } from './trial-kinds.js';

/** Options of {@link trainWithCheckpoints}. */
export interface CheckpointedTraining<C extends { step: number }> {
  steps: number;
  lr: number;
  lrDecay: TrainOptions['lrDecay'];
  seed: number;
  batchSize?: number;
  regularizer?: TrainOptions['regularizer'];
  /** About how many evaluations between the first and the last. */
  checkpoints: number;
  /** Progress reports per run (checkpoints fall on reports). */
  reports: number;
  /** Measures the network at a step (0 before training, `steps` at the end); training waits for it. */
  evaluate: (step: number) => Promise<C>;
}

/**
 * A trial's training: `train` with the suite's schedule, the network
 * evaluated before training, at about `checkpoints` evenly spaced steps and
 * at the end; step progress and cancellation from the trial's options.
 */
export async function trainWithCheckpoints<C extends { step: number }>(
  mlp: Mlp,
  data: { x: number[][]; y: number[][] },
  t: CheckpointedTraining<C>,
  opts: TrialRunOptions,
): Promise<{ curve: C[]; final: C; losses: number[]; trainSeconds: number }> {
  const progressEvery = Math.max(1, Math.ceil(t.steps / t.reports));
  const checkEvery = progressEvery * Math.max(1, Math.round(t.steps / Math.max(1, t.checkpoints) / progressEvery));
  const curve: C[] = [await t.evaluate(0)];
  const t0 = performance.now();
  const losses = await train(mlp, data, {
    steps: t.steps,
    lr: t.lr,
    lrDecay: t.lrDecay,
    seed: t.seed,
    progressEvery,
    ...(t.batchSize !== undefined ? { batchSize: t.batchSize } : {}),
    ...(t.regularizer ? { regularizer: t.regularizer } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.workers !== undefined ? { workers: opts.workers } : {}),
    onProgress: async (p) => {
      opts.onStep?.(p.step, p.steps);
      if (p.step % checkEvery === 0 && p.step < p.steps) curve.push(await t.evaluate(p.step));
    },
  });
  const trainSeconds = (performance.now() - t0) / 1000;
  const final = await t.evaluate(t.steps);
  curve.push(final);
  return { curve, final, losses, trainSeconds };
}

/**
 * The fields every trial's run record shares: wall time since `t0`, training
 * time, steps, final loss, what GO or a scale rule chose, the learning rate
 * and the checkpoint curve.
 */
export function trialRecord<C, G, S>(
  t0: number,
  steps: number,
  trained: { curve: C[]; losses: number[]; trainSeconds: number },
  built: { go?: G; scale?: S },
  lr: number,
): { seconds: number; trainSeconds: number; steps: number; finalLoss: number; go?: G; scale?: S; lr: number; curve: C[] } {
  return {
    seconds: (performance.now() - t0) / 1000,
    trainSeconds: trained.trainSeconds,
    steps,
    finalLoss: trained.losses[trained.losses.length - 1] as number,
    ...(built.go ? { go: built.go } : {}),
    ...(built.scale ? { scale: built.scale } : {}),
    lr,
    curve: trained.curve,
  };
}
