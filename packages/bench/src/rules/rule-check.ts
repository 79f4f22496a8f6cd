import { type PairedDifference, pairedDifference, round } from '../report/stats.js';
import type { ImageRun } from '../image/image-trial.js';

/** One (image, seed) of the out-of-sample check of the kernel-width rule. */
export interface RuleCheckCase {
  image: string;
  seed: number;
  /** The rule's k for this training budget. */
  k: number;
  /** Every candidate run: path steps, its NTK ratio and the held-out SNR it reached. */
  candidates: Array<{ pathSteps: number; ratio: number; heldOutSnrDb: number }>;
  /** What the rule chooses from these candidates (strongest with ratio ≥ k, else the weakest). */
  chosen: number;
  /** The candidate with the best held-out SNR (the oracle, known only after training). */
  oracle: number;
  /** Held-out SNR of the oracle minus that of the rule's choice (≥ 0). */
  regretDb: number;
}

/** The rule check of a set of runs: per case, and the regret's mean and intervals per image and pooled. */
export interface RuleCheck {
  cases: RuleCheckCase[];
  /** Regret (oracle − rule) per image and pooled (`image: 'all'`), as paired differences with bootstrap intervals. */
  regret: PairedDifference[];
  /** Cases where the rule chose the oracle. */
  hits: number;
}

const PATH = /^go-p(\d+)$/;

/**
 * Replays the kernel-width rule (go-init's `strength: 'kernel'`) on runs of
 * its candidates: each `go-p<N>` run is GO's fast path stopped at N steps and
 * reports its NTK ratio and k, so for every (image, seed) with two or more
 * candidates the rule's choice is the strongest N with ratio ≥ k, the oracle
 * is the N with the best held-out SNR, and the regret is the difference. Null
 * when fewer than two candidates ran.
 */
export function ruleCheck(runs: readonly ImageRun[]): RuleCheck | null {
  const groups = new Map<string, ImageRun[]>();
  for (const r of runs) {
    if (r.reg !== 'none' || !PATH.test(r.init) || r.go?.strength.rule !== 'kernel') continue;
    const key = `${r.image ?? 'image'}|${r.seed}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const cases: RuleCheckCase[] = [];
  for (const rs of groups.values()) {
    if (rs.length < 2) continue;
    const first = rs[0] as ImageRun;
    const k = (first.go as { strength: { k: number } }).strength.k;
    const candidates = rs
      .map((r) => {
        const s = r.go?.strength as { pathSteps: number; candidates: Array<{ ratio: number }> };
        return { pathSteps: s.pathSteps, ratio: s.candidates[0]?.ratio ?? Number.NaN, heldOutSnrDb: r.heldOutSnrDb };
      })
      .sort((a, b) => a.pathSteps - b.pathSteps);
    const passing = candidates.filter((c) => c.ratio >= k);
    const chosen = (passing.length ? passing[passing.length - 1] : candidates[0]) as (typeof candidates)[number];
    const finite = candidates.filter((c) => Number.isFinite(c.heldOutSnrDb));
    const oracle = finite.reduce((a, c) => (c.heldOutSnrDb > a.heldOutSnrDb ? c : a), finite[0] ?? chosen);
    cases.push({
      image: first.image ?? 'image',
      seed: first.seed,
      k: round(k, 4),
      candidates: candidates.map((c) => ({ pathSteps: c.pathSteps, ratio: round(c.ratio, 3), heldOutSnrDb: round(c.heldOutSnrDb, 3) })),
      chosen: chosen.pathSteps,
      oracle: oracle.pathSteps,
      regretDb: round(oracle.heldOutSnrDb - chosen.heldOutSnrDb, 3),
    });
  }
  if (cases.length === 0) return null;
  const images = [...new Set(cases.map((c) => c.image))];
  const asPairs = (cs: RuleCheckCase[]) =>
    cs.map((c) => ({
      init: c.candidates.find((x) => x.pathSteps === c.oracle)?.heldOutSnrDb ?? Number.NaN,
      baseline: c.candidates.find((x) => x.pathSteps === c.chosen)?.heldOutSnrDb ?? Number.NaN,
    }));
  const regret = [
    pairedDifference(asPairs(cases), { init: 'oracle', baseline: 'kernel rule', metric: 'heldOutSnrDb', image: 'all' }, 7),
    ...(images.length > 1
      ? images.map((img) => pairedDifference(asPairs(cases.filter((c) => c.image === img)), { init: 'oracle', baseline: 'kernel rule', metric: 'heldOutSnrDb', image: img }, 7))
      : []),
  ];
  return { cases, regret, hits: cases.filter((c) => c.chosen === c.oracle).length };
}
