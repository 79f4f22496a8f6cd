import { describe, expect, it } from 'vitest';
import type { ImageRun } from '../image/image-trial.js';
import { ruleCheck } from './rule-check.js';

/** A go-p<N> run as the image trial writes it, with only what the rule check reads. */
function run(image: string, seed: number, n: number, ratio: number, k: number, held: number): ImageRun {
  return {
    image,
    seed,
    init: `go-p${n}`,
    reg: 'none',
    heldOutSnrDb: held,
    go: { strength: { rule: 'kernel', pathSteps: n, k, epochs: 100, candidates: [{ pathSteps: n, ratio, halfWidth: 0, spacing: 0, meanScale: 0 }], seconds: 0 } },
  } as unknown as ImageRun;
}

describe('ruleCheck', () => {
  it('replays the rule, finds the oracle and the regret per (image, seed)', () => {
    const runs = [
      // a: ratios 5, 3, 1 with k = 2: the rule takes 25; the oracle is 75 (+1.5 dB).
      run('a.png', 0, 0, 5, 2, 15),
      run('a.png', 0, 25, 3, 2, 16),
      run('a.png', 0, 75, 1, 2, 17.5),
      // b: the rule takes 75 (all pass) and it is the oracle.
      run('b.png', 0, 0, 5, 0.5, 14),
      run('b.png', 0, 75, 1, 0.5, 18),
      // c: nothing passes: the weakest (0); the oracle is 25.
      run('c.png', 1, 0, 0.1, 2, 12),
      run('c.png', 1, 25, 0.1, 2, 12.25),
      // A lone candidate is not a case.
      run('d.png', 0, 0, 1, 1, 10),
    ];
    const rc = ruleCheck(runs);
    expect(rc?.cases.map((c) => [c.image, c.chosen, c.oracle, c.regretDb])).toEqual([
      ['a.png', 25, 75, 1.5],
      ['b.png', 75, 75, 0],
      ['c.png', 0, 25, 0.25],
    ]);
    expect(rc?.hits).toBe(1);
    const pooled = rc?.regret.find((d) => d.image === 'all');
    expect(pooled?.n).toBe(3);
    expect(pooled?.meanDiffDb).toBeCloseTo((1.5 + 0 + 0.25) / 3, 3);
    expect(ruleCheck([run('a.png', 0, 0, 1, 1, 1)])).toBe(null);
  });
});
