import { existsSync, mkdirSync } from 'node:fs';
import { MlpinitError } from '@mlpinit/core';
import { basename, join } from 'node:path';
import { type ImageReg, type SuiteContext, suiteSeeds } from '../suites/context.js';
import { cellKey, imageGrid } from '../results/trial-grid.js';
import { parseInit, splitLabel } from '../trials/init-spec.js';
import { type TrialJob, resultsFromTrials, runTrials } from '../trials/trial-pool.js';
import { writeFigure } from '../render/render-spec.js';
import { type SuiteResults, runConfig, suiteDir } from '../results/results.js';
import { sliceGrid } from '../results/shard.js';
import { type SuiteDef, finishSuite } from '../suites/suite-def.js';
import { imageCurvesSpec, writeFigure5 } from './image-figure.js';
import { type ImageSource, imageSource } from './image-source.js';
import { imageClaims } from './image-claims.js';
import { type ImageSummary, configLabel, summarizeImage } from './image-summary.js';
import { imageTable } from './image-table.js';
import type { ImageRun, ImageTrialSpec } from './image-trial.js';
import { bundledImage, loadRgbImage } from './rgb-image.js';

type Results = SuiteResults<ImageRun, ImageSummary>;

interface ImageSizes {
  /** Multi-image results. */
  images?: ImageSource[];
  /** Results from before multi-image runs. */
  imagePath?: string;
  resize?: [number, number];
  pixels: number;
  depth: number;
  /** Hidden width. */
  width: number;
  steps: number;
  batchSize?: number | null;
}

/**
 * Results written before the suite took several images (one `image`,
 * `resize` and `imagePath` in the config, runs without `image`) in the
 * current form: the config lists `images`, and every run and grid cell names
 * its image, so old and new result sets can be combined (`merge --union`).
 */
export function upgradeImageResults(results: Results): Results {
  const sz = results.config.sizes as unknown as ImageSizes & { image?: string };
  if (sz.images || typeof sz.image !== 'string') return results;
  const name = sz.image;
  const { image: _i, resize, imagePath, ...rest } = sz;
  const images = [{ path: imagePath ?? name, name, ...(resize ? { resize } : {}) }];
  return {
    ...results,
    config: { ...results.config, sizes: { ...rest, images } as unknown as Record<string, unknown> },
    grid: results.grid.map((c) => ({ ...c, image: c.image ?? name })),
    runs: results.runs.map((r) => ({ ...r, image: r.image ?? name })),
    ...(results.skipped ? { skipped: results.skipped.map((c) => ({ ...c, image: c.image ?? name })) } : {}),
  };
}

/** Figure 5: the image suite. */
export const IMAGE_SUITE: SuiteDef<ImageRun, ImageSummary> = {
  name: 'image',
  shardable: true,
  runCell: (r) => ({ init: configLabel(r.init, r.reg), ...(r.image !== undefined ? { image: r.image } : {}), seed: r.seed }),
  upgrade: upgradeImageResults,
  summarize: summarizeImage,
  async figures(results, dir) {
    const out: string[] = [];
    if (!results.summary) return out;
    const sz = results.config.sizes as unknown as ImageSizes;
    const first = sz.images?.[0] ?? (sz.imagePath ? { path: sz.imagePath, name: basename(sz.imagePath), ...(sz.resize ? { resize: sz.resize } : {}) } : undefined);
    if (!first) return out;
    // Results merged on another machine: fall back to the bundled file of the same name.
    const path = existsSync(first.path) ? first.path : bundledImage(first.path.includes('/images/') ? `images/${first.name}` : first.name);
    if (!existsSync(path)) return out;
    const original = await loadRgbImage(path, first.resize);
    const runs = results.runs.filter((r) => (r.image ?? first.name) === first.name);
    const f5 = await writeFigure5(
      runs,
      results.summary,
      original,
      { image: first.name, pixels: sz.pixels, depth: sz.depth, hidden: sz.width, steps: sz.steps, batchSize: sz.batchSize ?? null },
      dir,
    );
    if (f5) out.push(f5);
    const seeds = new Set(runs.map((r) => r.seed)).size;
    await writeFigure(imageCurvesSpec(results.summary, { depth: sz.depth, hidden: sz.width, steps: sz.steps, batchSize: sz.batchSize ?? null, seeds }), join(dir, 'snr-vs-step'));
    out.push('snr-vs-step');
    return out;
  },
  claims: imageClaims,
  table: imageTable,
};

