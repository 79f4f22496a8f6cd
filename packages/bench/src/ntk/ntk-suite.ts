import { join } from 'node:path';
import { type Mlp, MlpinitError, createMlp, setBackend } from '@mlpinit/core';
import type { VegaLiteSpec } from '../analysis-api.js';
import { goInit } from '@mlpinit/go-init';
import { type GoSummary, goSummary } from '../build-mlp.js';
import { type SuiteContext, suiteSeeds } from '../context.js';
import { trialGrid } from '../grid.js';
import { writeFigure } from '../render/render-spec.js';
import { type Claim, type SuiteResults, runConfig, suiteDir } from '../results.js';
import { round } from '../stats.js';
import { type SuiteDef, finishSuite } from '../suite-def.js';
import { UnavailableError, importPackage } from '../unavailable.js';

interface NtkModule {
  empiricalNtk(mlp: Mlp, x1: number[], x2?: null, opts?: { signal?: AbortSignal }): Promise<unknown>;
  ntkLocalization(K: unknown, x: number[]): { meanHalfWidth: number; rmsWidth: number; effectiveNeighbours: number; censored: number };
  ntkHeatmapSpec(K: unknown, x: number[], opts?: { title?: string; width?: number; height?: number }): VegaLiteSpec;
}

/** One kernel of Figure 3. */
export interface NtkRun {
  init: string;
  seed: number;
  lambda: number | null;
  meanHalfWidth: number;
  rmsWidth: number;
  effectiveNeighbours: number;
  censored: number;
  seconds: number;
  go?: GoSummary;
  /** The heatmap spec (data inline) returned by @mlpinit/ntk. */
  heatmap: VegaLiteSpec;
}

export interface NtkSummary {
  rows: Array<Omit<NtkRun, 'heatmap' | 'go'> & { goMeanC: number | null }>;
}

type Results = SuiteResults<NtkRun, NtkSummary>;

function lamName(lambda: number): string {
  return `go-lam${lambda.toExponential().replace('e+', 'e').replace(/\.0+e/, 'e')}`;
}

function claims(results: Results): Claim[] {
  const claim = "Under GO the NTK of a deep tanh MLP is localized in the data domain, Glorot's is not (paper, Figure 3): GO's mean half-width is the smaller at λ = 1e-3 and 1e-4";
  const s = results.summary;
  if (!s) return [{ claim, measured: results.note ?? 'not measured', holds: null }];
  const seed = s.rows[0]?.seed;
  const rows = s.rows.filter((r) => r.seed === seed);
  const g = rows.find((r) => r.init === 'glorot');
  const gos = rows.filter((r) => r.init.startsWith('go'));
  if (!g || gos.length === 0) return [{ claim, measured: 'glorot or GO kernels missing', holds: null }];
  const measured = [`Glorot half-width ${g.meanHalfWidth.toFixed(3)}`, ...gos.map((r) => `${r.init} ${r.meanHalfWidth.toFixed(3)}`)].join(', ');
  return [{ claim, measured: `${measured} (on [−1, 1])`, holds: gos.every((r) => r.meanHalfWidth < g.meanHalfWidth) }];
}

function table(results: Results): string {
  const s = results.summary;
  if (!s) return '';
  const lines = [
    '| init | seed | mean half-width | RMS width | effective neighbours | censored points | GO mean c | seconds |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of s.rows) {
    lines.push(
      `| ${r.init} | ${r.seed} | ${r.meanHalfWidth.toFixed(3)} | ${r.rmsWidth.toFixed(3)} | ${r.effectiveNeighbours.toFixed(1)} | ${r.censored} | ${r.goMeanC ?? '–'} | ${r.seconds} |`,
    );
  }
  return lines.join('\n');
}

/** Figure 3, composed from @mlpinit/go-init and @mlpinit/ntk. */
export const NTK_SUITE: SuiteDef<NtkRun, NtkSummary> = {
  name: 'ntk',
  shardable: false,
  summarize(results) {
    return {
      rows: results.runs.map(({ heatmap: _h, go, ...r }) => ({
        ...r,
        goMeanC: go ? round(go.layerScales.reduce((a, b) => a + b, 0) / go.layerScales.length, 2) : null,
      })),
    };
  },
  async figures(results, dir) {
    const seed = results.runs[0]?.seed;
    const panels = results.runs.filter((r) => r.seed === seed).map(({ heatmap }) => {
      const { $schema: _s, config: _c, ...rest } = heatmap as Record<string, unknown>;
      return rest;
    });
    if (panels.length === 0) return [];
    const spec: VegaLiteSpec = {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: 'Figure 3: normalised NTK over [−1, 1], deep tanh MLP',
      hconcat: panels,
      resolve: { scale: { color: 'independent' } },
    };
    await writeFigure(spec, join(dir, 'figure-3'));
    return ['figure-3'];
  },
  claims,
  table,
};

