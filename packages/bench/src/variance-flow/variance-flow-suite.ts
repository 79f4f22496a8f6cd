import { join } from 'node:path';
import { MlpinitError, setBackend } from '@mlpinit/core';
import type { VegaLiteSpec } from '../analysis-api.js';
import type { SuiteContext } from '../context.js';
import { writeFigure } from '../render/render-spec.js';
import { type Claim, type SuiteResults, runConfig, suiteDir } from '../results.js';
import { round } from '../stats.js';
import { type SuiteDef, finishSuite } from '../suite-def.js';
import { UnavailableError, importPackage } from '../unavailable.js';

type MapOpts = { c?: number; bias?: number; biasStd?: number; sMax?: number };

interface VarianceFlowModule {
  lengthMap(activation: string, s: number, opts?: MapOpts): number;
  lengthMapSlope(activation: string, s: number, opts?: MapOpts): number;
  iterateLengthMap(activation: string, s0: number, depth: number, opts?: MapOpts): number[];
  fixedPoints(activation: string, opts?: MapOpts): Array<{ s: number; slope: number; stable: boolean }>;
  simulateDepth?(opts: {
    activation: string;
    c: number;
    width: number;
    depth: number;
    samples: number;
    seed: number;
    signal?: AbortSignal;
  }): Promise<unknown> | unknown;
}

/** The schemes of Figure 2 (issue 3): weight scale c with the activation each is used with. */
export const VARIANCE_SCHEMES = [
  { scheme: 'glorot', activation: 'tanh', c: 1 },
  { scheme: 'he', activation: 'relu', c: Math.SQRT2 },
  { scheme: 'siren', activation: 'sin', c: Math.SQRT2 },
] as const;

/** One curve point: a scheme's length map and slope at s, or a layer's std at depth l. */
export type VarianceFlowRun =
  | { kind: 'map'; scheme: string; s: number; next: number; slope: number }
  | { kind: 'fixed-point'; scheme: string; s: number; slope: number; stable: boolean }
  | { kind: 'depth'; layer: number; predicted: number; measured: number | null; spread: number | null };

export interface VarianceFlowSummary {
  /** Std of the first and last hidden layer (measured, else predicted) for tanh, c = 1. */
  firstStd: number;
  lastStd: number;
  depth: number;
  measured: boolean;
  fixedPoints: Array<{ scheme: string; s: number; stable: boolean }>;
}

type Results = SuiteResults<VarianceFlowRun, VarianceFlowSummary>;

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

function figure1(runs: VarianceFlowRun[]): VegaLiteSpec {
  const values = runs.flatMap((r) =>
    r.kind !== 'depth'
      ? []
      : [
          { layer: r.layer, std: r.predicted, series: 'length map' },
          ...(r.measured === null ? [] : [{ layer: r.layer, std: r.measured, series: 'simulated networks' }]),
        ],
  );
  return {
    $schema: SCHEMA,
    title: 'Figure 1: hidden-output std vs depth, tanh, c = 1 (Glorot-like)',
    width: 360,
    height: 240,
    data: { values },
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'layer', type: 'quantitative', title: 'hidden layer' },
      y: { field: 'std', type: 'quantitative', title: 'std of hidden outputs' },
      color: { field: 'series', type: 'nominal', title: null },
    },
  };
}

function figure2(runs: VarianceFlowRun[]): VegaLiteSpec {
  const maps = runs.filter((r) => r.kind === 'map');
  const fps = runs.filter((r) => r.kind === 'fixed-point');
  const panel = (field: 'next' | 'slope', title: string): VegaLiteSpec => ({
    title,
    width: 280,
    height: 240,
    layer: [
      {
        data: { values: maps },
        mark: 'line',
        encoding: {
          x: { field: 's', type: 'quantitative', title: 's' },
          y: { field, type: 'quantitative', title: field === 'next' ? 'next-layer length s′' : 'slope ds′/ds' },
          color: { field: 'scheme', type: 'nominal' },
        },
      },
      ...(field === 'next'
        ? [
            { data: { values: maps }, mark: { type: 'line', strokeDash: [4, 4], color: 'gray' }, encoding: { x: { field: 's', type: 'quantitative' }, y: { field: 's', type: 'quantitative' } } },
            {
              data: { values: fps },
              mark: { type: 'point', filled: true, size: 80 },
              encoding: { x: { field: 's', type: 'quantitative' }, y: { field: 's', type: 'quantitative' }, color: { field: 'scheme', type: 'nominal' }, shape: { field: 'stable', type: 'nominal' } },
            },
          ]
        : [{ data: { values: [{ one: 1 }] }, mark: { type: 'rule', strokeDash: [4, 4], color: 'gray' }, encoding: { y: { field: 'one', type: 'quantitative' } } }]),
    ],
  });
  return { $schema: SCHEMA, title: 'Figure 2: length maps (left) and slopes (right), fixed points marked', hconcat: [panel('next', 'length map'), panel('slope', 'slope')] };
}

/** Reads the per-layer mean (and spread) of std from simulateDepth's result, whatever its exact field names. */
function readSimulation(sim: unknown, depth: number): { mean: number[]; spread: number[] | null } | null {
  const o = sim as Record<string, unknown>;
  const arr = (v: unknown): number[] | null => (Array.isArray(v) && v.length >= depth && v.every((x) => typeof x === 'number') ? (v as number[]) : null);
  const mean = arr(o.mean) ?? arr(o.measured) ?? arr(o.std) ?? arr(o.measuredStd) ?? arr(o.meanStd);
  if (!mean) {
    const layers = o.layers as Array<Record<string, number>> | undefined;
    if (Array.isArray(layers) && layers.length >= depth) {
      const m = layers.map((l) => l.mean ?? l.measured ?? l.std ?? Number.NaN);
      if (m.every(Number.isFinite)) return { mean: m, spread: layers.map((l) => l.spread ?? l.stdOfStd ?? Number.NaN) };
    }
    return null;
  }
  return { mean, spread: arr(o.spread) ?? arr(o.stdOfStd) ?? arr(o.sd) };
}

