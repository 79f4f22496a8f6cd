import { psnrDb, snrDb } from '@mlpinit/core';
import { type GoSummary, buildMlp } from '../trials/build-mlp.js';
import type { ImageReg } from '../suites/context.js';
import { type GoDefaults, familyLr, familyOf, parseInit } from '../trials/init-spec.js';
import type { ScaleChoice } from '@mlpinit/go-init';
import { randomPixelMask } from './pixel-mask.js';
import { normalisedColours, pickPixels, pixelTask, withFamilyCoordinates } from './pixel-task.js';
import { ntkHalfWidthPx } from './ntk-width.js';
import { predictImage } from './predict.js';
import { imageRegularizer } from './regularizers.js';
import type { RgbImage } from './rgb-image.js';
import type { ImageProfile } from '../suites/profiles.js';
import type { TrialRunOptions } from '../trials/trial-kinds.js';
import { trainWithCheckpoints, trialRecord } from '../trials/train-with-checkpoints.js';
import { type InfiniteWidthRecord, infiniteFamilyOf, infiniteWidthPredict } from '../trials/infinite-width.js';

/** One (init, seed, reg) trial of the image suite, as plain data (it can cross to a worker thread); the training settings are the profile's. */
export interface ImageTrialSpec extends Pick<ImageProfile, 'depth' | 'width' | 'steps' | 'batchSize' | 'lr' | 'lrDecay' | 'checkpoints' | 'pixels'> {
  imagePath: string;
  /** The image's name in results (its file name). */
  image: string;
  resize?: [number, number];
  seed: number;
  init: string;
  reg: ImageReg;
  go: GoDefaults;
  /** Where to write the reconstruction as PNG. */
  reconPath?: string;
  /**
   * Also fit the network's infinite-width NTK (t = ∞) to the training pixels of
   * a central (`crop` + 2·`margin`)² window and score it on the held-out pixels
   * of the central `crop` × `crop` window.
   */
  infiniteWidth?: { crop: number; margin?: number };
}

/** SNR (dB, original pixel units) at a training step. */
export interface ImageCheckpoint {
  step: number;
  snrDb: number;
  heldOutSnrDb: number;
  trainSnrDb: number;
}

/** A finished image trial (`results.json` → `runs[]`). */
export interface ImageRun {
  /** The image's file name (absent in results from before multi-image runs). */
  image?: string;
  init: string;
  seed: number;
  reg: ImageReg;
  /** SNR on the full image, 20·log10(‖y‖/‖ŷ − y‖), pixel units (the paper's metric). */
  snrDb: number;
  /** PSNR on the full image, peak 255. */
  psnrDb: number;
  /** SNR on the held-out pixels only. */
  heldOutSnrDb: number;
  /** SNR on the training pixels only. */
  trainSnrDb: number;
  /** Wall time of GO (if any) and training. */
  seconds: number;
  trainSeconds: number;
  steps: number;
  finalLoss: number;
  go?: GoSummary;
  /** `ff`, `siren-auto`: the scale rule's report (go-init's `chooseScale`). */
  scale?: ScaleChoice;
  /** Adam's base learning rate of this run (the family's: see the bench README). */
  lr?: number;
  curve: ImageCheckpoint[];
  width: number;
  height: number;
  trainPixels: number;
  /** File name of the reconstruction PNG in the suite folder. */
  recon?: string;
  /** Mean NTK half-width at initialization over a central patch, in pixels (null only in results of early versions that ran without @mlpinit/ntk). */
  ntkHalfWidthPx: number | null;
  /** Typical spacing of the training pixels, 1/√fraction pixels. */
  sampleSpacingPx: number;
  /** The infinite-width NTK's held-out SNR in the central window beside the trained network's, when asked for. */
  infiniteWidth?: InfiniteWidthRecord;
}

/** Indices of the pixels of `idx` inside the central `crop` × `crop` window. */
function inCentralWindow(idx: ArrayLike<number>, width: number, height: number, crop: number): number[] {
  const c = Math.min(crop, width, height);
  const x0 = Math.floor((width - c) / 2);
  const y0 = Math.floor((height - c) / 2);
  const out: number[] = [];
  for (let i = 0; i < idx.length; i++) {
    const p = idx[i] as number;
    const row = Math.floor(p / width);
    const col = p - row * width;
    if (row >= y0 && row < y0 + c && col >= x0 && col < x0 + c) out.push(p);
  }
  return out;
}

/**
 * Fits a deep tanh (or sin, for SIREN) MLP to a seeded random subset of an
 * image's pixels with Adam and exponential decay (Wang & Perdikaris 2021,
 * Sec. 4.2) and measures SNR on the full image, the held-out and the
 * training pixels at evenly spaced checkpoints. Portable (no file access: the
 * image comes decoded, the reconstruction goes back as `pred`), so the same
 * code runs in Node and in a browser page.
 */
