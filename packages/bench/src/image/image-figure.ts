import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { VEGA_LITE_SCHEMA, type VegaLiteSpec } from '@mlpinit/core';
import type { ImageSummary } from './image-summary.js';
import type { ImageRun } from './image-trial.js';
import { randomPixelMask } from './pixel-mask.js';
import { writeFigure } from '../render/render-spec.js';
import { type RgbImage, encodeRgbPng, loadRgbImage } from './rgb-image.js';

/**
 * SNR of the full image, the held-out and the training pixels against
 * training step, one line per init; one row of panels per regulariser.
 */
export function imageCurvesSpec(summary: ImageSummary, setting?: { depth: number; hidden: number; steps: number; batchSize: number | null; seeds: number }): VegaLiteSpec {
  const values = summary.curves.flatMap((c) => [
    { init: c.init, reg: c.reg, step: c.step, pixels: 'full image', snrDb: c.snrDb },
    { init: c.init, reg: c.reg, step: c.step, pixels: 'held-out pixels', snrDb: c.heldOutSnrDb },
    { init: c.init, reg: c.reg, step: c.step, pixels: 'training pixels', snrDb: c.trainSnrDb },
  ]);
  const regs = ['none', 'grad', 'tv'].filter((r) => summary.curves.some((c) => c.reg === r));
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: `Image regression ${summary.images[0]?.image ?? ''} ${summary.width}×${summary.height}: SNR vs training step`,
      subtitle: [
        ...(setting
          ? [`2 → ${setting.depth}×${setting.hidden} → 3 tanh MLP, ${setting.steps.toLocaleString('en-US')} Adam steps, batch ${setting.batchSize === null ? 'all' : setting.batchSize.toLocaleString('en-US')}`]
          : []),
        `line: mean over ${setting ? `${setting.seeds} seeds` : 'seeds'} (no band); held-out pixels are the primary metric`,
      ],
      anchor: 'start',
    },
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

/** One picture of Figure 5: a PNG (as a data URL, so the spec renders anywhere) with its title. */
export interface Figure5Panel {
  title: string;
  /** Two lines (so that every picture starts at the same height). */
  subtitle: [string, string];
  png: Buffer;
  width: number;
  height: number;
}

/** What Figure 5's heading states: the task, the network, the budget and the seeds. */
export interface Figure5Setting {
  image: string;
  width: number;
  height: number;
  pixels: number;
  trainPixels: number;
  depth: number;
  hidden: number;
  steps: number;
  batchSize: number | null;
  seed: number;
  seeds: number;
  /** Held-out SNR means over seeds of the shown configs, e.g. `glorot 15.00 dB`. */
  means: string[];
}

/** Grey of the pixels the network never saw (light, so the sparse training pixels stay visible). */
export const UNSEEN_GREY = 225;

/**
 * Figure 5 of Wang & Perdikaris (2021) as a Vega-Lite specification: the
 * original, the training pixels (the rest light grey) and one reconstruction
 * per config, each titled with its held-out and full-image SNR; the heading
 * names the image, the network, the budget and the seed shown.
 */
export function figure5Spec(panels: readonly Figure5Panel[], s: Figure5Setting): VegaLiteSpec {
  const fmt = (n: number) => n.toLocaleString('en-US');
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: `Figure 5: image regression from ${Math.round(s.pixels * 100)}% of the pixels`,
      subtitle: [
        `${s.image} ${s.width}×${s.height}, ${fmt(s.trainPixels)} training pixels; 2 → ${s.depth}×${s.hidden} → 3 tanh MLP, ${fmt(s.steps)} Adam steps, batch ${s.batchSize === null ? 'all' : fmt(s.batchSize)}`,
        `seed ${s.seed} shown (of ${s.seeds}); SNR = 20·log10(‖y‖/‖ŷ − y‖); held-out mean over seeds: ${s.means.join(', ')}`,
      ],
      anchor: 'start',
    },
    hconcat: panels.map((p) => ({
      title: { text: p.title, subtitle: p.subtitle },
      width: p.width,
      height: p.height,
      data: { values: [{ url: `data:image/png;base64,${p.png.toString('base64')}` }] },
      mark: { type: 'image', width: p.width, height: p.height, align: 'left', baseline: 'top' },
      encoding: { x: { value: 0 }, y: { value: 0 }, url: { field: 'url', type: 'nominal' } },
    })),
    config: { view: { stroke: null } },
  };
}

/** The training pixels of `original` in colour, every other pixel {@link UNSEEN_GREY}. */
export function maskedImage(original: RgbImage, train: ArrayLike<number>): RgbImage {
  const masked = new Uint8Array(original.rgb.length).fill(UNSEEN_GREY);
  for (let i = 0; i < train.length; i++) {
    const p = train[i] as number;
    for (let k = 0; k < 3; k++) masked[3 * p + k] = original.rgb[3 * p + k] as number;
  }
  return { ...original, rgb: masked };
}

const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');

/**
 * Writes Figure 5 (Wang & Perdikaris 2021) for the first image: original,
 * training pixels, and the Glorot, best fixed scale and GO reconstructions of
 * one seed (the first that has them), as `figure-5.{png,svg,vl.json}`.
 */
export async function writeFigure5(
  runs: readonly ImageRun[],
  summary: ImageSummary,
  original: RgbImage,
  setting: Omit<Figure5Setting, 'seed' | 'seeds' | 'means' | 'trainPixels' | 'width' | 'height'>,
  dir: string,
): Promise<string | undefined> {
  const pick = (init: string, seed?: number): ImageRun | undefined =>
    runs.find((r) => r.init === init && r.reg === 'none' && r.recon && (seed === undefined || r.seed === seed));
  const go = pick('go') ?? runs.find((r) => r.init.startsWith('go') && r.reg === 'none' && r.recon);
  const seed = pick('glorot')?.seed ?? go?.seed ?? runs[0]?.seed ?? 0;
  const shown = ['glorot', ...(summary.bestFixedScale ? [summary.bestFixedScale] : []), go?.init ?? 'go'];
  const mask = randomPixelMask(original.width * original.height, setting.pixels, seed);
  const panels: Figure5Panel[] = [
    { title: 'original', subtitle: [`${original.width}×${original.height}`, `${setting.image}`], png: await encodeRgbPng(original), width: original.width, height: original.height },
    {
      title: 'training pixels',
      subtitle: [`${Math.round(setting.pixels * 100)}% of the pixels`, 'grey: never seen'],
      png: await encodeRgbPng(maskedImage(original, mask.train)),
      width: original.width,
      height: original.height,
    },
  ];
  const means: string[] = [];
  for (const init of shown) {
    const run = pick(init, seed);
    const img = await readRecon(dir, run);
    if (!run || !img || img.width !== original.width || img.height !== original.height) continue;
    panels.push({ title: init, subtitle: [`held-out SNR ${f2(run.heldOutSnrDb)} dB`, `full image ${f2(run.snrDb)} dB`], png: await encodeRgbPng(img), width: img.width, height: img.height });
    const row = summary.rows.find((r) => r.image === (run.image ?? summary.images[0]?.image) && r.init === init && r.reg === 'none');
    if (row) means.push(`${init} ${f2(row.heldOutSnrDb)} dB`);
  }
  if (panels.length < 3) return undefined;
  const seeds = new Set(runs.map((r) => r.seed)).size;
  const spec = figure5Spec(panels, { ...setting, width: original.width, height: original.height, trainPixels: mask.train.length, seed, seeds, means });
  await writeFigure(spec, join(dir, 'figure-5'));
  return 'figure-5';
}
