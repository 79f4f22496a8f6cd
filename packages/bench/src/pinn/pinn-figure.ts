import { VEGA_LITE_SCHEMA, type VegaLiteSpec } from '@mlpinit/core';
import { pinnProblem, type PinnProblemName, type PinnRun } from './pinn-trial.js';
import type { PinnSummary } from './pinn-summary.js';

/** Display names of the problems. */
export const PROBLEM_TITLES: Record<PinnProblemName, string> = {
  'poisson-smooth': 'Poisson 1-D, u = sin πx',
  'poisson-multiscale': 'Poisson 1-D, u = sin 2πx + 0.1 sin 50πx',
  helmholtz: 'Helmholtz 2-D, a₁ = 1, a₂ = 4, k = 1',
};

const LEGEND = { legend: { symbolOpacity: 1, symbolType: 'stroke', symbolStrokeWidth: 3 } };

/** Relative L2 error against training step, median over seeds per init (log y), one panel per problem. */
export function pinnErrorFigureSpec(summary: PinnSummary, seeds: number): VegaLiteSpec {
  const problems = [...new Set(summary.curves.map((c) => c.problem))];
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: 'PINN relative L2 error vs training step', subtitle: `median over ${seeds} seed${seeds === 1 ? '' : 's'} per init; each problem's source network and schedule`, anchor: 'start' },
    hconcat: problems.map((problem) => ({
      title: PROBLEM_TITLES[problem],
      width: 240,
      height: 200,
      data: { values: summary.curves.filter((c) => c.problem === problem && Number.isFinite(c.median) && c.median > 0) },
      mark: { type: 'line', point: true },
      encoding: {
        x: { field: 'step', type: 'quantitative', title: 'training step' },
        y: { field: 'median', type: 'quantitative', scale: { type: 'log' }, title: 'median relative L2 error' },
        color: { field: 'init', type: 'nominal', title: 'init' },
      },
    })),
    resolve: { scale: { color: 'shared' } },
    config: LEGEND,
  };
}

/** The init shown beside Glorot: the lowest median error among the others (Glorot itself when it ran alone). */
export function bestOtherInit(summary: PinnSummary, problem: PinnProblemName): string | undefined {
  const rows = summary.rows.filter((r) => r.problem === problem && Number.isFinite(r.median)).sort((a, b) => a.median - b.median);
  return (rows.find((r) => r.init !== 'glorot') ?? rows[0])?.init;
}

/** 1-D problems: u of each init (first seed) and the exact u* on a grid. */
export function pinnLineSolutionSpec(problem: PinnProblemName, runs: readonly PinnRun[]): VegaLiteSpec {
  const withSol = runs.filter((r) => r.problem === problem && r.solution);
  const points = withSol[0]?.solution?.points ?? [];
  const exact = pinnProblem(problem).exact?.(points) ?? [];
  const values = [
    ...points.map((p, i) => ({ x: p[0], u: exact[i], curve: 'exact u*' })),
    ...withSol.flatMap((r) => (r.solution?.points ?? []).map((p, i) => ({ x: p[0], u: r.solution?.u[i], curve: `${r.init} (relL2 ${r.relL2.toPrecision(2)})` }))),
  ];
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: `PINN solution vs exact: ${PROBLEM_TITLES[problem]}`, subtitle: `seed ${withSol[0]?.seed ?? 0}; ${withSol[0]?.steps ?? 0} steps`, anchor: 'start' },
    width: 520,
    height: 260,
    data: { values },
    mark: { type: 'line', strokeWidth: 1.2 },
    encoding: {
      x: { field: 'x', type: 'quantitative', title: 'x' },
      y: { field: 'u', type: 'quantitative', title: 'u(x)' },
      color: { field: 'curve', type: 'nominal', title: null },
      strokeDash: { condition: { test: "datum.curve === 'exact u*'", value: [4, 3] }, value: [1, 0] },
    },
    config: LEGEND,
  };
}

function heatPanel(title: string, points: number[][], v: number[], h: number, color: Record<string, unknown>): Record<string, unknown> {
  return {
    title,
    width: 200,
    height: 200,
    data: { values: points.map((p, i) => ({ x0: (p[0] as number) - h / 2, x1: (p[0] as number) + h / 2, y0: (p[1] as number) - h / 2, y1: (p[1] as number) + h / 2, v: v[i] })) },
    mark: { type: 'rect' },
    encoding: {
      x: { field: 'x0', type: 'quantitative', title: 'x', scale: { nice: false, zero: false } },
      x2: { field: 'x1' },
      y: { field: 'y0', type: 'quantitative', title: 'y', scale: { nice: false, zero: false } },
      y2: { field: 'y1' },
      color: { field: 'v', type: 'quantitative', ...color },
    },
  };
}

/** Helmholtz: heatmaps of the exact solution, Glorot's and the best other init's prediction (first seed), and the latter's |error|. */
export function pinnHeatmapSolutionSpec(problem: PinnProblemName, runs: readonly PinnRun[], best: string | undefined): VegaLiteSpec {
  const seedRuns = runs.filter((r) => r.problem === problem && r.solution);
  const glorot = seedRuns.find((r) => r.init === 'glorot');
  const other = seedRuns.find((r) => r.init === best) ?? seedRuns.find((r) => r.init !== 'glorot');
  const points = (glorot ?? other)?.solution?.points ?? [];
  const exact = pinnProblem(problem).exact?.(points) ?? [];
  const n = Math.round(Math.sqrt(points.length));
  const h = n > 1 ? Math.abs(((points[1] as number[])[1] as number) - ((points[0] as number[])[1] as number)) : 1;
  const u = { scale: { scheme: 'redblue', domain: [-1, 1], reverse: true }, title: 'u', legend: { orient: 'bottom' } };
  const panels = [heatPanel('exact u*', points, exact, h, u)];
  if (glorot?.solution) panels.push(heatPanel(`glorot (relL2 ${glorot.relL2.toPrecision(2)})`, points, glorot.solution.u, h, u));
  if (other?.solution && other !== glorot) panels.push(heatPanel(`${other.init} (relL2 ${other.relL2.toPrecision(2)})`, points, other.solution.u, h, u));
  const shown = other ?? glorot;
  if (shown?.solution) {
    const err = shown.solution.u.map((v, i) => Math.abs(v - (exact[i] as number)));
    panels.push(heatPanel(`|${shown.init} − u*|`, points, err, h, { scale: { scheme: 'viridis' }, title: '|error|', legend: { orient: 'bottom' } }));
  }
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: `PINN solution vs exact: ${PROBLEM_TITLES[problem]}`, subtitle: `seed ${(glorot ?? other)?.seed ?? 0}, ${n}×${n} grid; best other init by median error: ${best ?? '–'}`, anchor: 'start' },
    hconcat: panels,
    resolve: { scale: { color: 'independent' } },
  };
}
