import { type PairedDifference, mean, pairedDifference } from '../report/stats.js';
import type { ImageRun } from '../image/image-trial.js';
import { runImage } from '../image/image-summary.js';

/** The three families the bench compares (init names: `ff…`, `siren…`, the rest tanh). */
export type FamilyName = 'tanh' | 'fourier' | 'siren';

/** The family of an init name. */
export function familyOfInit(init: string): FamilyName {
  if (init === 'ff' || init.startsWith('ff-')) return 'fourier';
  if (init === 'siren' || init.startsWith('siren-')) return 'siren';
  return 'tanh';
}

/** How one family's scale rule did against the same family's fixed-scale sweep. */
export interface ScaleRuleVerdict {
  family: 'fourier' | 'siren';
  /** The rule's init (`ff`, `siren-auto`). */
  rule: string;
  /** Fixed-scale inits of the family that ran (`ff-s<σ>`, `siren-w<ω₀>`, `siren`). */
  sweep: string[];
  /** Per image, the fixed-scale init with the best mean held-out SNR (an oracle: chosen after the fact). */
  bestPerImage: Record<string, string>;
  /** rule − best-of-its-image on held-out SNR, paired by (image, seed): pooled (`image: 'all'`) and per image. */
  vsBest: PairedDifference[];
  /** The scale the rule chose in every run. */
  chosen: Array<{ image: string; seed: number; scale: number }>;
  /**
   * Candidate scales the rule weighed that no fixed-scale init of the sweep
   * ran: with any, "best fixed scale" is the best of a smaller set and the
   * comparison is not the one the target asks for.
   */
  missing: number[];
  /** (image, seed) pairs where the rule ran but the image's best fixed scale did not. */
  unpaired: number;
}

/** Per image, the best config of each family by mean held-out SNR (fixed scales and rules alike). */
export interface FamilyBest {
  image: string;
  family: FamilyName;
  init: string;
  heldOutSnrDb: number;
  seeds: number;
}

const RULES: ReadonlyArray<{ family: 'fourier' | 'siren'; rule: string; fixed: RegExp }> = [
  { family: 'fourier', rule: 'ff', fixed: /^ff-s\d/ },
  { family: 'siren', rule: 'siren-auto', fixed: /^siren(?:-w\d.*)?$/ },
];

/** The scale of a fixed-scale init name (`ff-s2.5` → 2.5, `siren-w20` → 20, `siren` → 30). */
function fixedScale(init: string): number {
  if (init === 'siren') return 30;
  return Number(init.replace(/^(ff-s|siren-w)/, ''));
}

function meanHeld(runs: readonly ImageRun[], image: string, init: string): { value: number; seeds: number } {
  const rs = runs.filter((r) => runImage(r) === image && r.init === init && r.reg === 'none');
  return { value: mean(rs.map((r) => r.heldOutSnrDb)), seeds: rs.length };
}

/**
 * Each scale rule (`ff`, `siren-auto`) against its family's best fixed scale
 * per image, paired by (image, seed) on held-out pixels. Only runs without a
 * regulariser count. Empty when a rule or its sweep did not run.
 */
export function scaleRuleVerdicts(runs: readonly ImageRun[]): ScaleRuleVerdict[] {
  const plain = runs.filter((r) => r.reg === 'none');
  const images = [...new Set(plain.map(runImage))];
  const out: ScaleRuleVerdict[] = [];
  for (const { family, rule, fixed } of RULES) {
    const sweep = [...new Set(plain.map((r) => r.init).filter((i) => fixed.test(i)))];
    if (sweep.length === 0 || !plain.some((r) => r.init === rule)) continue;
    const bestPerImage: Record<string, string> = {};
    for (const image of images) {
      let best: string | undefined;
      let bestValue = Number.NEGATIVE_INFINITY;
      for (const init of sweep) {
        const { value, seeds } = meanHeld(plain, image, init);
        if (seeds > 0 && value > bestValue) {
          best = init;
          bestValue = value;
        }
      }
      if (best) bestPerImage[image] = best;
    }
    const key = (r: ImageRun): string => `${runImage(r)}|${r.seed}`;
    const ruleRuns = new Map(plain.filter((r) => r.init === rule).map((r) => [key(r), r]));
    const bestRuns = new Map(plain.filter((r) => bestPerImage[runImage(r)] === r.init).map((r) => [key(r), r]));
    const keys = [...ruleRuns.keys()].filter((k) => bestRuns.has(k));
    const pairs = (ks: string[]) => ks.map((k) => ({ init: (ruleRuns.get(k) as ImageRun).heldOutSnrDb, baseline: (bestRuns.get(k) as ImageRun).heldOutSnrDb }));
    const vsBest: PairedDifference[] = [];
    if (keys.length > 0) {
      vsBest.push(pairedDifference(pairs(keys), { init: rule, baseline: 'best fixed scale of each image', metric: 'heldOutSnrDb', image: 'all' }, 4));
      for (const image of images) {
        const ks = keys.filter((k) => k.startsWith(`${image}|`));
        if (ks.length) vsBest.push(pairedDifference(pairs(ks), { init: rule, baseline: bestPerImage[image] as string, metric: 'heldOutSnrDb', image }, 4));
      }
    }
    const chosen = plain
      .filter((r) => r.init === rule && r.scale)
      .map((r) => ({ image: runImage(r), seed: r.seed, scale: r.scale?.scale as number }));
    const ran = new Set(sweep.map(fixedScale));
    const weighed = new Set(plain.filter((r) => r.init === rule).flatMap((r) => (r.scale?.candidates ?? []).map((c) => c.scale)));
    const missing = [...weighed].filter((c) => !ran.has(c)).sort((a, b) => a - b);
    out.push({ family, rule, sweep, bestPerImage, vsBest, chosen, missing, unpaired: ruleRuns.size - keys.length });
  }
  return out;
}

/** Per image and family, the config with the best mean held-out SNR (runs without a regulariser). */
export function familyBests(runs: readonly ImageRun[]): FamilyBest[] {
  const plain = runs.filter((r) => r.reg === 'none');
  const out: FamilyBest[] = [];
  for (const image of [...new Set(plain.map(runImage))]) {
    for (const family of ['tanh', 'fourier', 'siren'] as const) {
      const inits = [...new Set(plain.filter((r) => runImage(r) === image && familyOfInit(r.init) === family).map((r) => r.init))];
      let best: FamilyBest | undefined;
      for (const init of inits) {
        const { value, seeds } = meanHeld(plain, image, init);
        if (Number.isFinite(value) && (!best || value > best.heldOutSnrDb)) best = { image, family, init, heldOutSnrDb: value, seeds };
      }
      if (best) out.push(best);
    }
  }
  return out;
}
