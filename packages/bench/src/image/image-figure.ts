import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { VegaLiteSpec } from '../analysis-api.js';
import type { ImageSummary } from './image-summary.js';
import type { ImageRun } from './image-trial.js';
import { randomPixelMask } from './pixel-mask.js';
import { type RgbImage, encodeRowPng, loadRgbImage } from './rgb-image.js';

/**
 * SNR of the full image, the held-out and the training pixels against
 * training step, one line per init; one row of panels per regulariser.
 */
export function imageCurvesSpec(summary: ImageSummary): VegaLiteSpec {
  const values = summary.curves.flatMap((c) => [
    { init: c.init, reg: c.reg, step: c.step, pixels: 'full image', snrDb: c.snrDb },
    { init: c.init, reg: c.reg, step: c.step, pixels: 'held-out pixels', snrDb: c.heldOutSnrDb },
    { init: c.init, reg: c.reg, step: c.step, pixels: 'training pixels', snrDb: c.trainSnrDb },
  ]);
  const regs = ['none', 'grad', 'tv'].filter((r) => summary.curves.some((c) => c.reg === r));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: `Image regression ${summary.width}×${summary.height}: SNR vs training step`,
    data: { values },
    facet: {
      column: { field: 'pixels', type: 'nominal', title: null },
      ...(regs.length > 1 ? { row: { field: 'reg', type: 'nominal', title: 'regulariser', sort: regs } } : {}),
    },
    spec: {
      width: 220,
      height: 200,
      mark: { type: 'line', point: true },
      encoding: {
        x: { field: 'step', type: 'quantitative', title: 'training step' },
        y: { field: 'snrDb', type: 'quantitative', title: 'SNR (dB)', scale: { zero: false } },
        // Up to 20 inits stay distinguishable.
        color: { field: 'init', type: 'nominal', scale: { scheme: 'tableau20' } },
      },
    },
  };
}

async function readRecon(dir: string, run: ImageRun | undefined): Promise<RgbImage | undefined> {
  if (!run?.recon) return undefined;
  const path = join(dir, run.recon);
  return existsSync(path) ? loadRgbImage(path) : undefined;
}

/**
 * Figure 5 (Wang & Perdikaris 2021) as one PNG: original, training mask
 * (training pixels in colour, the rest black), Glorot reconstruction, GO
 * reconstruction, for the first seed that has both (or whichever exist).
 */
export async function writeFigure5(
  runs: readonly ImageRun[],
  original: RgbImage,
  pixels: number,
  dir: string,
): Promise<string | undefined> {
  const pick = (init: string): ImageRun | undefined =>
    runs.find((r) => r.init === init && r.reg === 'none' && r.recon) ?? runs.find((r) => r.init === init && r.recon);
  const glorot = pick('glorot');
  const go = pick('go') ?? runs.find((r) => r.init.startsWith('go') && r.recon);
  const seed = glorot?.seed ?? go?.seed ?? 0;
  const mask = randomPixelMask(original.width * original.height, pixels, seed);
  const masked = new Uint8Array(original.rgb.length);
  for (const p of mask.train) {
    masked[3 * p] = original.rgb[3 * p] as number;
    masked[3 * p + 1] = original.rgb[3 * p + 1] as number;
    masked[3 * p + 2] = original.rgb[3 * p + 2] as number;
  }
  const panels: RgbImage[] = [original, { ...original, rgb: masked }];
  for (const r of [glorot, go]) {
    const img = await readRecon(dir, r);
    if (img && img.width === original.width && img.height === original.height) panels.push(img);
  }
  if (panels.length < 3) return undefined;
  writeFileSync(join(dir, 'figure-5.png'), await encodeRowPng(panels));
  return 'figure-5';
}
