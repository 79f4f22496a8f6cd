import { join } from 'node:path';
import { type SuiteContext, suiteSeeds } from '../context.js';
import { cellKey, trialGrid } from '../grid.js';
import { parseInit } from '../init-spec.js';
import { type TrialJob, runTrials } from '../pool/run-trials.js';
import { writeFigure } from '../render/render-spec.js';
import { type Claim, type SuiteResults, runConfig, suiteDir } from '../results.js';
import { sliceGrid } from '../shard.js';
import type { SuiteDef } from '../suite-def.js';
import { finishSuite } from '../suite-def.js';
import { syntheticFigureSpec } from './synthetic-figure.js';
import { type SyntheticSummary, summarizeSynthetic } from './synthetic-summary.js';
import type { SyntheticRun, SyntheticTrialSpec } from './synthetic-trial.js';
import { scaledMaxFreq } from './target.js';

type Results = SuiteResults<SyntheticRun, SyntheticSummary>;

function fmt(x: number): string {
  return Number.isFinite(x) ? x.toPrecision(3) : String(x);
}

function claims(results: Results): Claim[] {
  const s = results.summary;
  const claim = 'GO gives a lower test error than Glorot on the synthetic high-frequency regression, the more so the denser the data (paper, Figure 4); target: median test error below Glorot at the two densest sizes';
  if (!s) return [{ claim, measured: 'not measured', holds: null }];
  const sizes = [...new Set(s.rows.map((r) => r.size))].sort((a, b) => a - b).slice(-2);
  const parts: string[] = [];
  let holds: boolean | null = true;
  for (const size of sizes) {
    const g = s.rows.find((r) => r.init === 'glorot' && r.size === size);
    const o = s.rows.find((r) => r.init === 'go' && r.size === size);
    if (!g || !o) {
      holds = null;
      parts.push(`n=${size}: ${!o ? 'go' : 'glorot'} not run`);
      continue;
    }
    parts.push(`n=${size}: GO ${fmt(o.testMedian)} vs Glorot ${fmt(g.testMedian)}`);
    if (!(o.testMedian < g.testMedian) && holds !== null) holds = false;
  }
  const out: Claim[] = [{ claim, measured: parts.join('; '), holds }];
  const fixedName = s.rows.find((r) => /^go-s\d+$/.test(r.init))?.init;
  const pairs = sizes.map((size) => [s.rows.find((r) => r.init === 'go' && r.size === size), s.rows.find((r) => r.init === fixedName && r.size === size)] as const);
  if (fixedName && pairs.every(([a, f]) => a && f)) {
    out.push({
      claim: `Beyond the paper: the default \`go\` (GO strength chosen on held-out training points) has a median test error no higher than GO stopped at a fixed step (\`${fixedName}\`) at the two densest sizes`,
      measured: pairs.map(([a, f]) => `n=${a?.size}: go ${fmt(a?.testMedian ?? Number.NaN)} vs ${fixedName} ${fmt(f?.testMedian ?? Number.NaN)}`).join('; '),
      holds: pairs.every(([a, f]) => (a?.testMedian ?? Number.POSITIVE_INFINITY) <= (f?.testMedian ?? 0) * 1.02),
    });
  }
  return out;
}

function table(results: Results): string {
  const s = results.summary;
  if (!s) return '';
  const lines = [
    '| init | training points | maxFreq | seeds | train error median [p10, p90] | test error median [p10, p90] |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of s.rows) {
    lines.push(
      `| ${r.init} | ${r.size} | ${r.maxFreq} | ${r.seeds} | ${fmt(r.trainMedian)} [${fmt(r.trainP10)}, ${fmt(r.trainP90)}] | ${fmt(r.testMedian)} [${fmt(r.testP10)}, ${fmt(r.testP90)}] |`,
    );
  }
  return lines.join('\n');
}

/** Figure 4: the synthetic regression suite. */
export const SYNTHETIC_SUITE: SuiteDef<SyntheticRun, SyntheticSummary> = {
  name: 'synthetic',
  shardable: true,
  runCell: (r) => ({ init: r.init, seed: r.seed, size: r.size }),
  summarize: summarizeSynthetic,
  async figures(results, dir) {
    if (!results.summary) return [];
    await writeFigure(syntheticFigureSpec(results.summary), join(dir, 'figure-4'));
    return ['figure-4'];
  },
  claims,
  table,
};

/** Runs the synthetic suite (Figure 4) for the context's profile, shard and inits. */
export async function runSyntheticSuite(ctx: SuiteContext): Promise<Results> {
  const p = ctx.profile.synthetic;
  const inits = ctx.inits ?? p.inits;
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
    };
    return { cell, task: { kind: 'synthetic', backend: ctx.backend, spec }, units: steps };
  });
  const config = runConfig(ctx, 'synthetic', inits, { ...p, sizes, steps, scaleFreq: ctx.synthetic.scaleFreq, gridKeys: grid.map(cellKey) }, seeds);
  const outcome = await runTrials<SyntheticRun>(ctx, 'synthetic', jobs);
  const results: Results = {
    suite: 'synthetic',
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
  return finishSuite(SYNTHETIC_SUITE, results, ctx.outDir, suiteDir(ctx.outDir, 'synthetic'));
}
