import * as tf from '@tensorflow/tfjs-core';
import { type Mlp, createMlp, ready, snrDb, train } from '@mlpinit/core';
import type { FitParams, FitProgress, FitResult, RgbImage } from '../protocol.js';
import { FAMILY_INFO, buildSecondNetwork, checkFamilyParams, familyLearningRate, provisionalLabel } from './fit-family.js';
import { gridCoordinates } from './pixel-coordinates.js';
import { syntheticTarget } from './synthetic-target.js';
import { InputError, type TaskContext } from './task-context.js';

/** Upper bounds that keep one fit within a browser tab's time and memory. */
export const FIT_LIMITS = { maxPixels: 128 * 128, maxDepth: 12, maxWidth: 256, maxSteps: 20_000 };

function checkParams(p: FitParams): void {
  const int = (v: number, name: string, lo: number, hi: number): void => {
    if (!Number.isInteger(v) || v < lo || v > hi) throw new InputError(`${name} must be a whole number from ${lo} to ${hi} (got ${v})`);
  };
  int(p.depth, 'depth', 1, FIT_LIMITS.maxDepth);
  int(p.width, 'width', 2, FIT_LIMITS.maxWidth);
  int(p.steps, 'steps', 1, FIT_LIMITS.maxSteps);
  if (!(p.lr > 0 && p.lr <= 1)) throw new InputError(`learning rate must be in (0, 1] (got ${p.lr})`);
  checkFamilyParams(p);
  if (!Number.isFinite(p.seed)) throw new InputError(`seed must be a number (got ${p.seed})`);
  if (p.target === 'image') {
    if (!p.image) throw new InputError('no image to fit');
    if (p.image.width * p.image.height > FIT_LIMITS.maxPixels) {
      throw new InputError(`the training image has ${p.image.width * p.image.height} pixels; at most ${FIT_LIMITS.maxPixels} fit in a browser tab`);
    }
  } else {
    int(p.gridSize, 'grid size', 4, 128);
  }
}

/** Targets centred to [−1, 1] for training; metrics are in the original [0, 1] units. */
function toTargets(img: RgbImage): number[][] {
  const rows: number[][] = [];
  for (let i = 0; i < img.width * img.height; i++) {
    const row: number[] = [];
    for (let ch = 0; ch < img.channels; ch++) row.push(2 * (img.data[i * img.channels + ch] as number) - 1);
    rows.push(row);
  }
  return rows;
}

/** The reconstruction in [0, 1], read asynchronously (WebGPU reads nothing synchronously). */
async function reconstruct(mlp: Mlp, x: tf.Tensor2D): Promise<Float32Array> {
  const pred = tf.tidy(() => tf.add(tf.mul(mlp.forward(x), 0.5), 0.5));
  const out = (await pred.data()) as Float32Array;
  pred.dispose();
  return Float32Array.from(out);
}

/**
 * Trains a Glorot tanh network and a second network of the chosen family
 * (GO, Fourier features or SIREN) side by side on the same data, streaming
 * losses, reconstructions and SNR (Wang & Perdikaris 2021, §4). The tanh
 * networks see standardized coordinates; Fourier features see [0, 1]² and
 * SIREN [−1, 1]², their papers' conventions.
 */
export async function fitTask(p: FitParams, ctx: TaskContext<FitProgress>): Promise<FitResult> {
  checkParams(p);
  await ready();
  const target = p.target === 'image' ? (p.image as RgbImage) : syntheticTarget(p.gridSize, p.seed);
  const range = FAMILY_INFO[p.family].range;
  const coords = [gridCoordinates(target.width, target.height), gridCoordinates(target.width, target.height, range)] as const;
  const ys = toTargets(target);
  const sizes = [2, ...Array.from({ length: p.depth }, () => p.width), target.channels];
  const lrs: [number, number] = [p.lr, familyLearningRate(p)];
  const labels: [string, string] = ['Glorot tanh', provisionalLabel(p)];
  ctx.progress({ run: 0, phase: 'start', step: 0, steps: p.steps, loss: Number.NaN, labels, target });
  const xt: tf.Tensor2D[] = [];
  const mlps: Mlp[] = [];
  try {
    xt.push(tf.tensor2d(coords[0]));
    xt.push(range === 'standardized' ? (xt[0] as tf.Tensor2D) : tf.tensor2d(coords[1]));
    mlps.push(createMlp({ sizes, activation: 'tanh', init: 'glorot-normal', seed: p.seed }));
    const started = performance.now();
    const second = await buildSecondNetwork(p, sizes, coords[1], ctx);
    mlps.push(second.mlp);
    labels[1] = second.label;
    ctx.progress({ run: 1, phase: 'init', labels, step: 0, steps: p.steps, loss: Number.NaN });
    const initSeconds = (performance.now() - started) / 1000;
    const every = Math.max(1, Math.round(p.steps / 100));
    const snr = (img: Float32Array): number => snrDb(img, target.data);
    const seconds: [number, number] = [0, initSeconds];
    const runOne = async (run: 0 | 1): Promise<void> => {
      const mlp = mlps[run] as Mlp;
      const t0 = performance.now();
      await train(
        mlp,
        { x: coords[run], y: ys },
        {
          steps: p.steps,
          lr: lrs[run],
          seed: p.seed,
          progressEvery: every,
          signal: ctx.signal,
          // core's train() keeps the parameters in its own flat vector and
          // writes them back to the MLP when it finishes, so the network can
          // only be drawn once its run is over (see the README).
          onProgress: (q) => ctx.progress({ run, phase: 'train', step: q.step, steps: q.steps, loss: q.loss }),
        },
      );
      seconds[run] += (performance.now() - t0) / 1000;
      const image = await reconstruct(mlp, xt[run] as tf.Tensor2D);
      ctx.progress({ run, phase: 'train', step: p.steps, steps: p.steps, loss: Number.NaN, image, snrDb: snr(image) }, [image.buffer]);
    };
    await Promise.all([runOne(0), runOne(1)]);
    const final = await Promise.all(mlps.map(async (m, i) => snr(await reconstruct(m, xt[i] as tf.Tensor2D))));
    return {
      labels,
      snrDb: [final[0] as number, final[1] as number],
      seconds,
      target,
      note: second.note,
      family: p.family,
      scale: second.scale,
      scaleSource: second.scaleSource,
      lr: lrs,
    };
  } finally {
    for (const t of new Set(xt)) t.dispose();
    for (const m of mlps) m.dispose();
  }
}
