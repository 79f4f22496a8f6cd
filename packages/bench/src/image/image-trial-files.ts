import { writeFileSync } from 'node:fs';
import type { TrialRunOptions } from '../trials/trial-kinds.js';
import { type ImageRun, type ImageTrialSpec, fitImage } from './image-trial.js';
import { type RgbImage, encodeRgbPng, loadRgbImage, toRgbBytes } from './rgb-image.js';

const cache = new Map<string, Promise<RgbImage>>();

/** The decoded (and resized) image of a trial, decoded once per process. */
export function trialImage(spec: Pick<ImageTrialSpec, 'imagePath' | 'resize'>): Promise<RgbImage> {
  const key = `${spec.imagePath}|${spec.resize?.join('x') ?? ''}`;
  let p = cache.get(key);
  if (!p) {
    p = loadRgbImage(spec.imagePath, spec.resize);
    cache.set(key, p);
  }
  return p;
}

/** Writes a trial's reconstruction (pixel units) as PNG where the spec asks for one. */
export async function writeReconstruction(spec: ImageTrialSpec, pred: ArrayLike<number>, width: number, height: number): Promise<void> {
  if (spec.reconPath) writeFileSync(spec.reconPath, await encodeRgbPng(toRgbBytes(pred, width, height)));
}

/**
 * An image trial in Node: decodes the image file ({@link fitImage} on it) and
 * writes the reconstruction PNG.
 */
export async function runImageTrial(spec: ImageTrialSpec, opts: TrialRunOptions = {}): Promise<ImageRun> {
  const image = await trialImage(spec);
  const { run, pred } = await fitImage(spec, image, opts);
  await writeReconstruction(spec, pred, image.width, image.height);
  return run;
}