export async function fitImage(
  spec: ImageTrialSpec,
  image: RgbImage,
  opts: TrialRunOptions = {},
): Promise<{ run: ImageRun; pred: Float64Array }> {
  const t0 = performance.now();
  const n = image.width * image.height;
  const mask = randomPixelMask(n, spec.pixels, spec.seed);
  const initSpec = parseInit(spec.init, spec.go);
  const family = familyOf(initSpec);
  const task = withFamilyCoordinates(pixelTask(image, mask.train), family);
  const lr = familyLr(family, spec.lr);
  const x = mask.train.length === n ? task.coords : Array.from(mask.train, (p) => task.coords[p] as number[]);
  const y = normalisedColours(task, mask.train);
  const sizes = [2, ...new Array(spec.depth).fill(spec.width), 3];
  const batch = spec.batchSize ? { batchSize: spec.batchSize } : {};
  const plan = { x, budget: { steps: spec.steps, ...batch } };
  const holdout = { y, steps: Math.min(500, Math.max(50, Math.round(spec.steps / 10))), lr, ...batch };
  const { mlp, go, scale } = await buildMlp(initSpec, sizes, spec.seed, task.coords, opts.signal, plan, holdout);
  try {
    const trueAll = task.colours;
    const trueTrain = pickPixels(trueAll, mask.train);
    const trueHeld = pickPixels(trueAll, mask.heldOut);
    // The last evaluation's prediction (the final one, after training) is also the reconstruction.
    let lastPred: Float64Array | undefined;
    const evaluate = async (step: number): Promise<ImageCheckpoint> => {
      const pred = await predictImage(mlp, task);
      lastPred = pred;
      return {
        step,
        snrDb: snrDb(pred, trueAll),
        heldOutSnrDb: snrDb(pickPixels(pred, mask.heldOut), trueHeld),
        trainSnrDb: snrDb(pickPixels(pred, mask.train), trueTrain),
      };
    };
    const halfWidth = await ntkHalfWidthPx(mlp, task, opts.signal);
    // The infinite-width NTK of this initialization, fitted in the central window before training.
    let kernelPart: { held: number[]; train: number[]; snr: number; seconds: number; config: InfiniteWidthRecord['config'] } | undefined;
    if (spec.infiniteWidth) {
      const t1 = performance.now();
      // Training pixels from the window widened by a margin (a border pixel keeps its neighbours), scored inside the window.
      const margin = spec.infiniteWidth.margin ?? 0;
      const train = inCentralWindow(mask.train, image.width, image.height, spec.infiniteWidth.crop + 2 * margin);
      const held = inCentralWindow(mask.heldOut, image.width, image.height, spec.infiniteWidth.crop);
      if (train.length > 0 && held.length > 0) {
        const family = await infiniteFamilyOf(mlp, go);
        const pred = await infiniteWidthPredict(
          family,
          train.map((p) => task.coords[p] as number[]),
          normalisedColours(task, train),
          held.map((p) => task.coords[p] as number[]),
          opts.signal,
        );
        const pixels = Float64Array.from(pred.flatMap((r) => r.map((v, ch) => v * task.colourStd[ch as 0 | 1 | 2] + task.colourMean[ch as 0 | 1 | 2])));
        kernelPart = { held, train, snr: snrDb(pixels, pickPixels(task.colours, held)), seconds: (performance.now() - t1) / 1000, config: family.config };
      }
    }
    const reg = imageRegularizer(spec.reg, task);
    const { curve, final, losses, trainSeconds } = await trainWithCheckpoints(
      mlp,
      { x, y },
      {
        steps: spec.steps,
        lr,
        lrDecay: spec.lrDecay,
        seed: spec.seed,
        ...(spec.batchSize !== undefined ? { batchSize: spec.batchSize } : {}),
        ...(reg ? { regularizer: reg } : {}),
        checkpoints: spec.checkpoints,
        reports: 100,
        evaluate,
      },
      opts,
    );
    const pred = lastPred as Float64Array;
    const recon = spec.reconPath?.split(/[\\/]/).pop();
    const infiniteWidth: InfiniteWidthRecord | undefined = kernelPart && {
      config: kernelPart.config,
      trainPoints: kernelPart.train.length,
      testPoints: kernelPart.held.length,
      kernel: kernelPart.snr,
      trained: snrDb(pickPixels(pred, kernelPart.held), pickPixels(trueAll, kernelPart.held)),
      metric: 'heldOutSnrDb',
      seconds: kernelPart.seconds,
    };
    const run: ImageRun = {
      image: spec.image,
      init: spec.init,
      seed: spec.seed,
      reg: spec.reg,
      snrDb: final.snrDb,
      psnrDb: psnrDb(pred, trueAll, 255),
      heldOutSnrDb: final.heldOutSnrDb,
      trainSnrDb: final.trainSnrDb,
      ...trialRecord(t0, spec.steps, { curve, losses, trainSeconds }, { go, scale }, lr),
      width: image.width,
      height: image.height,
      trainPixels: mask.train.length,
      ...(recon ? { recon } : {}),
      ntkHalfWidthPx: halfWidth,
      sampleSpacingPx: 1 / Math.sqrt(mask.train.length / n),
      ...(infiniteWidth ? { infiniteWidth } : {}),
    };
    return { run, pred };
  } finally {
    mlp.dispose();
  }
}