/**
 * Figure 3 (Wang & Perdikaris 2021): the empirical NTK of a deep tanh MLP
 * over a 1-D grid on [−1, 1] under Glorot and under GO at λ = 1e-3 and 1e-4,
 * with half-widths. Inputs are standardised (zero mean, unit variance) as GO
 * and training assume; the heatmaps are drawn over the raw grid.
 */
export async function runNtkSuite(ctx: SuiteContext): Promise<Results> {
  const p = ctx.profile.ntk;
  const inits = ['glorot', ...p.lambdas.map(lamName)];
  const seeds = suiteSeeds(ctx, 1);
  const grid = trialGrid(inits, seeds);
  const config = runConfig(ctx, 'ntk', inits, { ...p }, seeds);
  const dir = suiteDir(ctx.outDir, 'ntk');
  const runs: NtkRun[] = [];
  const skipped: Array<{ init: string; seed: number; reason: string }> = [];
  let status: Results['status'] = 'complete';
  let note: string | undefined;
  const bar = ctx.progress.bar('ntk', grid.length);
  try {
    await setBackend(ctx.backend);
    const ntk = await importPackage<NtkModule>('@mlpinit/ntk', ['empiricalNtk', 'ntkLocalization', 'ntkHeatmapSpec']);
    const x = Array.from({ length: p.points }, (_, i) => -1 + (2 * i) / (p.points - 1));
    const std = Math.sqrt(x.reduce((a, v) => a + v * v, 0) / x.length);
    const xn = x.map((v) => v / std);
    const sizes = [1, ...new Array(p.depth).fill(p.width), 1];
    for (const cell of grid) {
      if (ctx.signal.aborted) throw new MlpinitError('ABORTED', 'ntk suite was cancelled');
      const t0 = performance.now();
      const lambda = cell.init === 'glorot' ? null : (p.lambdas[inits.indexOf(cell.init) - 1] as number);
      let mlp: Mlp;
      let go: GoSummary | undefined;
      try {
        if (lambda === null) mlp = createMlp({ sizes, activation: 'tanh', init: 'glorot-normal', seed: cell.seed });
        else {
          const res = await goInit({ sizes, activation: 'tanh', x: xn.map((v) => [v]), lambda, steps: p.goSteps, seed: cell.seed, signal: ctx.signal });
          mlp = res.createMlp(cell.seed);
          go = goSummary(res);
        }
      } catch (err) {
        if (err instanceof UnavailableError) {
          skipped.push({ ...cell, reason: `not available yet: ${err.message}` });
          bar.increment(1);
          continue;
        }
        throw err;
      }
      try {
        const K = await ntk.empiricalNtk(mlp, xn, null, { signal: ctx.signal });
        const loc = ntk.ntkLocalization(K, x);
        const title = lambda === null ? 'Glorot' : `GO, λ = ${lambda}`;
        runs.push({
          init: cell.init,
          seed: cell.seed,
          lambda,
          meanHalfWidth: loc.meanHalfWidth,
          rmsWidth: loc.rmsWidth,
          effectiveNeighbours: loc.effectiveNeighbours,
          censored: loc.censored,
          seconds: round((performance.now() - t0) / 1000, 2),
          ...(go ? { go } : {}),
          heatmap: ntk.ntkHeatmapSpec(K, x, { title, width: 220, height: 220 }),
        });
      } finally {
        mlp.dispose();
      }
      bar.increment(1, cell.init);
    }
  } catch (err) {
    if (err instanceof UnavailableError) {
      status = 'unavailable';
      note = err.message;
    } else if (err instanceof MlpinitError && err.code === 'ABORTED') {
      status = 'partial';
      note = `interrupted: ${runs.length} of ${grid.length} kernels finished`;
    } else throw err;
  } finally {
    bar.stop();
  }
  if (status === 'complete' && skipped.length > 0 && runs.length === 0) status = 'unavailable';
  const results = { suite: 'ntk', status, ...(note ? { note } : {}), config, grid, runs, skipped, summary: null, figures: [], claims: [] } as Results;
  return finishSuite(NTK_SUITE, results, ctx.outDir, dir);
}
