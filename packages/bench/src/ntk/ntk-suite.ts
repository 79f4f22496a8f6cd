import { join } from 'node:path';
import { MlpinitError, VEGA_LITE_SCHEMA, type VegaLiteSpec, setBackend } from '@mlpinit/core';
import { empiricalNtk, ntkHeatmapSpec, ntkLocalization } from '@mlpinit/ntk';
import { type GoSummary, buildMlp } from '../trials/build-mlp.js';
import { type InitSpec, parseInit } from '../trials/init-spec.js';
import { type SuiteContext, suiteSeeds } from '../suites/context.js';
import type { NtkProfile } from '../suites/profiles.js';
import { trialGrid } from '../results/trial-grid.js';
import { writeFigure } from '../render/render-spec.js';
import { type Claim, type SuiteResults, runConfig, suiteDir } from '../results/results.js';
import { round } from '../report/stats.js';
import { type SuiteDef, finishSuite } from '../suites/suite-def.js';

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

/** A panel's title: what the init is, in words. */
export function ntkPanelTitle(spec: InitSpec, go: GoSummary | undefined): string {
  switch (spec.kind) {
    case 'plain':
      return spec.name === 'glorot' ? 'Glorot (c = 1)' : spec.name;
    case 'scaled':
      return `fixed scale c = ${spec.c} (glorot-c${spec.c})`;
    case 'go-ntk':
      return `${spec.name}: GO, ${go?.stepsRun ?? '?'} path steps (kernel rule)`;
    case 'go':
      return `GO, λ = ${spec.lambda}, ${spec.steps.toLocaleString('en-US')} steps (authors)`;
    default:
      return spec.name;
  }
}

/**
 * The default `go`'s mean half-width against the fixed-scale control's. One
 * network each, so a difference under 5% of the control's width is read as a
 * tie, not a win; `narrower` only beyond that margin.
 */
export function widthAgainstControl(go: { meanHalfWidth: number }, control: { meanHalfWidth: number }): { verdict: 'a tie (within 5%)' | 'narrower' | 'wider'; narrower: boolean } {
  const rel = (go.meanHalfWidth - control.meanHalfWidth) / control.meanHalfWidth;
  return { verdict: Math.abs(rel) < 0.05 ? 'a tie (within 5%)' : rel < 0 ? 'narrower' : 'wider', narrower: rel <= -0.05 };
}

function claims(results: Results): Claim[] {
  const claim = "Under GO the NTK of a deep tanh MLP is localized in the data domain, Glorot's is not (paper, Figure 3): every GO kernel's mean half-width is below Glorot's (one network each)";
  const control = "GO's localization is more than a larger uniform scale: the default `go`'s kernel is narrower than the fixed-scale control's by more than 5% (glorot-c3, the best fixed scale of the image sweep; one network each)";
  const s = results.summary;
  if (!s) return [claim, control].map((c) => ({ claim: c, measured: results.note ?? 'not measured', holds: null }));
  const seed = s.rows[0]?.seed;
  const rows = s.rows.filter((r) => r.seed === seed);
  const g = rows.find((r) => r.init === 'glorot');
  const gos = rows.filter((r) => r.init.startsWith('go'));
  const go = rows.find((r) => r.init === 'go');
  const c3 = rows.find((r) => r.init === 'glorot-c3');
  const out: Claim[] = [];
  if (!g || gos.length === 0) out.push({ claim, measured: 'glorot or GO kernels missing: not measured', holds: null });
  else {
    const measured = [`Glorot half-width ${g.meanHalfWidth.toFixed(3)}`, ...gos.map((r) => `${r.init} ${r.meanHalfWidth.toFixed(3)}`)].join(', ');
    out.push({ claim, measured: `${measured} (on [−1, 1])`, holds: gos.every((r) => r.meanHalfWidth < g.meanHalfWidth) });
  }
  if (!go || !c3) out.push({ claim: control, measured: `${go ? 'glorot-c3' : 'go'} kernel missing: not measured`, holds: null });
  else {
    const { verdict, narrower } = widthAgainstControl(go, c3);
    out.push({
      claim: control,
      measured: `go half-width ${go.meanHalfWidth.toFixed(3)}, glorot-c3 ${c3.meanHalfWidth.toFixed(3)} (on [−1, 1]): ${verdict}; RMS width go ${go.rmsWidth.toFixed(3)}, glorot-c3 ${c3.rmsWidth.toFixed(3)}`,
      holds: narrower,
    });
  }
  return out;
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
      const { $schema: _s, config: _c, ...rest } = heatmap;
      return rest;
    });
    if (panels.length === 0) return [];
    const p = results.config.sizes as unknown as Partial<NtkProfile> & Pick<NtkProfile, 'depth' | 'width' | 'points'>;
    const spec: VegaLiteSpec = {
      $schema: VEGA_LITE_SCHEMA,
      title: {
        text: 'Figure 3: normalised NTK K(x, y)/√(K(x, x)·K(y, y)) over [−1, 1]',
        subtitle: [
          `1 → ${p.depth}×${p.width} → 1 tanh MLP at initialization, ${p.points} grid points; one network per panel (seed ${seed}), no band`,
          // Results of earlier versions (GO at fixed λ only) name no training budget.
          `${p.trainingSteps ? `go: GO's strength chosen by the kernel rule for ${p.trainingSteps.toLocaleString('en-US')} full-batch training steps; ` : ''}half-width: mean distance at which a row falls to half its peak`,
        ],
        anchor: 'start',
      },
      hconcat: panels,
      // Every panel is normalised to [−1, 1]: one colour scale, one legend.
      resolve: { scale: { color: 'shared' } },
    };
    await writeFigure(spec, join(dir, 'figure-3'));
    return ['figure-3'];
  },
  claims,
  table,
};

