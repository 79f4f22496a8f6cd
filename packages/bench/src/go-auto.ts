import * as tf from '@tensorflow/tfjs-core';
import { type Mlp, Rng, createMlp, train } from '@mlpinit/core';
import type { GoSummary } from './build-mlp.js';
import { loadGoInit } from './build-mlp.js';

/** Training data and budget for the short trial fits of `go-auto`. */
export interface AutoFit {
  x: number[][];
  y: number[][];
  /** Steps of each trial fit. */
  steps: number;
  lr: number;
  batchSize?: number;
}

/** How `go-auto` chose: held-out MSE of the trial fit from each candidate. */
export interface GoAutoChoice {
  chosenSteps: number;
  candidates: Array<{ steps: number; heldOutMse: number; meanC: number }>;
}

/** Fraction of the training points held out to judge the candidates. */
export const GO_AUTO_HOLDOUT = 0.1;

/**
 * A data-driven strength for GO (beyond Wang & Perdikaris 2021, who run a
 * fixed 20k steps): one GO run records its learned (c, b) after each
 * candidate number of steps; from each snapshot a network is trained briefly
 * on 90% of the training points and scored on the held-out 10%; the snapshot
 * with the lowest held-out MSE wins. Larger c fits the training points
 * faster but generalises worse where samples are sparse, so this picks the
 * strength the data supports.
 */
export async function goAuto(
  sizes: number[],
  seed: number,
  domain: number[][],
  lambda: number,
  candidates: number[],
  fit: AutoFit,
  signal?: AbortSignal,
): Promise<{ mlp: Mlp; go: GoSummary & { auto: GoAutoChoice } }> {
  const { goInit } = await loadGoInit();
  const maxSteps = Math.max(...candidates);
  const snaps = new Map<number, { c: number[]; b: number[] }>();
  const every = Math.min(...candidates.map((c) => gcd(c, maxSteps)));
  const res = await goInit({
    sizes,
    activation: 'tanh',
    x: domain,
    lambda,
    steps: maxSteps,
    batchSize: Math.min(domain.length, 1024),
    seed,
    ...(signal ? { signal } : {}),
    progressEvery: every,
    onProgress: (p: unknown) => {
      const q = p as { step: number; layerScales: number[]; layerBiases: number[] };
      if (candidates.includes(q.step)) snaps.set(q.step, { c: [...q.layerScales], b: [...q.layerBiases] });
    },
  });
  snaps.set(res.stepsRun, { c: [...res.layerScales], b: [...res.layerBiases] });
  const perm = new Rng(seed + 7919).permutation(fit.x.length);
  const nHeld = Math.max(1, Math.round(GO_AUTO_HOLDOUT * fit.x.length));
  const held = Array.from(perm.subarray(0, nHeld));
  const kept = Array.from(perm.subarray(nHeld));
  const xk = kept.map((i) => fit.x[i] as number[]);
  const yk = kept.map((i) => fit.y[i] as number[]);
  const xh = held.map((i) => fit.x[i] as number[]);
  const yh = held.map((i) => fit.y[i] as number[]);
  const scored: GoAutoChoice['candidates'] = [];
  for (const [steps, snap] of [...snaps.entries()].sort((a, b) => a[0] - b[0])) {
    const mlp = createMlp({ sizes, activation: 'tanh', init: 'fan-in-normal', seed, layerScales: snap.c, layerBiases: snap.b });
    try {
      await train(mlp, { x: xk, y: yk }, { steps: fit.steps, lr: fit.lr, seed, ...(fit.batchSize ? { batchSize: fit.batchSize } : {}), ...(signal ? { signal } : {}) });
      const mse = tf.tidy(() => tf.mean(tf.square(tf.sub(mlp.forward(xh), tf.tensor2d(yh)))).dataSync()[0] as number);
      scored.push({ steps, heldOutMse: mse, meanC: snap.c.reduce((a, v) => a + v, 0) / snap.c.length });
    } finally {
      mlp.dispose();
    }
  }
  const best = scored.reduce((a, s) => (s.heldOutMse < a.heldOutMse ? s : a));
  const snap = snaps.get(best.steps) as { c: number[]; b: number[] };
  return {
    mlp: createMlp({ sizes, activation: 'tanh', init: 'fan-in-normal', seed, layerScales: snap.c, layerBiases: snap.b }),
    go: {
      lambda,
      stepsRun: best.steps,
      seconds: res.seconds,
      layerScales: snap.c,
      layerBiases: snap.b,
      meanCos2Before: res.meanCos2Before,
      meanCos2After: res.meanCos2After,
      auto: { chosenSteps: best.steps, candidates: scored },
    },
  };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