function claims(results: Results): Claim[] {
  const claim = 'Under Glorot-like scaling (c = 1) the std of a deep tanh MLP’s hidden outputs collapses towards 0 with depth (paper, Figure 1)';
  const s = results.summary;
  if (!s) return [{ claim, measured: results.note ?? 'not measured', holds: null }];
  const src = s.measured ? 'simulated networks' : 'length map only (simulateDepth not available)';
  const fp = s.fixedPoints.map((f) => `${f.scheme} s* = ${f.s.toFixed(3)}${f.stable ? ' (stable)' : ''}`).join(', ');
  return [
    { claim, measured: `std ${s.firstStd.toFixed(3)} at layer 1 → ${s.lastStd.toFixed(3)} at layer ${s.depth} (${src})`, holds: s.lastStd < 0.5 * s.firstStd },
    { claim: 'Fixed points of the length map (paper, Figure 2): tanh with c = 1 has only s* = 0', measured: fp, holds: s.fixedPoints.filter((f) => f.scheme === 'glorot').every((f) => f.s < 1e-6) },
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
      fixedPoints: results.runs.flatMap((r) => (r.kind === 'fixed-point' ? [{ scheme: r.scheme, s: r.s, stable: r.stable }] : [])),
    };
  },
  async figures(results, dir) {
    await writeFigure(figure1(results.runs), join(dir, 'figure-1'));
    await writeFigure(figure2(results.runs), join(dir, 'figure-2'));
    return ['figure-1', 'figure-2'];
  },
  claims,
  table(results) {
    const d = results.runs.filter((r) => r.kind === 'depth');
    if (d.length === 0) return '';
    const pick = d.filter((r, i) => i === 0 || i === d.length - 1 || r.layer % 5 === 0);
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
  const config = runConfig(ctx, 'variance-flow', VARIANCE_SCHEMES.map((s) => s.scheme), { ...p }, ctx.seeds ?? [0]);
  const runs: VarianceFlowRun[] = [];
  let status: Results['status'] = 'complete';
  let note: string | undefined;
  const bar = ctx.progress.bar('variance-flow', 3);
  try {
    await setBackend(ctx.backend);
    const vf = await importPackage<VarianceFlowModule>('@mlpinit/variance-flow', ['lengthMap', 'lengthMapSlope', 'iterateLengthMap', 'fixedPoints']);
    const sMax = 3;
    for (const sc of VARIANCE_SCHEMES) {
      for (let i = 0; i < p.points; i++) {
        const s = (sMax * i) / (p.points - 1);
        runs.push({ kind: 'map', scheme: sc.scheme, s, next: vf.lengthMap(sc.activation, s, { c: sc.c }), slope: vf.lengthMapSlope(sc.activation, s, { c: sc.c }) });
      }
      for (const f of vf.fixedPoints(sc.activation, { c: sc.c, sMax })) runs.push({ kind: 'fixed-point', scheme: sc.scheme, s: f.s, slope: f.slope, stable: f.stable });
    }
    bar.increment(1, 'length maps');
    const predicted = vf.iterateLengthMap('tanh', 1, p.depth, { c: 1 });
    let sim: { mean: number[]; spread: number[] | null } | null = null;
    if (typeof vf.simulateDepth === 'function') {
      if (ctx.signal.aborted) throw new MlpinitError('ABORTED', 'variance-flow suite was cancelled');
      const raw = await vf.simulateDepth({ activation: 'tanh', c: 1, width: p.width, depth: p.depth, samples: p.samples, seed: (ctx.seeds ?? [0])[0] ?? 0, signal: ctx.signal });
      sim = readSimulation(raw, p.depth);
      if (!sim) note = 'simulateDepth returned a shape the bench does not read yet; Figure 1 shows the length map only';
    } else note = '@mlpinit/variance-flow does not export simulateDepth yet; Figure 1 shows the length map only';
    bar.increment(1, 'simulation');
    // Layer l's output std is s_l of the length map (s_0 = input std 1).
    for (let l = 1; l <= p.depth; l++) {
      runs.push({
        kind: 'depth',
        layer: l,
        predicted: predicted[l] as number,
        measured: sim ? ((sim.mean[sim.mean.length === p.depth ? l - 1 : l] as number) ?? null) : null,
        spread: sim?.spread ? ((sim.spread[sim.spread.length === p.depth ? l - 1 : l] as number) ?? null) : null,
      });
    }
    bar.increment(1);
  } catch (err) {
    if (err instanceof UnavailableError) {
      status = 'unavailable';
      note = err.message;
      runs.length = 0;
    } else if (err instanceof MlpinitError && err.code === 'ABORTED') {
      status = 'partial';
      note = 'interrupted';
    } else throw err;
  } finally {
    bar.stop();
  }
  const results = { suite: 'variance-flow', status, ...(note ? { note } : {}), config, grid: [], runs, summary: null, figures: [], claims: [] } as Results;
  return finishSuite(VARIANCE_FLOW_SUITE, results, ctx.outDir, suiteDir(ctx.outDir, 'variance-flow'));
}
