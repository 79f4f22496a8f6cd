import { join } from 'node:path';
import { VEGA_LITE_SCHEMA, type VegaLiteSpec } from '@mlpinit/core';
import { type TrialJob, resultsFromTrials, runTrials } from '../trials/trial-pool.js';
import type { NtkRun } from './ntk-trial.js';
import { type SuiteContext, suiteSeeds } from '../suites/context.js';
import type { NtkProfile } from '../suites/profiles.js';
import { trialGrid } from '../results/trial-grid.js';
import { writeFigure } from '../render/render-spec.js';
import { type Claim, type SuiteResults, runConfig, suiteDir } from '../results/results.js';
import { round } from '../report/stats.js';
import { type SuiteDef, finishSuite } from '../suites/suite-def.js';

export type { NtkRun } from './ntk-trial.js';

export interface NtkSummary {
  rows: Array<Omit<NtkRun, 'heatmap' | 'go'> & { goMeanC: number | null }>;
}

type Results = SuiteResults<NtkRun, NtkSummary>;

export { ntkPanelTitle } from './ntk-trial.js';

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
 * half-widths. One trial per (init, seed) (`runNtkTrial`), on the
 * suite's backend: in this thread, a worker pool, or a browser page.
 */
export async function runNtkSuite(ctx: SuiteContext): Promise<Results> {
  const p = ctx.profile.ntk;
  const inits = p.inits;
  const seeds = suiteSeeds(ctx, 1);
  const grid = trialGrid(inits, seeds);
  const config = runConfig(ctx, 'ntk', inits, { ...p }, seeds);
  const dir = suiteDir(ctx.outDir, 'ntk');
  const profile = { depth: p.depth, width: p.width, points: p.points, goSteps: p.goSteps, trainingSteps: p.trainingSteps };
  const jobs: TrialJob[] = grid.map((cell) => ({
    cell,
    task: { kind: 'ntk', backend: ctx.backend, spec: { init: cell.init, seed: cell.seed, ...profile } },
    units: 1,
  }));
  const outcome = await runTrials<NtkRun>(ctx, 'ntk', jobs);
  const results = resultsFromTrials<NtkRun, NtkSummary>('ntk', config, grid, outcome);
  return finishSuite(NTK_SUITE, results, ctx.outDir, dir);
}