/** Runs the image suite (Figure 5) over every image, init and seed. */
export async function runImageSuite(ctx: SuiteContext): Promise<Results> {
  const p = ctx.profile.image;
  const inits = ctx.inits ?? (ctx.sweep ? p.sweepInits : p.inits);
  const go = { goSteps: p.goSteps, goLambdaSteps: p.goLambdaSteps };
  for (const i of inits) parseInit(splitLabel(i).init, go);
  const regs = ctx.image.regs.length > 0 ? ctx.image.regs : (['none'] as ImageReg[]);
  // Every image is read (validated) before any training: a bad --image fails at once.
  const images: ImageSource[] = ctx.image.paths
    ? await Promise.all(ctx.image.paths.map((path) => imageSource(path, ctx.image.size)))
    : await Promise.all(p.images.map((img) => imageSource(bundledImage(img.file), ctx.image.size ?? img.size)));
  const names = images.map((i) => i.name);
  if (new Set(names).size !== names.length) {
    throw new MlpinitError('INVALID_ARGUMENT', `two images share a file name (${names.join(', ')}); results name images by file name`, '--image');
  }
  const pixels = ctx.image.pixels ?? p.pixels;
  const steps = ctx.steps ?? p.steps;
  const batchSize = ctx.image.batchSize ?? p.batchSize;
  const dir = suiteDir(ctx.outDir, 'image');
  mkdirSync(dir, { recursive: true });
  // A label with its own regulariser (`go+grad`) runs as written; a plain name runs with every --reg.
  const cells = [
    ...new Set(
      inits.flatMap((label) => {
        const { init, reg } = splitLabel(label);
        return reg ? [configLabel(init, reg)] : regs.map((r) => configLabel(init, r));
      }),
    ),
  ];
  const seeds = suiteSeeds(ctx, p.seeds);
  const grid = imageGrid(cells, names, seeds);
  const byName = new Map(images.map((i) => [i.name, i]));
  const jobs: TrialJob[] = sliceGrid(grid, ctx.shard).map((cell) => {
    const [init, reg = 'none'] = cell.init.split('+') as [string, ImageReg | undefined];
    const img = byName.get(cell.image as string) as ImageSource;
    const stem = img.name.replace(/\.[a-z]+$/i, '');
    const spec: ImageTrialSpec = {
      imagePath: img.path,
      image: img.name,
      ...(img.resize ? { resize: img.resize } : {}),
      pixels,
      seed: cell.seed,
      init,
      reg,
      depth: p.depth,
      width: p.width,
      steps,
      ...(batchSize !== undefined ? { batchSize } : {}),
      lr: p.lr,
      lrDecay: p.lrDecay,
      checkpoints: p.checkpoints,
      go,
      reconPath: join(dir, `recon-${stem}-${cell.init}-s${cell.seed}.png`),
      ...(ctx.infiniteWidth !== false && cell.seed === seeds[0] && reg === 'none' ? { infiniteWidth: { crop: p.infiniteWidth.crop, margin: p.infiniteWidth.margin } } : {}),
    };
    // Relative cost for the progress bar and pool order (measured on wasm: a
    // gradient-penalty step ≈ 1.8× a plain one; sin ≈ 1.7× tanh).
    const cost = (reg === 'grad' ? 1.8 : 1) * (init.startsWith('siren') ? 1.7 : init.startsWith('ff') ? 1.5 : 1);
    return { cell, task: { kind: 'image', backend: ctx.backend, spec }, units: Math.round(steps * cost) };
  });
  const sizes = { ...p, images, pixels, steps, batchSize: batchSize ?? null, regs, gridKeys: grid.map(cellKey) };
  const config = runConfig(ctx, 'image', inits, sizes, seeds);
  const outcome = await runTrials<ImageRun>(ctx, 'image', jobs);
  const results = resultsFromTrials<ImageRun, ImageSummary>('image', config, grid, outcome);
  return finishSuite(IMAGE_SUITE, results, ctx.outDir, dir);
}
