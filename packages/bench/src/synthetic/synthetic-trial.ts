import * as tf from '@tensorflow/tfjs-core';
import { type Mlp, relativeL2 } from '@mlpinit/core';
import { type GoSummary, buildMlp } from '../trials/build-mlp.js';
import type { ScaleChoice } from '@mlpinit/go-init';
import { type Family, type GoDefaults, familyLr, familyOf, parseInit } from '../trials/init-spec.js';
import { evalTarget, gridPoints, samplePoints, syntheticTarget } from './target.js';
import type { SyntheticProfile } from '../suites/profiles.js';
import type { TrialRunOptions } from '../trials/trial-kinds.js';
import { trainWithCheckpoints, trialRecord } from '../trials/train-with-checkpoints.js';
import { type InfiniteWidthRecord, infiniteFamilyOf, infiniteWidthPredict } from '../trials/infinite-width.js';

/** One (init, seed, size) trial of the synthetic suite, as plain data; the training settings are the profile's. */
export interface SyntheticTrialSpec
  extends Pick<SyntheticProfile, 'maxFreq' | 'depth' | 'width' | 'steps' | 'batchSize' | 'lr' | 'lrDecay' | 'testGrid' | 'checkpoints'> {
  init: string;
  seed: number;
  /** Number of training points. */
  size: number;
  go: GoDefaults;
  /** Also fit the network's infinite-width NTK (t = ∞) and score it on every `stride`-th test-grid row and column. */
  infiniteWidth?: { stride: number };
}

/** Relative L2 errors at a training step. */
export interface SyntheticCheckpoint {
  step: number;
  trainRelL2: number;
  testRelL2: number;
}

/** A finished synthetic trial (`results.json` → `runs[]`). */
export interface SyntheticRun {
  init: string;
  seed: number;
  size: number;
  maxFreq: number;
  trainRelL2: number;
  testRelL2: number;
  seconds: number;
  trainSeconds: number;
  steps: number;
  finalLoss: number;
  go?: GoSummary;
  /** `ff`, `siren-auto`: the scale rule's report (go-init's `chooseScale`). */
  scale?: ScaleChoice;
  /** Adam's base learning rate of this run (the family's). */
  lr?: number;
  curve: SyntheticCheckpoint[];
  /** The infinite-width NTK's fit of the same points and its test error beside the trained network's, when asked for. */
  infiniteWidth?: InfiniteWidthRecord;
}

/** Inputs on [−1, 1] have variance 1/3: dividing by √(1/3) gives unit variance (GO's normalisation). */
const INPUT_SCALE = Math.sqrt(3);

/**
 * The inputs a family sees for points on [−1, 1]²: unit variance for tanh
 * networks (GO's normalisation), [0, 1] for Fourier features (Tancik et al.
 * 2020), [−1, 1] as they are for SIREN (Sitzmann et al. 2020).
 */
function normalise(points: number[][], family: Family = 'tanh'): number[][] {
  if (family === 'siren') return points.map(([a, b]) => [a as number, b as number]);
  if (family === 'fourier') return points.map(([a, b]) => [((a as number) + 1) / 2, ((b as number) + 1) / 2]);
  return points.map(([a, b]) => [(a as number) * INPUT_SCALE, (b as number) * INPUT_SCALE]);
}

async function predict(mlp: Mlp, x: number[][], scale: number): Promise<Float64Array> {
  const t = tf.tidy(() => mlp.forward(x));
  const v = await t.data();
  t.dispose();
  const out = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = (v[i] as number) * scale;
  return out;
}

/**
 * Fits a deep tanh MLP to `size` random samples of a seeded target of the
 * authors' family (Wang & Perdikaris 2021, Sec. 4.1, Figure 4) and measures
 * the relative L2 error on the training points and on a dense test grid.
 * Targets are scaled by their training std for training; errors are in the
 * target's own units.
 */