/**
 * Figure 3 (Wang & Perdikaris 2021): the empirical NTK of a deep tanh MLP
 * over a 1-D grid on [−1, 1] under the profile's inits — Glorot, a fixed-scale
 * control, the project's default `go` and GO as the authors run it — with
 * half-widths. Inputs are standardised (zero mean, unit variance) as GO and
 * training assume; the heatmaps are drawn over the raw grid.
 */
export async function runNtkSuite(ctx: SuiteContext): Promise<Results> {
  const p = ctx.profile.ntk;
  const inits = p.inits;
  const specs = new Map(inits.map((i) => [i, parseInit(i, { goSteps: p.goSteps, goLambdaSteps: p.goSteps })]));
  const seeds = suiteSeeds(ctx, 1);
  const grid = trialGrid(inits, seeds);
  const config = runConfig(ctx, 'ntk', inits, { ...p }, seeds);
  const dir = suiteDir(ctx.outDir, 'ntk');
  const runs: NtkRun[] = [];
  let status: Results['status'] = 'complete';
  let note: string | undefined;
  const bar = ctx.progress.bar('ntk', grid.length);
  try {
    await setBackend(ctx.backend);
    const x = Array.from({ length: p.points }, (_, i) => -1 + (2 * i) / (p.points - 1));
    const std = Math.sqrt(x.reduce((a, v) => a + v * v, 0) / x.length);
    const xn = x.map((v) => v / std);
    const points = xn.map((v) => [v]);
    const sizes = [1, ...new Array(p.depth).fill(p.width), 1];
    // The kernel rule of `go` needs the training that follows (its epochs set k); no targets are used.
    const plan = { x: points, budget: { steps: p.trainingSteps } };
    for (const cell of grid) {
      if (ctx.signal.aborted) throw new MlpinitError('ABORTED', 'ntk suite was cancelled');
      const t0 = performance.now();
      const spec = specs.get(cell.init) as InitSpec;
      const { mlp, go } = await buildMlp(spec, sizes, cell.seed, points, ctx.signal, plan);
      try {
        const K = await empiricalNtk(mlp, xn, null, { signal: ctx.signal });
        const loc = ntkLocalization(K, x);
        runs.push({
          init: cell.init,
          seed: cell.seed,
          lambda: go?.lambda ?? null,
          meanHalfWidth: loc.meanHalfWidth,
          rmsWidth: loc.rmsWidth,
          effectiveNeighbours: loc.effectiveNeighbours,
          censored: loc.censored,
          seconds: round((performance.now() - t0) / 1000, 2),
          ...(go ? { go } : {}),
          heatmap: ntkHeatmapSpec(K, x, { title: ntkPanelTitle(spec, go), width: 220, height: 220 }),
        });
      } finally {
        mlp.dispose();
      }
      bar.increment(1, cell.init);
    }
  } catch (err) {
    if (!(err instanceof MlpinitError && err.code === 'ABORTED')) throw err;
    status = 'partial';
    note = `interrupted: ${runs.length} of ${grid.length} kernels finished`;
  } finally {
    bar.stop();
  }
  const results = { suite: 'ntk', status, ...(note ? { note } : {}), config, grid, runs, summary: null, figures: [], claims: [] } as Results;
  return finishSuite(NTK_SUITE, results, ctx.outDir, dir);
}
