import { MlpinitError, setBackend } from '@mlpinit/core';
import { fitImage } from '../image/image-trial.js';
import { runNtkTrial } from '../ntk/ntk-trial.js';
import { measurePerf } from '../perf/perf-measure.js';
import { runSyntheticTrial } from '../synthetic/synthetic-trial.js';
import { measureVarianceFlow } from '../variance-flow/variance-flow-trial.js';
import type { TrialOutcome, TrialRunOptions, TrialTask } from './trial-kinds.js';

/**
 * Runs one trial on its backend without touching files (images arrive
 * decoded in the task, reconstructions go back in the outcome): the code a
 * browser page runs, and Node's for every kind but image files.
 */
export async function runPortableTask(task: TrialTask, opts: Omit<TrialRunOptions, 'workers'> = {}): Promise<TrialOutcome> {
  try {
    await setBackend(task.backend);
    const trialOpts = { ...opts, workers: task.trainWorkers ?? 'auto' };
    switch (task.kind) {
      case 'image': {
        if (!task.image) throw new MlpinitError('INVALID_ARGUMENT', 'an image trial here needs the decoded image in the task', 'task.image');
        const { run, pred } = await fitImage(task.spec, task.image, trialOpts);
        return { ok: true, run, ...(task.spec.reconPath ? { pred: Array.from(pred) } : {}) };
      }
      case 'synthetic':
        return { ok: true, run: await runSyntheticTrial(task.spec, trialOpts) };
      case 'ntk':
        return { ok: true, run: await runNtkTrial(task.spec, trialOpts) };
      case 'variance-flow':
        return { ok: true, run: await measureVarianceFlow(task.spec, trialOpts) };
      case 'pinn':
        // @mlpinit/pinn is not bundled into the browser page: the pinn suite runs on Node backends (runTask).
        throw new MlpinitError('INVALID_ARGUMENT', 'the pinn suite runs on Node backends only (wasm, cpu, tensorflow)', '--backend');
      case 'perf':
        return { ok: true, run: await measurePerf(task.spec, { ...(opts.signal ? { signal: opts.signal } : {}), onTick: (d, t) => opts.onStep?.(d, t) }) };
    }
  } catch (err) {
    const aborted = err instanceof MlpinitError && err.code === 'ABORTED';
    return { ok: false, aborted, message: (err as Error).message };
  }
}
