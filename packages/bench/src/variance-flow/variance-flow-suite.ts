import { join } from 'node:path';
import { type FixedPointStability, figure1, figure2 } from '@mlpinit/variance-flow';
import { type TrialJob, resultsFromTrials, runTrials } from '../trials/trial-pool.js';
import type { VarianceFlowRun } from './variance-flow-trial.js';
import type { SuiteContext } from '../suites/context.js';
import { writeFigure } from '../render/render-spec.js';
import { type Claim, type SuiteResults, runConfig, suiteDir } from '../results/results.js';
import { round } from '../report/stats.js';
import { type SuiteDef, finishSuite } from '../suites/suite-def.js';

export type { VarianceFlowRun } from './variance-flow-trial.js';

export interface VarianceFlowSummary {
  /** Std of the first and last hidden layer (measured, else predicted) for tanh, c = 1. */
  firstStd: number;
  lastStd: number;
  depth: number;
  measured: boolean;
  fixedPoints: Array<{ scheme: string; s: number; stable: boolean; stability?: FixedPointStability }>;
}

type Results = SuiteResults<VarianceFlowRun, VarianceFlowSummary>;

function claims(results: Results): Claim[] {
  const claim = 'Under Glorot-like scaling (c = 1) the std of a deep tanh MLP’s hidden outputs collapses towards 0 with depth (paper, Figure 1)';
  const s = results.summary;
  if (!s) return [{ claim, measured: results.note ?? 'not measured', holds: null }];
  const src = s.measured ? 'simulated networks' : 'length map only (results without simulated networks)';
  // An interval of fixed points (relu at c = √2: the identity) is named once, not by its two ends.
  const neutral = new Set(s.fixedPoints.filter((f) => f.stability === 'neutral').map((f) => f.scheme));
  const fp = [
    ...s.fixedPoints.filter((f) => !neutral.has(f.scheme)).map((f) => `${f.scheme} s* = ${f.s.toFixed(3)} (${f.stability ?? (f.stable ? 'stable' : 'unstable')})`),
    ...[...neutral].map((n) => `${n}: every s is a fixed point (L(s) = s, neutral)`),
  ].join(', ');
  return [
    { claim, measured: `std ${s.firstStd.toFixed(3)} at layer 1 → ${s.lastStd.toFixed(3)} at layer ${s.depth} (${src})`, holds: s.lastStd < 0.5 * s.firstStd },
    { claim: 'Fixed points of the length map (paper, Figure 2): tanh with c = 1 has only s* = 0', measured: fp, holds: (() => { const g = s.fixedPoints.filter((f) => /^glorot/i.test(f.scheme)); return g.length > 0 && g.every((f) => f.s < 1e-6); })() },
  ];
}

/** Figures 1 and 2 from @mlpinit/variance-flow. */
export const VARIANCE_FLOW_SUITE: SuiteDef<VarianceFlowRun, VarianceFlowSummary> = {
  name: 'variance-flow',
  shardable: false,
  summarize(results) {
    const depth = results.runs.filter((r) => r.kind === 'depth');
    if (depth.length === 0) return null;
    const std = (r: (typeof depth)[number]): number => r.measured ?? r.predicted;
    const first = depth[0] as (typeof depth)[number];
    const last = depth[depth.length - 1] as (typeof depth)[number];
    return {
      firstStd: round(std(first), 5),
      lastStd: round(std(last), 5),
      depth: last.layer,
      measured: last.measured !== null,
      fixedPoints: results.runs.flatMap((r) => (r.kind === 'fixed-point' ? [{ scheme: r.scheme, s: r.s, stable: r.stable, ...(r.stability ? { stability: r.stability } : {}) }] : [])),
    };
  },
  async figures(results, dir) {
    const raw = results.runs.find((r) => r.kind === 'raw');
    if (raw?.kind !== 'raw') return [];
    await writeFigure(figure1(raw.contrast ? [raw.simulation, raw.contrast] : raw.simulation), join(dir, 'figure-1'));
    await writeFigure(figure2(raw.curves), join(dir, 'figure-2'));
    return ['figure-1', 'figure-2'];
  },
  claims,
  table(results) {
    const d = results.runs.filter((r) => r.kind === 'depth');
    if (d.length === 0) return '';
    const pick = d.filter((r, i) => i === 0 || i === d.length - 1 || r.layer % 5 === 0) as Array<Extract<VarianceFlowRun, { kind: 'depth' }>>;
    return [
      '| hidden layer | length-map std | measured std (mean ± sd over networks) |',
      '| --- | --- | --- |',
      ...pick.map((r) => `| ${r.layer} | ${r.predicted.toFixed(4)} | ${r.measured === null ? '–' : `${r.measured.toFixed(4)} ± ${(r.spread ?? Number.NaN).toFixed(4)}`} |`),
    ].join('\n');
  },
};

/** Runs the variance-flow suite (Figures 1 and 2), its simulations on the suite's backend (this process or a browser page). */
export async function runVarianceFlowSuite(ctx: SuiteContext): Promise<Results> {
  const p = ctx.profile.varianceFlow;
  const seeds = ctx.seeds ?? [0];
  const config = runConfig(ctx, 'variance-flow', ['glorot', 'he', 'siren'], { ...p }, seeds);
  const spec = { ...p, seed: seeds[0] ?? 0 };
  const job: TrialJob = { cell: { init: 'tanh', seed: spec.seed }, task: { kind: 'variance-flow', backend: ctx.backend, spec }, units: 3 };
  const outcome = await runTrials<{ runs: VarianceFlowRun[] }>(ctx, 'variance-flow', [job]);
  const results = resultsFromTrials<VarianceFlowRun, VarianceFlowSummary>('variance-flow', config, [], { ...outcome, runs: outcome.runs[0]?.runs ?? [] });
  return finishSuite(VARIANCE_FLOW_SUITE, results, ctx.outDir, suiteDir(ctx.outDir, 'variance-flow'));
}
