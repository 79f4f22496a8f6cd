import { Rng } from '@mlpinit/core';

/** Quantile with linear interpolation (type 7, as numpy's default) of the finite values; NaN when there are none. */
export function quantile(values: readonly number[], q: number): number {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return Number.NaN;
  const pos = (v.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (v[lo] as number) + ((v[hi] as number) - (v[lo] as number)) * (pos - lo);
}

/**
 * Arithmetic mean of the finite values (NaN when there are none). Callers
 * report how many values were not finite ({@link failures}): a diverged run
 * is a failed run, shown beside the mean, never silently dropped.
 */
export function mean(values: readonly number[]): number {
  const v = values.filter((x) => Number.isFinite(x));
  return v.length === 0 ? Number.NaN : v.reduce((a, b) => a + b, 0) / v.length;
}

/** How many of the values are not finite (diverged or failed runs). */
export function failures(values: readonly number[]): number {
  return values.filter((x) => !Number.isFinite(x)).length;
}

/** Rounds for JSON and tables. */
export function round(x: number, digits = 3): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/**
 * Percentile bootstrap intervals of the mean of `values` (Efron & Tibshirani
 * 1993, §13.3): `resamples` seeded resamples with replacement, the interval at
 * level L is the (1 − L)/2 and (1 + L)/2 quantiles of the resampled means.
 * With fewer than 2 values every interval is [NaN, NaN].
 */
export function bootstrapMeanIntervals(values: readonly number[], levels: readonly number[], seed = 0, resamples = 10_000): Array<[number, number]> {
  const n = values.length;
  if (n < 2) return levels.map(() => [Number.NaN, Number.NaN]);
  const rng = new Rng(seed);
  const means = new Array<number>(resamples);
  for (let b = 0; b < resamples; b++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += values[Math.min(n - 1, Math.floor(rng.uniform() * n))] as number;
    means[b] = s / n;
  }
  return levels.map((l) => [quantile(means, (1 - l) / 2), quantile(means, (1 + l) / 2)]);
}

/** A paired comparison of one init against a baseline (`summary.paired` of a suite). */
export interface PairedDifference {
  init: string;
  baseline: string;
  /** Which measurement (e.g. `heldOutSnrDb`). */
  metric: string;
  /** The image, or `'all'` for the pooled comparison. */
  image?: string;
  /** Pairs with both values finite. */
  n: number;
  /** Pairs where either run failed (non-finite); they are counted, not dropped silently. */
  failed: number;
  /** Mean over pairs of init − baseline. */
  meanDiffDb: number;
  ci80: [number, number];
  ci95: [number, number];
}

/**
 * The paired difference init − baseline over matched units (e.g. (image,
 * seed): the same pixel mask and seed), its mean and seeded bootstrap 80% and
 * 95% intervals of the mean.
 */
export function pairedDifference(
  pairs: ReadonlyArray<{ init: number; baseline: number }>,
  meta: { init: string; baseline: string; metric: string; image?: string },
  seed = 0,
): PairedDifference {
  const ok = pairs.filter((p) => Number.isFinite(p.init) && Number.isFinite(p.baseline));
  const diffs = ok.map((p) => p.init - p.baseline);
  const [ci80, ci95] = bootstrapMeanIntervals(diffs, [0.8, 0.95], seed) as [[number, number], [number, number]];
  const r = (v: [number, number]): [number, number] => [round(v[0], 3), round(v[1], 3)];
  return { ...meta, n: ok.length, failed: pairs.length - ok.length, meanDiffDb: round(mean(diffs), 3), ci80: r(ci80), ci95: r(ci95) };
}

/** Whether a paired difference shows init > baseline (`'above'`) or below, at 95%: true, false, or null when not measured. */
export function differenceHolds(d: PairedDifference | undefined, direction: 'above' | 'below'): boolean | null {
  if (!d || d.n < 2 || !Number.isFinite(d.ci95[0])) return null;
  return direction === 'above' ? d.ci95[0] > 0 : d.ci95[1] < 0;
}

/** "+1.23 dB [80%: +0.9, +1.5; 95%: +0.7, +1.8], n = 10" for tables and claims. */
export function formatDifference(d: PairedDifference | undefined): string {
  if (!d) return 'not measured';
  if (d.n === 0) return `not measured (${d.failed} failed pairs)`;
  const s = (x: number): string => (Number.isFinite(x) ? `${x >= 0 ? '+' : ''}${x.toFixed(2)}` : '–');
  const failed = d.failed ? `, ${d.failed} failed` : '';
  return `${s(d.meanDiffDb)} dB (80%: [${s(d.ci80[0])}, ${s(d.ci80[1])}], 95%: [${s(d.ci95[0])}, ${s(d.ci95[1])}]; n = ${d.n}${failed})`;
}
