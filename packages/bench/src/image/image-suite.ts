import { existsSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type ImageReg, type SuiteContext, suiteSeeds } from '../context.js';
import { cellKey, trialGrid } from '../grid.js';
import { parseInit, splitLabel } from '../init-spec.js';
import { type TrialJob, runTrials } from '../pool/run-trials.js';
import { writeFigure } from '../render/render-spec.js';
import { type Claim, type SuiteResults, runConfig, suiteDir } from '../results.js';
import { sliceGrid } from '../shard.js';
import { type SuiteDef, finishSuite } from '../suite-def.js';
import { imageCurvesSpec, writeFigure5 } from './image-figure.js';
import { type ImageRow, type ImageSummary, configLabel, summarizeImage } from './image-summary.js';
import type { ImageRun, ImageTrialSpec } from './image-trial.js';
import { bundledImage, loadRgbImage } from './rgb-image.js';

type Results = SuiteResults<ImageRun, ImageSummary>;

function f2(x: number | null | undefined): string {
  return x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(2);
}

function row(s: ImageSummary, init: string, reg = 'none'): ImageRow | undefined {
  return s.rows.find((r) => r.init === init && r.reg === reg);
}

function claims(results: Results): Claim[] {
  const s = results.summary;
  const out: Claim[] = [];
  const paper = 'GO raises the image SNR over Glorot by about 3 dB (paper: 16.8 → 20.0 dB at 907×907, 8×512)';
  const target =
    results.config.profile === 'medium'
      ? 'medium-profile target: default `go` at least 2 dB above Glorot and above every scaled-Glorot baseline'
      : 'quick-profile target: default `go` at least 1.5 dB above Glorot and no more than 0.3 dB below the best scaled-Glorot baseline';
  const overfit = 'GO overfits where samples are sparse for the network (bench issue: training-pixel SNR up, held-out SNR down vs Glorot)';
  if (!s) return [paper, target, overfit].map((claim) => ({ claim, measured: 'not measured', holds: null }));
  const g = row(s, 'glorot');
  const o = row(s, 'go');
  const scaled = s.rows.filter((r) => r.reg === 'none' && /^glorot-c/.test(r.init));
  const best = scaled.reduce<ImageRow | undefined>((a, r) => (!a || r.snrDb > a.snrDb ? r : a), undefined);
  if (!g || !o) {
    const missing = !o ? 'go' : 'glorot';
    out.push({ claim: paper, measured: `${missing} not run${results.skipped?.length ? ` (${results.skipped[0]?.reason})` : ''}`, holds: null });
    out.push({ claim: target, measured: 'not measured', holds: null });
    out.push({ claim: overfit, measured: 'not measured', holds: null });
    return out;
  }
  const gain = o.snrDb - g.snrDb;
  out.push({
    claim: paper,
    measured: `${s.width}×${s.height}, ${s.trainPixels} training pixels: Glorot ${f2(g.snrDb)} dB, GO ${f2(o.snrDb)} dB (${gain >= 0 ? '+' : ''}${f2(gain)} dB)`,
    holds: gain >= 2.5,
  });
  const needGain = results.config.profile === 'medium' ? 2 : 1.5;
  const scaledOk = best ? (results.config.profile === 'medium' ? o.snrDb > best.snrDb : o.snrDb >= best.snrDb - 0.3) : true;
  out.push({
    claim: target,
    measured: `GO − Glorot = ${f2(gain)} dB; best scaled Glorot ${best ? `${best.init} ${f2(best.snrDb)} dB (GO − best = ${f2(o.snrDb - best.snrDb)} dB)` : 'not run'}`,
    holds: gain >= needGain && scaledOk,
  });
  out.push({
    claim: overfit,
    measured: `training pixels: GO ${f2(o.trainSnrDb)} vs Glorot ${f2(g.trainSnrDb)} dB; held-out pixels: GO ${f2(o.heldOutSnrDb)} vs Glorot ${f2(g.heldOutSnrDb)} dB`,
    holds: o.trainSnrDb > g.trainSnrDb && o.heldOutSnrDb < g.heldOutSnrDb,
  });
  const authors = row(s, 'go-lam1e-4');
  if (authors) {
    out.push({
      claim: "GO as the authors run it (`go-lam1e-4`: λ = 1e-4, lr 5e-3, a fixed step count) overfits here: training-pixel SNR up, held-out SNR down vs Glorot",
      measured: `training pixels: ${f2(authors.trainSnrDb)} vs ${f2(g.trainSnrDb)} dB; held-out: ${f2(authors.heldOutSnrDb)} vs ${f2(g.heldOutSnrDb)} dB (mean c ${authors.goMeanC ?? '?'})`,
      holds: authors.trainSnrDb > g.trainSnrDb && authors.heldOutSnrDb < g.heldOutSnrDb,
    });
  }
  const rivals = ['go-holdout', 'go-lam1e-4'].map((n) => row(s, n)).filter((r): r is ImageRow => r !== undefined);
  if (rivals.length > 0) {
    out.push({
      claim: 'Beyond the paper: the default `go` (GO strength from the NTK half-width against the sample spacing) is at least as good as the held-out trial-fit rule and as the authors’ fixed GO',
      measured: [`go ${f2(o.snrDb)} dB (held-out ${f2(o.heldOutSnrDb)}, mean c ${o.goMeanC ?? '?'}, GO ${o.goSeconds ?? '?'} s)`, ...rivals.map((r) => `${r.init} ${f2(r.snrDb)} dB (held-out ${f2(r.heldOutSnrDb)}, mean c ${r.goMeanC ?? '?'}, GO ${r.goSeconds ?? '?'} s)`)].join('; '),
      holds: rivals.every((r) => o.snrDb >= r.snrDb - 0.1),
    });
  }
  const gg = row(s, 'glorot', 'grad');
  const og = row(s, 'go', 'grad');
  if (gg && og) {
    const costs = s.rows
      .filter((r) => r.reg === 'grad')
      .map((r) => ({ r, plain: row(s, r.init) }))
      .filter((p): p is { r: ImageRow; plain: ImageRow } => p.plain !== undefined)
      .map(({ r, plain }) => `${r.init} ${f2(plain.snrDb - r.snrDb)}`);
    out.push({
      claim: "With the authors' gradient regulariser (1e-2 × mean squared input gradient), the default `go` still leads Glorot",
      measured: `go+grad ${f2(og.snrDb)} vs glorot+grad ${f2(gg.snrDb)} dB (held-out ${f2(og.heldOutSnrDb)} vs ${f2(gg.heldOutSnrDb)}); SNR the regulariser costs per init (dB): ${costs.join(', ')}`,
      holds: og.snrDb > gg.snrDb,
    });
  }
  return out;
}

