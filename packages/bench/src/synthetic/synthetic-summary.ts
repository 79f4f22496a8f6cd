import type { SuiteResults } from '../results.js';
import { quantile, round } from '../stats.js';
import type { SyntheticRun } from './synthetic-trial.js';

/** Median and 80% interval (10th–90th percentile over seeds) of one (init, size). */
export interface SyntheticRow {
  init: string;
  size: number;
  maxFreq: number;
  seeds: number;
  trainMedian: number;
  trainP10: number;
  trainP90: number;
  testMedian: number;
  testP10: number;
  testP90: number;
}

/** Median test/train error over seeds at each checkpoint, for the densest size. */
export interface SyntheticCurvePoint {
  init: string;
  size: number;
  step: number;
  testMedian: number;
  trainMedian: number;
}

export interface SyntheticSummary {
  rows: SyntheticRow[];
  curves: SyntheticCurvePoint[];
}

/** Medians and 80% intervals over seeds per (init, size), and error-vs-step curves at the densest size. */
export function summarizeSynthetic(results: SuiteResults<SyntheticRun, SyntheticSummary>): SyntheticSummary {
  const rows: SyntheticRow[] = [];
  const inits = [...new Set(results.runs.map((r) => r.init))];
  const sizes = [...new Set(results.runs.map((r) => r.size))].sort((a, b) => a - b);
  for (const init of inits) {
    for (const size of sizes) {
      const rs = results.runs.filter((r) => r.init === init && r.size === size);
      if (rs.length === 0) continue;
      const tr = rs.map((r) => r.trainRelL2);
      const te = rs.map((r) => r.testRelL2);
      rows.push({
        init,
        size,
        maxFreq: round((rs[0] as SyntheticRun).maxFreq, 3),
        seeds: rs.length,
        trainMedian: round(quantile(tr, 0.5), 5),
        trainP10: round(quantile(tr, 0.1), 5),
        trainP90: round(quantile(tr, 0.9), 5),
        testMedian: round(quantile(te, 0.5), 5),
        testP10: round(quantile(te, 0.1), 5),
        testP90: round(quantile(te, 0.9), 5),
      });
    }
  }
  const densest = sizes[sizes.length - 1];
  const curves: SyntheticCurvePoint[] = [];
  for (const init of inits) {
    const rs = results.runs.filter((r) => r.init === init && r.size === densest);
    const steps = [...new Set(rs.flatMap((r) => r.curve.map((c) => c.step)))].sort((a, b) => a - b);
    for (const step of steps) {
      const pts = rs.flatMap((r) => r.curve.filter((c) => c.step === step));
      curves.push({
        init,
        size: densest as number,
        step,
        testMedian: round(quantile(pts.map((p) => p.testRelL2), 0.5), 5),
        trainMedian: round(quantile(pts.map((p) => p.trainRelL2), 0.5), 5),
      });
    }
  }
  return { rows, curves };
}
