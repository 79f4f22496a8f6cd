import { MlpinitError, setBackend } from '@mlpinit/core';
import { runImageTrial } from '../image/image-trial-files.js';
import { runPortableTask } from './run-portable.js';
import { runPinnTrial } from '../pinn/pinn-trial.js';
import type { TrialOutcome, TrialRunOptions, TrialTask } from './trial-kinds.js';

/** Runs one trial in Node on its backend (image trials read and write their files) and reports the outcome as plain data. */
export async function runTask(task: TrialTask, opts: Omit<TrialRunOptions, 'workers'> = {}): Promise<TrialOutcome> {
  if (task.kind !== 'pinn' && (task.kind !== 'image' || task.image)) return runPortableTask(task, opts);
  try {
    await setBackend(task.backend);
    if (task.kind === 'pinn') return { ok: true, run: await runPinnTrial(task.spec, opts) };
    return { ok: true, run: await runImageTrial(task.spec, { ...opts, workers: task.trainWorkers ?? 'auto' }) };
  } catch (err) {
    const aborted = err instanceof MlpinitError && err.code === 'ABORTED';
    return { ok: false, aborted, message: (err as Error).message };
  }
}
