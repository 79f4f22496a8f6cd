import type { SuiteResults } from '../results.js';
import { mean, round } from '../stats.js';
import type { ImageRun } from './image-trial.js';

/** Means over seeds of one (init, reg). */
export interface ImageRow {
  init: string;
  reg: string;
  seeds: number;
  snrDb: number;
  psnrDb: number;
  heldOutSnrDb: number;
  trainSnrDb: number;
  seconds: number;
  goSeconds: number | null;
  /** Mean learned c over hidden layers (GO only). */
  goMeanC: number | null;
  /** Mean NTK half-width at initialization, pixels. */
  ntkHalfWidthPx: number | null;
}

/** Mean SNR over seeds at each checkpoint. */
export interface ImageCurvePoint {
  init: string;
  reg: string;
  step: number;
  snrDb: number;
  heldOutSnrDb: number;
  trainSnrDb: number;
}

export interface ImageSummary {
  rows: ImageRow[];
  curves: ImageCurvePoint[];
  width: number;
  height: number;
  trainPixels: number;
  sampleSpacingPx: number;
}

/** Label of an (init, reg) configuration: the init name, with `+reg` when regularised. */
export function configLabel(init: string, reg: string): string {
  return reg === 'none' ? init : `${init}+${reg}`;
}

/** Means over seeds per (init, reg) and SNR-vs-step curves. */
export function summarizeImage(results: SuiteResults<ImageRun, ImageSummary>): ImageSummary {
  const keys = [...new Map(results.runs.map((r) => [configLabel(r.init, r.reg), [r.init, r.reg] as const])).values()];
  const rows: ImageRow[] = [];
  const curves: ImageCurvePoint[] = [];
  for (const [init, reg] of keys) {
    const rs = results.runs.filter((r) => r.init === init && r.reg === reg);
    const goRuns = rs.filter((r) => r.go);
    rows.push({
      init,
      reg,
      seeds: rs.length,
      snrDb: round(mean(rs.map((r) => r.snrDb)), 2),
      psnrDb: round(mean(rs.map((r) => r.psnrDb)), 2),
      heldOutSnrDb: round(mean(rs.map((r) => r.heldOutSnrDb)), 2),
      trainSnrDb: round(mean(rs.map((r) => r.trainSnrDb)), 2),
      seconds: round(mean(rs.map((r) => r.seconds)), 1),
      goSeconds: goRuns.length ? round(mean(goRuns.map((r) => r.go?.seconds ?? Number.NaN)), 1) : null,
      goMeanC: goRuns.length ? round(mean(goRuns.flatMap((r) => r.go?.layerScales ?? [])), 2) : null,
      ntkHalfWidthPx: rs.some((r) => typeof r.ntkHalfWidthPx === 'number') ? round(mean(rs.map((r) => r.ntkHalfWidthPx ?? Number.NaN)), 2) : null,
    });
    const steps = [...new Set(rs.flatMap((r) => r.curve.map((c) => c.step)))].sort((a, b) => a - b);
    for (const step of steps) {
      const pts = rs.flatMap((r) => r.curve.filter((c) => c.step === step));
      curves.push({
        init,
        reg,
        step,
        snrDb: round(mean(pts.map((p) => p.snrDb)), 3),
        heldOutSnrDb: round(mean(pts.map((p) => p.heldOutSnrDb)), 3),
        trainSnrDb: round(mean(pts.map((p) => p.trainSnrDb)), 3),
      });
    }
  }
  const first = results.runs[0];
  return {
    rows,
    curves,
    width: first?.width ?? 0,
    height: first?.height ?? 0,
    trainPixels: first?.trainPixels ?? 0,
    sampleSpacingPx: round(first?.sampleSpacingPx ?? Number.NaN, 2),
  };
}
