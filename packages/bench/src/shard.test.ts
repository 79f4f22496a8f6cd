import { describe, expect, it } from 'vitest';
import { cellKey, trialGrid } from './grid.js';
import { parseShard, sliceGrid } from './shard.js';

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
});
