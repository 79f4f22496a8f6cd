import type { SuiteResults } from '../results/results.js';
import { failures, quantile, round } from '../report/stats.js';
import type { SyntheticRun } from './synthetic-trial.js';

/**
 * Median and band over seeds of one (init, size): the 10th–90th percentiles
 * when at least 5 seeds ran, else the range (min–max) of the seeds.
 */
export interface SyntheticRow {
  init: string;
  size: number;
  maxFreq: number;
  seeds: number;
  /** Runs whose test error is not finite (diverged); medians and bands are over the others. */
  failed: number;
  /** What `*P10`/`*P90` hold: percentiles (≥ 5 seeds) or the range of fewer seeds. */
  band: 'p10-p90' | 'range';
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

/** Medians and bands over seeds per (init, size), and error-vs-step curves at the densest size. */
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
      const band = rs.length >= 5 ? 'p10-p90' : 'range';
      const [lo, hi] = band === 'p10-p90' ? [0.1, 0.9] : [0, 1];
      rows.push({
        init,
        size,
        maxFreq: round((rs[0] as SyntheticRun).maxFreq, 3),
        seeds: rs.length,
        failed: failures(te),
        band,
        trainMedian: round(quantile(tr, 0.5), 5),
        trainP10: round(quantile(tr, lo), 5),
        trainP90: round(quantile(tr, hi), 5),
        testMedian: round(quantile(te, 0.5), 5),
        testP10: round(quantile(te, lo), 5),
        testP90: round(quantile(te, hi), 5),
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
