import type { Mlp } from '@mlpinit/core';
import type { GoSummary } from './build-mlp.js';
import { loadGoInit } from './build-mlp.js';

/** Training data and budget for the short trial fits of the default `go`. */
export interface AutoFit {
  x: number[][];
  y: number[][];
  /** Steps of each trial fit. */
  steps: number;
  lr: number;
  batchSize?: number;
  /** The training that follows (the kernel-width rule scales its k with its epochs). */
  budget?: { steps: number; batchSize?: number };
}

/** How the default `go` chose: held-out MSE of the trial fit from each candidate. */
export interface GoAutoChoice {
  chosenSteps: number;
  candidates: Array<{ steps: number; heldOutMse: number; meanC: number }>;
}

/** Fraction of the training points held out to judge the candidates. */
export const GO_AUTO_HOLDOUT = 0.1;

/**
 * The project's default `go`: @mlpinit/go-init's `lambda: 'auto'` (beyond
 * Wang & Perdikaris 2021, who run a fixed 20k steps). One GO path, snapshots
 * of (c, b) at each candidate step count, a short trial fit from each on 90%
 * of the training points, and the snapshot with the lowest held-out MSE on the
 * other 10% wins: larger c fits faster but generalises worse where samples
 * are sparse, so this picks the strength the data supports.
 */
export async function goAuto(
  sizes: number[],
  seed: number,
  candidates: number[],
  fit: AutoFit,
  signal?: AbortSignal,
): Promise<{ mlp: Mlp; go: GoSummary & { auto: GoAutoChoice } }> {
  const { goInit, AUTO_PATH_LAMBDA } = await loadGoInit();
  // The automatic rule walks go-init's path λ (AUTO_PATH_LAMBDA).
  const res = await goInit({
    sizes,
    activation: 'tanh',
    // The trial fits need targets for the points GO runs on, so the path runs on
    // the training inputs (a seeded subset of the domain, e.g. 25% of the pixels).
    x: fit.x,
    lambda: 'auto',
    auto: {
      y: fit.y,
      candidates,
      trialSteps: fit.steps,
      trialLr: fit.lr,
      trialBatchSize: fit.batchSize ?? Math.min(fit.x.length, 1024),
      holdout: GO_AUTO_HOLDOUT,
    },
    seed,
    ...(signal ? { signal } : {}),
  });
  const report = res.settings?.auto;
  if (!report) throw new Error("@mlpinit/go-init did not report its 'auto' choice");
  const scored = report.candidates.map((c) => ({
    steps: c.steps,
    heldOutMse: c.heldOutMse,
    meanC: c.layerScales.reduce((a, v) => a + v, 0) / c.layerScales.length,
  }));
  return {
    mlp: res.createMlp(seed),
    go: {
      lambda: AUTO_PATH_LAMBDA,
      stepsRun: res.stepsRun,
      seconds: res.seconds,
      layerScales: [...res.layerScales],
      layerBiases: [...res.layerBiases],
      meanCos2Before: res.meanCos2Before,
      meanCos2After: res.meanCos2After,
      auto: { chosenSteps: report.chosenSteps, candidates: scored },
    },
  };
}