export async function runSyntheticTrial(
  spec: SyntheticTrialSpec,
  opts: TrialRunOptions = {},
): Promise<SyntheticRun> {
  const t0 = performance.now();
  const target = syntheticTarget(spec.seed, spec.maxFreq);
  const rawTrain = samplePoints(spec.seed, spec.size);
  const rawTest = gridPoints(spec.testGrid);
  const yTrain = Float64Array.from(rawTrain, ([a, b]) => evalTarget(target, a as number, b as number));
  const yTest = Float64Array.from(rawTest, ([a, b]) => evalTarget(target, a as number, b as number));
  let s2 = 0;
  for (const v of yTrain) s2 += v * v;
  const scale = Math.sqrt(s2 / yTrain.length) || 1;
  const initSpec = parseInit(spec.init, spec.go);
  const family = familyOf(initSpec);
  const lr = familyLr(family, spec.lr);
  const x = normalise(rawTrain, family);
  const xTest = normalise(rawTest, family);
  const y = Array.from(yTrain, (v) => [v / scale]);
  const sizes = [2, ...new Array(spec.depth).fill(spec.width), 1];
  const plan = { x, budget: { steps: spec.steps, batchSize: spec.batchSize } };
  const holdout = { y, steps: Math.min(1000, Math.max(50, Math.round(spec.steps / 4))), lr, batchSize: spec.batchSize };
  const { mlp, go, scale: scaleChoice } = await buildMlp(initSpec, sizes, spec.seed, x, opts.signal, plan, holdout);
  try {
    // The infinite-width NTK of this initialization, fitted before training (its kernel is the one at init).
    let kernelPart: { idx: number[]; err: number; seconds: number; config: InfiniteWidthRecord['config'] } | undefined;
    if (spec.infiniteWidth) {
      const t1 = performance.now();
      const stride = spec.infiniteWidth.stride;
      const idx: number[] = [];
      for (let r = 0; r < spec.testGrid; r += stride) for (let c = 0; c < spec.testGrid; c += stride) idx.push(r * spec.testGrid + c);
      const family = await infiniteFamilyOf(mlp, go);
      const pred = await infiniteWidthPredict(family, x, y, idx.map((i) => xTest[i] as number[]), opts.signal);
      const err = relativeL2(Float64Array.from(pred, (r) => (r[0] as number) * scale), Float64Array.from(idx, (i) => yTest[i] as number));
      kernelPart = { idx, err, seconds: (performance.now() - t1) / 1000, config: family.config };
    }
    const evaluate = async (step: number): Promise<SyntheticCheckpoint> => ({
      step,
      trainRelL2: relativeL2(await predict(mlp, x, scale), yTrain),
      testRelL2: relativeL2(await predict(mlp, xTest, scale), yTest),
    });
    const { curve, final, losses, trainSeconds } = await trainWithCheckpoints(
      mlp,
      { x, y },
      { steps: spec.steps, lr, lrDecay: spec.lrDecay, batchSize: spec.batchSize, seed: spec.seed, checkpoints: spec.checkpoints, reports: 50, evaluate },
      opts,
    );
    let infiniteWidth: InfiniteWidthRecord | undefined;
    if (kernelPart) {
      const sub = kernelPart.idx.map((i) => xTest[i] as number[]);
      const trained = relativeL2(await predict(mlp, sub, scale), Float64Array.from(kernelPart.idx, (i) => yTest[i] as number));
      infiniteWidth = {
        config: kernelPart.config,
        trainPoints: x.length,
        testPoints: sub.length,
        kernel: kernelPart.err,
        trained,
        metric: 'testRelL2',
        seconds: kernelPart.seconds,
      };
    }
    return {
      init: spec.init,
      seed: spec.seed,
      size: spec.size,
      maxFreq: spec.maxFreq,
      trainRelL2: final.trainRelL2,
      testRelL2: final.testRelL2,
      ...trialRecord(t0, spec.steps, { curve, losses, trainSeconds }, { go, scale: scaleChoice }, lr),
      ...(infiniteWidth ? { infiniteWidth } : {}),
    };
  } finally {
    mlp.dispose();
  }
}
