import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJson } from '../io/json-file.js';
import { mergeResultDirs, settingDifference } from './merge.js';
import type { SuiteResults } from './results.js';
import { shardFromEnv } from './shard.js';
import type { SyntheticRun } from '../synthetic/synthetic-trial.js';
import { runSyntheticSuite } from '../synthetic/synthetic-suite.js';
import { tinyContext } from '../test-utils/tiny-context.js';
import { stripTimings } from '../test-utils/strip-timings.js';

const strip = stripTimings;

describe('shards and merge', () => {
  it('merging the shards of a synthetic sweep reproduces the unsharded results set', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-merge-'));
    const whole = await runSyntheticSuite(tinyContext(join(root, 'whole')));
    expect(whole.status).toBe('complete');
    expect(whole.runs).toHaveLength(8);
    // A Slurm job array of 3 (sbatch --array=0-2), each task resolving `--shard auto` from its environment.
    const task = (id: number) => shardFromEnv({ SLURM_ARRAY_TASK_ID: String(id), SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_COUNT: '3' });
    const s1 = await runSyntheticSuite(tinyContext(join(root, 's1'), { shard: task(0) }));
    const s2 = await runSyntheticSuite(tinyContext(join(root, 's2'), { shard: task(1) }));
    const s3 = await runSyntheticSuite(tinyContext(join(root, 's3'), { shard: task(2) }));
    expect(s1.runs.length + s2.runs.length + s3.runs.length).toBe(8);

    // Two of three shards: a partial set that says so.
    await mergeResultDirs([join(root, 's1'), join(root, 's3')], join(root, 'partial'));
    const partial = readJson<SuiteResults<SyntheticRun>>(join(root, 'partial', 'synthetic', 'results.json'));
    expect(partial.status).toBe('partial');
    expect(partial.runs.length).toBe(s1.runs.length + s3.runs.length);

    // All shards, in any order, twice over: the unsharded set.
    await mergeResultDirs([join(root, 's3'), join(root, 's1'), join(root, 's2'), join(root, 's1')], join(root, 'merged'));
    const merged = readJson<SuiteResults<SyntheticRun>>(join(root, 'merged', 'synthetic', 'results.json'));
    expect(merged.status).toBe('complete');
    expect(strip(merged.runs)).toEqual(strip(whole.runs));
    expect(merged.summary).toEqual(whole.summary);
    expect(existsSync(join(root, 'merged', 'synthetic', 'figure-4.png'))).toBe(true);
    const report = readFileSync(join(root, 'merged', 'report.md'), 'utf8');
    expect(report).toContain('## Reproduction');
    expect(report).toContain('![synthetic figure-4](synthetic/figure-4.png)');
  });

  it('refuses to merge results of different grids', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-merge-'));
    await runSyntheticSuite(tinyContext(join(root, 'a'), { seeds: [0], shard: { index: 1, count: 2 } }));
    await runSyntheticSuite(tinyContext(join(root, 'b'), { seeds: [0, 1], shard: { index: 2, count: 2 } }));
    await expect(mergeResultDirs([join(root, 'a'), join(root, 'b')], join(root, 'm'))).rejects.toThrow(/different grids/);
  });

  it('union settings: the task must agree, a side analysis only when both parts record it', () => {
    const set = (sizes: Record<string, unknown>) => ({ config: { profile: 'quick', backend: 'wasm', sizes } }) as unknown as Parameters<typeof settingDifference>[0];
    const task = { steps: 1500, pixels: 0.25, inits: ['go'] };
    const withRow = set({ ...task, infiniteWidth: { crop: 24, margin: 4 } });
    expect(settingDifference(withRow, set({ ...task, inits: ['ff'] }))).toBeNull();
    expect(settingDifference(withRow, set({ ...task, infiniteWidth: { crop: 16, margin: 4 } }))).toMatch(/^infiniteWidth:/);
    expect(settingDifference(withRow, set({ ...task, steps: 500, infiniteWidth: { crop: 24, margin: 4 } }))).toMatch(/^steps: 1500 vs 500/);
    expect(settingDifference(set(task), set({ ...task, pixels: 0.1 }))).toMatch(/^pixels:/);
  });
});
