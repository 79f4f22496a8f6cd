import { join } from 'node:path';
import { type SuiteContext, suiteSeeds } from '../suites/context.js';
import { cellKey, trialGrid } from '../results/trial-grid.js';
import { parseInit } from '../trials/init-spec.js';
import { infiniteWidthTable } from '../trials/infinite-width.js';
import { type TrialJob, resultsFromTrials, runTrials } from '../trials/trial-pool.js';
import { writeFigure } from '../render/render-spec.js';
import { type PairedDifference, differenceHolds, formatDifference, pairedDifference } from '../report/stats.js';
import { type Claim, type SuiteResults, runConfig, suiteDir } from '../results/results.js';
import { sliceGrid } from '../results/shard.js';
import type { SuiteDef } from '../suites/suite-def.js';
import { finishSuite } from '../suites/suite-def.js';
import { syntheticFigureSpec } from './synthetic-figure.js';
import { type SyntheticSummary, summarizeSynthetic } from './synthetic-summary.js';
import type { SyntheticRun, SyntheticTrialSpec } from './synthetic-trial.js';
import { scaledMaxFreq } from './target.js';

type Results = SuiteResults<SyntheticRun, SyntheticSummary>;

function fmt(x: number): string {
  return Number.isFinite(x) ? x.toPrecision(3) : String(x);
}

/** Paired difference of log10 test error, `init` − glorot, matched by seed at one size. */
function pairedLogError(results: Results, init: string, baseline: string, size: number): PairedDifference {
  const b = new Map(results.runs.filter((r) => r.init === baseline && r.size === size).map((r) => [r.seed, r.testRelL2]));
  const pairs = results.runs
    .filter((r) => r.init === init && r.size === size && b.has(r.seed))
    .map((r) => ({ init: Math.log10(r.testRelL2), baseline: Math.log10(b.get(r.seed) as number) }));
  return pairedDifference(pairs, { init, baseline, metric: `log10TestError@n=${size}` }, size);
}

function claims(results: Results): Claim[] {
  const s = results.summary;
  const claim =
    'GO gives a lower test error than Glorot on the synthetic high-frequency regression, the more so the denser the data (paper, Figure 4); here: at the two densest sizes, the paired difference of log10 test error (go − glorot, by seed) has its 95% interval below zero';
  if (!s) return [{ claim, measured: 'not measured', holds: null }];
  const sizes = [...new Set(s.rows.map((r) => r.size))].sort((a, b) => a - b).slice(-2);
  const parts: string[] = [];
  const verdicts: Array<boolean | null> = [];
  for (const size of sizes) {
    const has = (init: string) => s.rows.some((r) => r.init === init && r.size === size);
    if (!has('go') || !has('glorot')) {
      verdicts.push(null);
      parts.push(`n=${size}: ${has('go') ? 'glorot' : 'go'} not run`);
      continue;
    }
    const d = pairedLogError(results, 'go', 'glorot', size);
    const ratio = 10 ** d.meanDiffDb;
    parts.push(`n=${size}: log10(go/glorot) ${formatDifference(d).replace(/ dB/g, '')} (go's error ×${ratio.toFixed(2)} of Glorot's, geometric mean)`);
    verdicts.push(differenceHolds(d, 'below'));
  }
  const holds = verdicts.includes(null) ? null : verdicts.every((v) => v === true);
  return [{ claim, measured: parts.join('; '), holds }];
}

function table(results: Results): string {
  const s = results.summary;
  if (!s) return '';
  const lines = [
    'Relative L2 error, median over seeds and its band: [10th, 90th percentile] with ≥ 5 seeds, [min, max] (the range) with fewer; "failed" counts diverged runs.',
    '',
    '| init | training points | maxFreq | seeds | failed | band | train error median [band] | test error median [band] |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of s.rows) {
    lines.push(
      `| ${r.init} | ${r.size} | ${r.maxFreq} | ${r.seeds} | ${r.failed ?? 0} | ${r.band === 'range' ? `range of ${r.seeds} seeds` : '10th–90th percentile'} | ${fmt(r.trainMedian)} [${fmt(r.trainP10)}, ${fmt(r.trainP90)}] | ${fmt(r.testMedian)} [${fmt(r.testP10)}, ${fmt(r.testP90)}] |`,
    );
  }
  const infinite = infiniteWidthTable(results.runs, { header: 'data size', of: (r) => String(r.size) });
  return [lines.join('\n'), infinite].filter((t) => t.length > 0).join('\n\n');
}

/** Figure 4: the synthetic regression suite. */
export const SYNTHETIC_SUITE: SuiteDef<SyntheticRun, SyntheticSummary> = {
  name: 'synthetic',
  shardable: true,
  runCell: (r) => ({ init: r.init, seed: r.seed, size: r.size }),
  summarize: summarizeSynthetic,
  async figures(results, dir) {
    if (!results.summary) return [];
    const sz = results.config.sizes as { depth: number; width: number; steps: number; batchSize: number; maxFreq: number; scaleFreq?: boolean };
    await writeFigure(syntheticFigureSpec(results.summary, sz), join(dir, 'figure-4'));
    return ['figure-4'];
  },
  claims,
  table,
};

/** Runs the synthetic suite (Figure 4) for the context's profile, shard and inits. */
export async function runSyntheticSuite(ctx: SuiteContext): Promise<Results> {
  const p = ctx.profile.synthetic;
  const inits = ctx.inits ?? (ctx.sweep ? p.sweepInits : p.inits);
  const sizes = ctx.synthetic.sizes ?? p.sizes;
  const steps = ctx.steps ?? p.steps;
  const go = { goSteps: p.goSteps, goLambdaSteps: p.goLambdaSteps };
  for (const i of inits) parseInit(i, go);
  const seeds = suiteSeeds(ctx, p.seeds);
  const grid = trialGrid(inits, seeds, sizes);
  const n0 = Math.min(...sizes);
  const jobs: TrialJob[] = sliceGrid(grid, ctx.shard).map((cell) => {
    const spec: SyntheticTrialSpec = {
      init: cell.init,
      seed: cell.seed,
      size: cell.size as number,
      maxFreq: ctx.synthetic.scaleFreq ? scaledMaxFreq(p.maxFreq, cell.size as number, n0) : p.maxFreq,
      depth: p.depth,
      width: p.width,
      steps,
      batchSize: p.batchSize,
      lr: p.lr,
      lrDecay: p.lrDecay,
      testGrid: p.testGrid,
      checkpoints: p.checkpoints,
      go,
      ...(ctx.infiniteWidth !== false && cell.seed === seeds[0] && (cell.size as number) <= p.infiniteWidth.maxPoints
        ? { infiniteWidth: { stride: p.infiniteWidth.stride } }
        : {}),
    };
    return { cell, task: { kind: 'synthetic', backend: ctx.backend, spec }, units: steps };
  });
  const config = runConfig(ctx, 'synthetic', inits, { ...p, sizes, steps, scaleFreq: ctx.synthetic.scaleFreq, gridKeys: grid.map(cellKey) }, seeds);
  const outcome = await runTrials<SyntheticRun>(ctx, 'synthetic', jobs);
  const results = resultsFromTrials<SyntheticRun, SyntheticSummary>('synthetic', config, grid, outcome);
  return finishSuite(SYNTHETIC_SUITE, results, ctx.outDir, suiteDir(ctx.outDir, 'synthetic'));
}