function table(results: Results): string {
  const s = results.summary;
  if (!s) return '';
  const lines = [
    `Image ${s.width}×${s.height}, ${s.trainPixels} training pixels (typical spacing ${s.sampleSpacingPx} px); SNR = 20·log10(‖y‖/‖ŷ − y‖) in pixel units, mean over seeds.`,
    '',
    '| config | seeds | SNR full (dB) | PSNR (dB) | SNR held-out (dB) | SNR train (dB) | seconds | GO seconds | GO mean c | NTK half-width at init (px) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of s.rows) {
    lines.push(
      `| ${configLabel(r.init, r.reg)} | ${r.seeds} | ${f2(r.snrDb)} | ${f2(r.psnrDb)} | ${f2(r.heldOutSnrDb)} | ${f2(r.trainSnrDb)} | ${r.seconds} | ${r.goSeconds ?? '–'} | ${r.goMeanC ?? '–'} | ${r.ntkHalfWidthPx ?? '–'} |`,
    );
  }
  return lines.join('\n');
}

interface ImageSizes {
  imagePath: string;
  resize?: [number, number];
  pixels: number;
}

/** Figure 5: the image suite. */
export const IMAGE_SUITE: SuiteDef<ImageRun, ImageSummary> = {
  name: 'image',
  shardable: true,
  runCell: (r) => ({ init: configLabel(r.init, r.reg), seed: r.seed }),
  summarize: summarizeImage,
  async figures(results, dir) {
    const out: string[] = [];
    if (!results.summary) return out;
    const sz = results.config.sizes as unknown as ImageSizes;
    // Results merged on another machine: fall back to the bundled file of the same name.
    const path = existsSync(sz.imagePath) ? sz.imagePath : bundledImage(basename(sz.imagePath));
    if (!existsSync(path)) return out;
    const original = await loadRgbImage(path, sz.resize);
    const f5 = await writeFigure5(results.runs, original, sz.pixels, dir);
    if (f5) out.push(f5);
    await writeFigure(imageCurvesSpec(results.summary), join(dir, 'snr-vs-step'));
    out.push('snr-vs-step');
    return out;
  },
  claims,
  table,
};

/** Runs the image suite (Figure 5). */
export async function runImageSuite(ctx: SuiteContext): Promise<Results> {
  const p = ctx.profile.image;
  const inits = ctx.inits ?? p.inits;
  const go = { goSteps: p.goSteps, goLambdaSteps: p.goLambdaSteps };
  for (const i of inits) parseInit(splitLabel(i).init, go);
  const regs = ctx.image.regs.length > 0 ? ctx.image.regs : (['none'] as ImageReg[]);
  const imagePath = ctx.image.path ?? bundledImage(p.image);
  const resize = ctx.image.path ? undefined : p.resize;
  const pixels = ctx.image.pixels ?? p.pixels;
  const steps = ctx.steps ?? p.steps;
  // Validate the image up front: a bad --image fails before any training.
  await loadRgbImage(imagePath, resize);
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
  const grid = trialGrid(cells, seeds);
  const jobs: TrialJob[] = sliceGrid(grid, ctx.shard).map((cell) => {
    const [init, reg = 'none'] = cell.init.split('+') as [string, ImageReg | undefined];
    const spec: ImageTrialSpec = {
      imagePath,
      ...(resize ? { resize } : {}),
      pixels,
      seed: cell.seed,
      init,
      reg,
      depth: p.depth,
      width: p.width,
      steps,
      ...(p.batchSize !== undefined ? { batchSize: p.batchSize } : {}),
      lr: p.lr,
      lrDecay: p.lrDecay,
      checkpoints: p.checkpoints,
      go,
      reconPath: join(dir, `recon-${cell.init}-s${cell.seed}.png`),
    };
    // Relative cost for the progress bar and pool order (measured on wasm: a
    // gradient-penalty step ≈ 1.8× a plain one; sin ≈ 1.7× tanh).
    const cost = (reg === 'grad' ? 1.8 : 1) * (init === 'siren' ? 1.7 : 1);
    return { cell, task: { kind: 'image', backend: ctx.backend, spec }, units: Math.round(steps * cost) };
  });
  const sizes = { ...p, imagePath, resize, pixels, steps, regs, gridKeys: grid.map(cellKey) };
  const config = runConfig(ctx, 'image', inits, sizes);
  const outcome = await runTrials<ImageRun>(ctx, 'image', jobs);
  const results = {
    suite: 'image',
    status: outcome.status,
    ...(outcome.note ? { note: outcome.note } : {}),
    config,
    grid,
    runs: outcome.runs,
    skipped: outcome.skipped,
    summary: null,
    figures: [],
    claims: [],
  } as Results;
  return finishSuite(IMAGE_SUITE, results, ctx.outDir, dir);
}
