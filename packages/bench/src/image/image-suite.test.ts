import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TINY_PROFILE, tinyContext } from '../test-utils/tiny-context.js';
import { IMAGE_SUITE, runImageSuite } from './image-suite.js';
import { bundledImage } from './rgb-image.js';

const profile = {
  ...TINY_PROFILE,
  image: { ...TINY_PROFILE.image, depth: 2, width: 8, steps: 6, batchSize: 64, checkpoints: 1, seeds: 3, goSteps: 25 },
};

describe('image suite', () => {
  it('runs every (init, image, seed), pairs runs by image and seed, and reports claims in three states', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-image-'));
    const ctx = tinyContext(root, {
      profile,
      inits: ['glorot', 'go'],
      image: { paths: [bundledImage('city-256x192.png'), bundledImage('images/chelsea.png')], size: { longer: 24 }, batchSize: 32, regs: ['none'] },
    });
    const res = await runImageSuite(ctx);
    expect(res.status).toBe('complete');
    expect(res.runs).toHaveLength(2 * 2 * 3);
    expect(new Set(res.runs.map((r) => r.image))).toEqual(new Set(['city-256x192.png', 'chelsea.png']));
    const s = res.summary;
    if (!s) throw new Error('no summary');
    expect(s.images.map((i) => [i.image, i.width, i.height])).toEqual([
      ['city-256x192.png', 24, 18],
      ['chelsea.png', 24, 16],
    ]);
    // Pooled and per-image paired differences of go against glorot, on held-out SNR among others.
    const pooled = s.paired.find((d) => d.init === 'go' && d.baseline === 'glorot' && d.metric === 'heldOutSnrDb' && d.image === 'all');
    expect(pooled?.n).toBe(6);
    // Independent computation of the mean difference: a plain loop over the matched runs.
    let sum = 0;
    for (const r of res.runs.filter((x) => x.init === 'go')) {
      const g = res.runs.find((x) => x.init === 'glorot' && x.image === r.image && x.seed === r.seed);
      sum += r.heldOutSnrDb - (g?.heldOutSnrDb as number);
    }
    expect(pooled?.meanDiffDb).toBeCloseTo(sum / 6, 3);
    expect(pooled?.ci95[0]).toBeLessThanOrEqual(pooled?.ci80[0] as number);
    expect(pooled?.ci95[1]).toBeGreaterThanOrEqual(pooled?.ci80[1] as number);
    expect(s.paired.filter((d) => d.metric === 'heldOutSnrDb' && d.image !== 'all')).toHaveLength(2);
    // No scaled Glorot ran: the claim against the best fixed scale is "not measured", never "holds".
    const best = res.claims.find((c) => /best fixed scale/.test(c.claim));
    expect(best?.holds).toBe(null);
    expect(best?.measured).toMatch(/not measured/);
    // Each GO run names its strength rule and choice.
    for (const r of res.runs.filter((x) => x.init === 'go')) expect(r.go?.strength.rule).toBe('kernel');
    // Merging keys runs by image too.
    expect(new Set(res.runs.map((r) => JSON.stringify(IMAGE_SUITE.runCell?.(r)))).size).toBe(res.runs.length);
  });
});
