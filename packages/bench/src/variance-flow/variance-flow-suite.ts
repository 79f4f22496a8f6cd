import { join } from 'node:path';
import { MlpinitError, setBackend } from '@mlpinit/core';
import { type DepthSimulation, type FixedPointStability, type LengthMapCurves, figure1, figure2, lengthMapCurves, simulateDepth } from '@mlpinit/variance-flow';
import type { SuiteContext } from '../suites/context.js';
import { writeFigure } from '../render/render-spec.js';
import { type Claim, type SuiteResults, runConfig, suiteDir } from '../results/results.js';
import { round } from '../report/stats.js';
import { type SuiteDef, finishSuite } from '../suites/suite-def.js';

/** One curve point: a scheme's length map and slope at s, or a layer's std at depth l. */
export type VarianceFlowRun =
  | { kind: 'map'; scheme: string; s: number; next: number; slope: number }
  | { kind: 'fixed-point'; scheme: string; s: number; slope: number; stable: boolean; /** Absent in results of earlier versions. */ stability?: FixedPointStability }
  /** `measured` and `spread` are null only in results of early versions, which ran the length map without simulated networks. */
  | { kind: 'depth'; layer: number; predicted: number; measured: number | null; spread: number | null }
  | { kind: 'raw'; simulation: DepthSimulation; curves: LengthMapCurves; /** tanh with c = 2 (a stable s* > 0), drawn beside c = 1 in Figure 1. */ contrast?: DepthSimulation };

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

/** Runs the variance-flow suite (Figures 1 and 2). */
export async function runVarianceFlowSuite(ctx: SuiteContext): Promise<Results> {
  const p = ctx.profile.varianceFlow;
  const config = runConfig(ctx, 'variance-flow', ['glorot', 'he', 'siren'], { ...p }, ctx.seeds ?? [0]);
  const runs: VarianceFlowRun[] = [];
  let status: Results['status'] = 'complete';
  let note: string | undefined;
  const bar = ctx.progress.bar('variance-flow', 3);
  try {
    await setBackend(ctx.backend);
    const curves = lengthMapCurves({ points: p.points });
    for (const c of curves.curves) runs.push({ kind: 'map', scheme: c.scheme, s: c.s, next: c.map, slope: c.slope });
    for (const f of curves.fixedPoints) runs.push({ kind: 'fixed-point', scheme: f.scheme, s: f.s, slope: f.slope, stable: f.stable, stability: f.stability });
    bar.increment(1, 'length maps');
    if (ctx.signal.aborted) throw new MlpinitError('ABORTED', 'variance-flow suite was cancelled');
    // Figure 1: tanh with c = 1 (the Glorot-like fan-in scale the paper analyses).
    const seed = (ctx.seeds ?? [0])[0] ?? 0;
    const simulation = await simulateDepth({ activation: 'tanh', c: 1, width: p.width, depth: p.depth, samples: p.samples, seed, signal: ctx.signal });
    // The contrast: c = 2 has a stable fixed point s* > 0, so its outputs keep their spread with depth.
    const contrast = await simulateDepth({ activation: 'tanh', c: 2, width: p.width, depth: p.depth, samples: p.samples, seed, signal: ctx.signal });
    bar.increment(1, 'simulation');
    for (const l of simulation.layers) {
      if (l.layer === 0) continue;
      runs.push({ kind: 'depth', layer: l.layer, predicted: l.predictedStd, measured: l.stdMean, spread: l.stdSpread });
    }
    runs.push({ kind: 'raw', simulation, curves, contrast });
    bar.increment(1);
  } catch (err) {
    if (!(err instanceof MlpinitError && err.code === 'ABORTED')) throw err;
    status = 'partial';
    note = 'interrupted';
  } finally {
    bar.stop();
  }
  const results = { suite: 'variance-flow', status, ...(note ? { note } : {}), config, grid: [], runs, summary: null, figures: [], claims: [] } as Results;
  return finishSuite(VARIANCE_FLOW_SUITE, results, ctx.outDir, suiteDir(ctx.outDir, 'variance-flow'));
}
