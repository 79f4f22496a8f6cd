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

/**
 * The shard of the array job this process runs in (`--shard auto`):
 * - Slurm job arrays: `SLURM_ARRAY_TASK_ID`, `SLURM_ARRAY_TASK_MIN` (default
 *   0) and `SLURM_ARRAY_TASK_COUNT` (`sbatch --array=0-2` gives ids 0, 1, 2);
 * - Kubernetes Indexed Jobs: `JOB_COMPLETION_INDEX` (0-based) and the count in
 *   `MLPINIT_SHARD_COUNT` (set it to the Job's `completions`).
 * Throws, naming `--shard`, outside an array job or when the variables disagree.
 */
export function shardFromEnv(env: Record<string, string | undefined>): Shard {
  const int = (name: string): number => {
    const v = env[name];
    if (v === undefined || !/^\d+$/.test(v.trim())) {
      throw new MlpinitError('INVALID_ARGUMENT', `--shard auto: ${name} is ${v === undefined ? 'not set' : JSON.stringify(v)}; expected a non-negative integer`, '--shard');
    }
    return Number(v);
  };
  let index0: number;
  let count: number;
  if (env.SLURM_ARRAY_TASK_ID !== undefined) {
    index0 = int('SLURM_ARRAY_TASK_ID') - (env.SLURM_ARRAY_TASK_MIN === undefined ? 0 : int('SLURM_ARRAY_TASK_MIN'));
    count = int('SLURM_ARRAY_TASK_COUNT');
  } else if (env.JOB_COMPLETION_INDEX !== undefined) {
    index0 = int('JOB_COMPLETION_INDEX');
    count = int('MLPINIT_SHARD_COUNT');
  } else {
    throw new MlpinitError(
      'INVALID_ARGUMENT',
      '--shard auto runs inside a Slurm job array (SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_COUNT) or a Kubernetes Indexed Job (JOB_COMPLETION_INDEX with MLPINIT_SHARD_COUNT); neither is set here: pass --shard i/n',
      '--shard',
    );
  }
  if (count < 1 || index0 < 0 || index0 >= count) {
    throw new MlpinitError('INVALID_ARGUMENT', `--shard auto: task ${index0} of ${count} is outside 0…${count - 1} (Slurm ids must be consecutive from SLURM_ARRAY_TASK_MIN)`, '--shard');
  }
  return { index: index0 + 1, count };
}
