import { join } from 'node:path';
import { MlpinitError } from '@mlpinit/core';
import { type SuiteContext, suiteSeeds } from '../suites/context.js';
import { cellKey, imageGrid } from '../results/trial-grid.js';
import { type TrialJob, resultsFromTrials, runTrials } from '../trials/trial-pool.js';
import { writeFigure } from '../render/render-spec.js';
import { type PairedDifference, formatDifference } from '../report/stats.js';
import { type Claim, type SuiteResults, runConfig, suiteDir } from '../results/results.js';
import { sliceGrid } from '../results/shard.js';
import { type SuiteDef, finishSuite } from '../suites/suite-def.js';
import { isBrowserBackend } from '../cli/options.js';
import type { GoDefaults } from '../trials/init-spec.js';
import { PROBLEM_TITLES, bestOtherInit, pinnErrorFigureSpec, pinnHeatmapSolutionSpec, pinnLineSolutionSpec } from './pinn-figure.js';
import { type PinnSummary, problemsOf, summarizePinn } from './pinn-summary.js';
import { type PinnProblemName, type PinnRun, type PinnTrialSpec, parsePinnInit, pinnProblem } from './pinn-trial.js';

type Results = SuiteResults<PinnRun, PinnSummary>;

/** Relative cost of a training step per problem (ms on wasm, for the progress bar and the pool's longest-first order). */
const STEP_COST: Record<PinnProblemName, number> = { 'poisson-smooth': 2, 'poisson-multiscale': 3, helmholtz: 5 };

/** The smooth-Poisson accuracy claim's threshold. */
export const SMOOTH_TARGET = 1e-3;

function fmt(x: number): string {
  return Number.isFinite(x) ? x.toExponential(2) : String(x);
}

/** "+0.12 (80%: …, 95%: …; n = 5)" in log10 units (the stats' "dB" label does not apply here). */
function formatLog(d: PairedDifference | undefined): string {
  return formatDifference(d).replace(/ dB/g, '');
}

/** What the 95% interval of a paired log10 difference says: helps (below 0), hurts (above 0) or no difference. */
export function intervalVerdict(d: PairedDifference | undefined): 'helps' | 'hurts' | 'no difference' | 'not measured' {
  if (!d || d.n < 2 || !Number.isFinite(d.ci95[0])) return 'not measured';
  return d.ci95[1] < 0 ? 'helps' : d.ci95[0] > 0 ? 'hurts' : 'no difference';
}

function claims(results: Results): Claim[] {
  const s = results.summary;
  const out: Claim[] = [];
  const smooth = s?.rows.filter((r) => r.problem === 'poisson-smooth' && Number.isFinite(r.median)).sort((a, b) => a.median - b.median) ?? [];
  const smoothClaim = `The smooth Poisson problem (u = sin πx) reaches relative L2 error < ${SMOOTH_TARGET} with some init (the best init's median over seeds)`;
  const best = smooth[0];
  if (!best) out.push({ claim: smoothClaim, measured: 'not measured', holds: null });
  else {
    out.push({
      claim: smoothClaim,
      measured: `best: ${best.init}, median ${fmt(best.median)} [${fmt(best.min)}, ${fmt(best.max)}] over ${best.seeds} seeds (${results.runs.find((r) => r.problem === 'poisson-smooth')?.steps ?? '?'} steps)`,
      holds: best.median < SMOOTH_TARGET,
    });
  }
  const problems = (results.config.sizes as { problems?: PinnProblemName[] }).problems ?? ['poisson-smooth', 'poisson-multiscale', 'helmholtz'];
  for (const problem of problems) {
    const claim = `GO vs Glorot on ${PROBLEM_TITLES[problem]} (no direction asserted): the 95% interval of the paired difference of log10 relative L2 error (go − glorot, by seed) excludes zero`;
    const has = (init: string): boolean => s?.rows.some((r) => r.problem === problem && r.init === init) ?? false;
    if (!has('go') || !has('glorot')) {
      out.push({ claim, measured: `not measured (${has('glorot') ? 'go' : 'glorot'} did not run)`, holds: null });
      continue;
    }
    const d = s?.paired.find((p) => p.image === problem && p.init === 'go' && p.baseline === 'glorot');
    const verdict = intervalVerdict(d);
    if (verdict === 'not measured') {
      out.push({ claim, measured: `not measured (${d?.n ?? 0} seed pairs; the interval needs ≥ 2)`, holds: null });
      continue;
    }
    const ratio = 10 ** (d as PairedDifference).meanDiffDb;
    out.push({
      claim,
      measured: `GO ${verdict === 'no difference' ? 'makes no difference established at 95%' : verdict}: log10(go/glorot) ${formatLog(d)} (go's error ×${ratio.toFixed(2)} of Glorot's, geometric mean)`,
      holds: verdict !== 'no difference',
    });
  }
  return out;
}

