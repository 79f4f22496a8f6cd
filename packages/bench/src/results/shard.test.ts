import { describe, expect, it } from 'vitest';
import { cellKey, trialGrid } from './trial-grid.js';
import { parseShard, shardFromEnv, sliceGrid } from './shard.js';

describe('shards', () => {
  const grid = trialGrid(['glorot', 'orthogonal', 'go'], [0, 1, 2], [256, 1024, 4096, 16384]);

  it('parses i/n and rejects anything else', () => {
    expect(parseShard('2/5')).toEqual({ index: 2, count: 5 });
    for (const bad of ['0/3', '4/3', '1/0', 'a/b', '1-3', '', '1/2/3']) expect(() => parseShard(bad)).toThrow(/--shard/);
  });

  it('covers the grid exactly once over all shards, for every n', () => {
    for (const count of [1, 2, 3, 5, 7, 36, 50]) {
      const keys = Array.from({ length: count }, (_, i) => sliceGrid(grid, { index: i + 1, count }).map(cellKey)).flat();
      expect(keys).toHaveLength(grid.length);
      expect(new Set(keys).size).toBe(grid.length);
      expect(new Set(keys)).toEqual(new Set(grid.map(cellKey)));
    }
  });

  it('is deterministic and balanced', () => {
    const a = sliceGrid(grid, { index: 2, count: 3 });
    expect(sliceGrid(grid, { index: 2, count: 3 })).toEqual(a);
    for (let i = 1; i <= 5; i++) expect(Math.abs(sliceGrid(grid, { index: i, count: 5 }).length - grid.length / 5)).toBeLessThanOrEqual(1);
  });

  it('--shard auto reads Slurm job arrays and Kubernetes Indexed Jobs, and fails clearly elsewhere', () => {
    // sbatch --array=4-6: ids 4, 5, 6 are shards 1, 2, 3 of 3.
    const slurm = (id: number) => ({ SLURM_ARRAY_TASK_ID: String(id), SLURM_ARRAY_TASK_MIN: '4', SLURM_ARRAY_TASK_COUNT: '3' });
    expect([4, 5, 6].map((id) => shardFromEnv(slurm(id)))).toEqual([1, 2, 3].map((index) => ({ index, count: 3 })));
    expect(shardFromEnv({ JOB_COMPLETION_INDEX: '0', MLPINIT_SHARD_COUNT: '2' })).toEqual({ index: 1, count: 2 });
    expect(() => shardFromEnv({})).toThrow(/Slurm job array .* Kubernetes Indexed Job/);
    expect(() => shardFromEnv({ JOB_COMPLETION_INDEX: '0' })).toThrow(/MLPINIT_SHARD_COUNT is not set/);
    expect(() => shardFromEnv({ ...slurm(7) })).toThrow(/outside/);
    expect(() => shardFromEnv({ SLURM_ARRAY_TASK_ID: 'x', SLURM_ARRAY_TASK_COUNT: '3' })).toThrow(/--shard auto: SLURM_ARRAY_TASK_ID/);
  });
});
