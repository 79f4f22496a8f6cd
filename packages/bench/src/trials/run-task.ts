import { MlpinitError, setBackend } from '@mlpinit/core';
import { runImageTrial } from '../image/image-trial.js';
import { runSyntheticTrial } from '../synthetic/synthetic-trial.js';
import type { TrialOutcome, TrialRunOptions, TrialTask } from './trial-kinds.js';

/** Runs one trial on its backend and reports the outcome as plain data. */
export async function runTask(
  task: TrialTask,
  opts: Omit<TrialRunOptions, 'workers'> = {},
): Promise<TrialOutcome> {
  try {
    await setBackend(task.backend);
    const trialOpts = { ...opts, workers: task.trainWorkers ?? 'auto' };
    const run = task.kind === 'image' ? await runImageTrial(task.spec, trialOpts) : await runSyntheticTrial(task.spec, trialOpts);
    return { ok: true, run };
  } catch (err) {
    const aborted = err instanceof MlpinitError && err.code === 'ABORTED';
    return { ok: false, aborted, message: (err as Error).message };
  }
}