function table(results: Results): string {
  const s = results.summary;
  if (!s) return '';
  const lines = [
    'Physics-informed networks (@mlpinit/pinn), each problem with its source network, learning rate, decay and points per step; `ff-tanh` (Fourier features + tanh, as Wang, Wang & Perdikaris use them for PINNs) and `siren-auto` use the bench\'s family learning rates (1e-3, 1e-4) and their scale rule on the same collocation points GO sees; `…-anneal` adds Wang–Teng–Perdikaris learning-rate annealing of the boundary weight. (`ff`, the image suite\'s Fourier features + relu, runs too when asked, but relu\'s second derivative vanishes: its u\'\' comes from the encoding alone.)',
    '',
    'Relative L2 error on the problem\'s grid after training: median [min, max] over seeds; "vs glorot" is the paired difference of log10 error (init − glorot, by seed) with bootstrap 80% and 95% intervals of its mean (negative: lower error than Glorot).',
    '',
    '| problem | init | steps | seeds | failed | relL2 median [min, max] | vs glorot, log10 | rule\'s choice | seconds (median) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of s.rows) {
    const d = s.paired.find((p) => p.image === r.problem && p.init === r.init);
    const steps = results.runs.find((x) => x.problem === r.problem && x.init === r.init)?.steps ?? '';
    const vs = r.init === 'glorot' ? 'baseline' : d ? `${formatLog(d)}: ${intervalVerdict(d)}` : 'not measured';
    lines.push(`| ${r.problem} | ${r.init} | ${steps} | ${r.seeds} | ${r.failed} | ${fmt(r.median)} [${fmt(r.min)}, ${fmt(r.max)}] | ${vs} | ${r.rule ?? '–'} | ${r.seconds} |`);
  }
  const skipped = results.skipped ?? [];
  const dropped = [...new Set(skipped.map((c) => c.init))];
  if (dropped.length > 0) lines.push('', `Inits that did not run on some problem: ${dropped.map((i) => `${i} (${skipped.find((c) => c.init === i)?.reason})`).join('; ')}.`);
  return lines.join('\n');
}

/** Physics-informed networks: smooth and multi-scale 1-D Poisson, 2-D Helmholtz, per init. */
export const PINN_SUITE: SuiteDef<PinnRun, PinnSummary> = {
  name: 'pinn',
  shardable: true,
  // The grid's `image` axis carries the problem.
  runCell: (r) => ({ init: r.init, image: r.problem, seed: r.seed }),
  summarize: summarizePinn,
  async figures(results, dir) {
    const s = results.summary;
    if (!s) return [];
    const names: string[] = [];
    const seeds = new Set(results.runs.map((r) => r.seed)).size;
    await writeFigure(pinnErrorFigureSpec(s, seeds), join(dir, 'pinn-error'));
    names.push('pinn-error');
    for (const problem of problemsOf(results.runs)) {
      if (!results.runs.some((r) => r.problem === problem && r.solution)) continue;
      const spec =
        pinnProblem(problem).dim === 1
          ? pinnLineSolutionSpec(problem, results.runs)
          : pinnHeatmapSolutionSpec(problem, results.runs, bestOtherInit(s, problem));
      await writeFigure(spec, join(dir, `pinn-solution-${problem}`));
      names.push(`pinn-solution-${problem}`);
    }
    return names;
  },
  claims,
  table,
};

/** Runs the pinn suite for the context's profile, shard and inits (Node backends only). */
export async function runPinnSuite(ctx: SuiteContext): Promise<SuiteResults<PinnRun, PinnSummary>> {
  if (isBrowserBackend(ctx.backend)) {
    throw new MlpinitError('INVALID_ARGUMENT', `the pinn suite runs on Node backends only (wasm, cpu, tensorflow), not ${ctx.backend}`, '--backend');
  }
  const p = ctx.profile.pinn;
  const go: GoDefaults = { goSteps: p.goSteps, goLambdaSteps: p.goSteps };
  const inits = ctx.inits ?? p.inits;
  for (const i of inits) parsePinnInit(i, go);
  const seeds = suiteSeeds(ctx, p.seeds);
  const grid = imageGrid(inits, p.problems, seeds);
  const stepsOf = (problem: PinnProblemName): number => ctx.steps ?? p.steps[problem];
  const jobs: TrialJob[] = sliceGrid(grid, ctx.shard).map((cell) => {
    const problem = cell.image as PinnProblemName;
    const dim = pinnProblem(problem).dim;
    const spec: PinnTrialSpec = {
      problem,
      init: cell.init,
      seed: cell.seed,
      steps: stepsOf(problem),
      checkpoints: p.checkpoints,
      go,
      rulePoints: p.rulePoints,
      ...(p.sizes?.[problem] ? { sizes: p.sizes[problem] } : {}),
      ...(p.batch ? { batch: p.batch } : {}),
      ...(cell.seed === seeds[0] ? { solutionGrid: dim === 1 ? p.solutionGrid.oneD : p.solutionGrid.twoD } : {}),
    };
    return { cell, task: { kind: 'pinn', backend: ctx.backend, spec }, units: stepsOf(problem) * STEP_COST[problem] };
  });
  const sizes = { ...p, steps: Object.fromEntries(p.problems.map((q) => [q, stepsOf(q)])), gridKeys: grid.map(cellKey) };
  const config = runConfig(ctx, 'pinn', inits, sizes, seeds);
  const outcome = await runTrials<PinnRun>(ctx, 'pinn', jobs);
  const results = resultsFromTrials<PinnRun, PinnSummary>('pinn', config, grid, outcome);
  return finishSuite(PINN_SUITE, results, ctx.outDir, suiteDir(ctx.outDir, 'pinn'));
}
