import { type FamilyBest, type ScaleRuleVerdict, familyBests, scaleRuleVerdicts } from '../rules/family-comparison.js';
import type { SuiteResults } from '../results/results.js';
import { type PairedDifference, failures, mean, pairedDifference, round } from '../report/stats.js';
import type { ImageRun } from './image-trial.js';
import { type RuleCheck, ruleCheck } from '../rules/rule-check.js';

/** Means over seeds of one (image, init, reg); `failed` counts runs whose SNR is not finite (diverged). */
export interface ImageRow {
  /** Image file name, or `'all'` for the mean over images. */
  image: string;
  init: string;
  reg: string;
  seeds: number;
  failed: number;
  snrDb: number;
  psnrDb: number;
  heldOutSnrDb: number;
  trainSnrDb: number;
  seconds: number;
  goSeconds: number | null;
  /** Mean learned c over hidden layers (GO only). */
  goMeanC: number | null;
  /** GO path steps chosen by a strength rule, per seed (GO only). */
  goPathSteps: number[] | null;
  /** Mean NTK half-width at initialization, pixels. */
  ntkHalfWidthPx: number | null;
}

/** Mean SNR over seeds at each checkpoint (first image). */
export interface ImageCurvePoint {
  init: string;
  reg: string;
  step: number;
  snrDb: number;
  heldOutSnrDb: number;
  trainSnrDb: number;
}

/** One image of the suite, as trained. */
export interface ImageInfo {
  image: string;
  width: number;
  height: number;
  trainPixels: number;
  sampleSpacingPx: number;
}

export interface ImageSummary {
  images: ImageInfo[];
  /** Per image, then pooled over images (`image: 'all'`). */
  rows: ImageRow[];
  curves: ImageCurvePoint[];
  /**
   * Paired differences of every config against Glorot (same regulariser),
   * against the best fixed scale, and against the default `go` (GO's
   * variants and its rivals alike; Glorot's difference to `go` is the
   * negative of go − glorot and is not repeated), matched by (image, seed):
   * the same pixel
   * mask and seed. Per image and pooled (`image: 'all'`); held-out SNR is the
   * primary metric, full-image and training-pixel SNR are reported too.
   */
  paired: PairedDifference[];
  /** The scaled-Glorot config with the highest pooled held-out SNR (null when none ran). */
  bestFixedScale: string | null;
  /** The kernel rule replayed on its candidates (`go-p<N>` runs): choice, oracle, regret (null without such runs). */
  ruleCheck: RuleCheck | null;
  /** `ff` and `siren-auto` against their family's best fixed scale per image (absent in older results). */
  scaleRules?: ScaleRuleVerdict[];
  /** Per image, each family's best config by mean held-out SNR (absent in older results). */
  familyBests?: FamilyBest[];
  /** Kept for single-image readers: the first image's size. */
  width: number;
  height: number;
  trainPixels: number;
  sampleSpacingPx: number;
}

/** Label of an (init, reg) configuration: the init name, with `+reg` when regularised. */
export function configLabel(init: string, reg: string): string {
  return reg === 'none' ? init : `${init}+${reg}`;
}

/** The image of a run (runs from before multi-image results name none: the suite's only image). */
export function runImage(r: ImageRun): string {
  return r.image ?? 'image';
}

function rowOf(image: string, init: string, reg: string, rs: ImageRun[]): ImageRow {
  const goRuns = rs.filter((r) => r.go);
  const held = rs.map((r) => r.heldOutSnrDb);
  return {
    image,
    init,
    reg,
    seeds: rs.length,
    failed: rs.filter((r) => failures([r.heldOutSnrDb, r.snrDb]) > 0).length,
    snrDb: round(mean(rs.map((r) => r.snrDb)), 2),
    psnrDb: round(mean(rs.map((r) => r.psnrDb)), 2),
    heldOutSnrDb: round(mean(held), 2),
    trainSnrDb: round(mean(rs.map((r) => r.trainSnrDb)), 2),
    seconds: round(mean(rs.map((r) => r.seconds)), 1),
    goSeconds: goRuns.length ? round(mean(goRuns.map((r) => r.go?.seconds ?? Number.NaN)), 1) : null,
    goMeanC: goRuns.length ? round(mean(goRuns.flatMap((r) => r.go?.layerScales ?? [])), 2) : null,
    goPathSteps: goRuns.some((r) => r.go?.strength && r.go.strength.rule !== 'fixed') ? goRuns.map((r) => r.go?.strength.pathSteps ?? Number.NaN) : null,
    ntkHalfWidthPx: rs.some((r) => typeof r.ntkHalfWidthPx === 'number') ? round(mean(rs.map((r) => r.ntkHalfWidthPx ?? Number.NaN)), 2) : null,
  };
}

