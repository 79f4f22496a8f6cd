import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSyntheticSuite } from '../synthetic/synthetic-suite.js';
import { tinyContext } from '../test-utils/tiny-context.js';
import { stripTimings } from '../test-utils/strip-timings.js';

const strip = stripTimings;

describe('runTrials', () => {
  it('gives the same runs, in grid order, in a pool of two worker threads as in this thread', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-pool-'));
    const one = await runSyntheticSuite(tinyContext(join(root, 'one')));
    const pooled = await runSyntheticSuite(tinyContext(join(root, 'two'), { workers: 2 }));
    expect(pooled.status).toBe('complete');
    expect(pooled.runs).toHaveLength(one.runs.length);
    expect(strip(pooled.runs)).toEqual(strip(one.runs));
    expect(pooled.summary).toEqual(one.summary);
  });
});
