import type { SuiteResults } from '../results/results.js';
import { type PairedDifference, failures, pairedDifference, quantile, round } from '../report/stats.js';
import type { PinnProblemName, PinnRun } from './pinn-trial.js';
import { describeScales } from '../rules/describe-scales.js';

/** Median and range over seeds of one (problem, init). */
export interface PinnRow {
  problem: PinnProblemName;
  init: string;
  seeds: number;
  /** Runs whose final error is not finite (diverged); medians and ranges are over the others. */
  failed: number;
  median: number;
  min: number;
  max: number;
  /** Median wall time of a run (seconds). */
  seconds: number;
  /** What the GO or scale rule chose, over seeds (e.g. "GO path 75 steps", "σ = 2.5"). */
  rule?: string;
}

/** The median relative L2 error over seeds of one (problem, init) at a checkpoint step. */
export interface PinnCurvePoint {
  problem: PinnProblemName;
  init: string;
  step: number;
  median: number;
}

export interface PinnSummary {
  rows: PinnRow[];
  curves: PinnCurvePoint[];
  /** Paired differences of log10(relL2), init − glorot matched by seed, per problem (`image` holds the problem). */
  paired: PairedDifference[];
}

type Results = SuiteResults<PinnRun, PinnSummary>;

/** Four significant digits (errors span many decades). */
const sig = (x: number): number => (Number.isFinite(x) ? Number(x.toPrecision(4)) : x);

/** The problems of the runs, in the suite's order. */
export function problemsOf(runs: readonly PinnRun[]): PinnProblemName[] {
  const order: PinnProblemName[] = ['poisson-smooth', 'poisson-multiscale', 'helmholtz'];
  const seen = new Set(runs.map((r) => r.problem));
  return order.filter((p) => seen.has(p));
}

/** Paired difference of log10 relative L2 error, `init` − `baseline`, matched by seed on one problem. */
export function pairedLogError(runs: readonly PinnRun[], problem: PinnProblemName, init: string, baseline = 'glorot'): PairedDifference {
  const b = new Map(runs.filter((r) => r.problem === problem && r.init === baseline).map((r) => [r.seed, r.relL2]));
  const pairs = runs
    .filter((r) => r.problem === problem && r.init === init && b.has(r.seed))
    .map((r) => ({ init: Math.log10(r.relL2), baseline: Math.log10(b.get(r.seed) as number) }));
  return pairedDifference(pairs, { init, baseline, metric: `log10RelL2@${problem}`, image: problem });
}

function ruleChoice(rs: readonly PinnRun[]): string | undefined {
  const go = rs.flatMap((r) => (r.go ? [r.go.stepsRun] : []));
  if (go.length > 0) return `GO path ${[...new Set(go)].sort((a, b) => a - b).join('/')} steps`;
  const sc = rs.flatMap((r) => (r.scale ? [r.scale.scale] : []));
  if (sc.length > 0) {
    const fam = rs.find((r) => r.scale)?.scale?.family === 'siren' ? 'ω₀' : 'σ';
    return `${fam} = ${describeScales(sc)}`;
  }
  return undefined;
}

/** Medians and ranges per (problem, init), error-vs-step medians and the paired differences against glorot. */
export function summarizePinn(results: SuiteResults<PinnRun, PinnSummary>): PinnSummary {
  const runs = results.runs;
  const inits = [...new Set(runs.map((r) => r.init))];
  const rows: PinnRow[] = [];
  const curves: PinnCurvePoint[] = [];
  const paired: PairedDifference[] = [];
  for (const problem of problemsOf(runs)) {
    for (const init of inits) {
      const rs = runs.filter((r) => r.problem === problem && r.init === init);
      if (rs.length === 0) continue;
      const e = rs.map((r) => r.relL2);
      const rule = ruleChoice(rs);
      rows.push({
        problem,
        init,
        seeds: rs.length,
        failed: failures(e),
        median: sig(quantile(e, 0.5)),
        min: sig(quantile(e, 0)),
        max: sig(quantile(e, 1)),
        seconds: round(quantile(rs.map((r) => r.seconds), 0.5), 2),
        ...(rule ? { rule } : {}),
      });
      const steps = [...new Set(rs.flatMap((r) => r.errors.map((c) => c.step)))].sort((a, b) => a - b);
      for (const step of steps) {
        const v = rs.flatMap((r) => r.errors.filter((c) => c.step === step).map((c) => c.relL2));
        curves.push({ problem, init, step, median: sig(quantile(v, 0.5)) });
      }
      if (init !== 'glorot' && runs.some((r) => r.problem === problem && r.init === 'glorot')) paired.push(pairedLogError(runs, problem, init));
    }
  }
  return { rows, curves, paired };
}