const METRICS = ['heldOutSnrDb', 'snrDb', 'trainSnrDb'] as const;

/** Paired differences of `label` against `baseline` matched by (image, seed): pooled, and per image when `images` has several, for each metric. */
export function pairedAgainst(
  runs: readonly ImageRun[],
  label: string,
  baseline: string,
  images: readonly string[],
  seed: number,
  metrics: readonly (typeof METRICS)[number][] = METRICS,
): PairedDifference[] {
  const byKey = (l: string): Map<string, ImageRun> =>
    new Map(runs.filter((r) => configLabel(r.init, r.reg) === l).map((r) => [`${runImage(r)}|${r.seed}`, r]));
  const a = byKey(label);
  const b = byKey(baseline);
  const keys = [...a.keys()].filter((k) => b.has(k));
  if (keys.length === 0) return [];
  const out: PairedDifference[] = [];
  for (const metric of metrics) {
    const pairs = (ks: string[]) => ks.map((k) => ({ init: (a.get(k) as ImageRun)[metric], baseline: (b.get(k) as ImageRun)[metric] }));
    out.push(pairedDifference(pairs(keys), { init: label, baseline, metric, image: 'all' }, seed));
    if (images.length > 1) {
      for (const img of images) {
        const ks = keys.filter((k) => k.startsWith(`${img}|`));
        if (ks.length) out.push(pairedDifference(pairs(ks), { init: label, baseline, metric, image: img }, seed));
      }
    }
  }
  return out;
}

/** Means over seeds per (image, init, reg), pooled rows, paired differences and SNR-vs-step curves. */
export function summarizeImage(results: SuiteResults<ImageRun, ImageSummary>): ImageSummary {
  const runs = results.runs;
  const images = [...new Set(runs.map(runImage))];
  const keys = [...new Map(runs.map((r) => [configLabel(r.init, r.reg), [r.init, r.reg] as const])).values()];
  const rows: ImageRow[] = [];
  for (const image of images) {
    for (const [init, reg] of keys) {
      const rs = runs.filter((r) => runImage(r) === image && r.init === init && r.reg === reg);
      if (rs.length) rows.push(rowOf(image, init, reg, rs));
    }
  }
  if (images.length > 1) for (const [init, reg] of keys) rows.push(rowOf('all', init, reg, runs.filter((r) => r.init === init && r.reg === reg)));
  const pooled = (label: string): ImageRow | undefined => rows.find((r) => r.image === (images.length > 1 ? 'all' : images[0]) && configLabel(r.init, r.reg) === label);
  const scaled = keys.filter(([init, reg]) => reg === 'none' && /^glorot-c/.test(init)).map(([init]) => init);
  const bestFixedScale = scaled.reduce<string | null>((best, l) => {
    const v = pooled(l)?.heldOutSnrDb ?? Number.NaN;
    return best === null || v > (pooled(best)?.heldOutSnrDb ?? Number.NEGATIVE_INFINITY) ? l : best;
  }, null);
  const paired: PairedDifference[] = [];
  for (const [init, reg] of keys) {
    const label = configLabel(init, reg);
    const glorot = configLabel('glorot', reg);
    if (label !== glorot) paired.push(...pairedAgainst(runs, label, glorot, images, 1));
    if (bestFixedScale && reg === 'none' && label !== bestFixedScale) paired.push(...pairedAgainst(runs, label, bestFixedScale, images, 2));
    // Against the project's default `go` too: its variants and its rivals (scaled Glorot, SIREN, …) side by side with it.
    if (init !== 'go' && init !== 'glorot') paired.push(...pairedAgainst(runs, label, configLabel('go', reg), images, 3));
  }
  const curves: ImageCurvePoint[] = [];
  const first = images[0];
  for (const [init, reg] of keys) {
    const rs = runs.filter((r) => runImage(r) === first && r.init === init && r.reg === reg);
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
  const info = images.map((image): ImageInfo => {
    const r = runs.find((x) => runImage(x) === image) as ImageRun;
    return { image, width: r.width, height: r.height, trainPixels: r.trainPixels, sampleSpacingPx: round(r.sampleSpacingPx, 2) };
  });
  const i0 = info[0];
  return {
    images: info,
    rows,
    curves,
    paired,
    bestFixedScale,
    ruleCheck: ruleCheck(runs),
    scaleRules: scaleRuleVerdicts(runs),
    familyBests: familyBests(runs),
    width: i0?.width ?? 0,
    height: i0?.height ?? 0,
    trainPixels: i0?.trainPixels ?? 0,
    sampleSpacingPx: i0?.sampleSpacingPx ?? Number.NaN,
  };
}
