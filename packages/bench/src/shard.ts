import { MlpinitError } from '@mlpinit/core';

/** A 1-based slice `index` of `count` (`--shard index/count`). */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `i/n` with 1 ≤ i ≤ n. */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(String(text).trim());
  if (!m) throw new MlpinitError('INVALID_ARGUMENT', `expected i/n with integers 1 ≤ i ≤ n, got ${JSON.stringify(text)}`, '--shard');
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) {
    throw new MlpinitError('INVALID_ARGUMENT', `expected 1 ≤ i ≤ n, got ${index}/${count}`, '--shard');
  }
  return { index, count };
}

/**
 * The deterministic slice of a trial grid that shard i/n runs: trials whose
 * position in the grid's fixed order is ≡ i−1 (mod n). Round-robin rather than
 * contiguous blocks so every shard gets a mix of cheap and expensive trials.
 */
export function sliceGrid<T>(grid: readonly T[], shard?: Shard): T[] {
  if (!shard || shard.count === 1) return [...grid];
  return grid.filter((_, k) => k % shard.count === shard.index - 1);
}
