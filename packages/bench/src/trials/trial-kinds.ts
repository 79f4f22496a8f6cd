import type { BackendName } from '@mlpinit/core';
import type { ImageRun, ImageTrialSpec } from '../image/image-trial.js';
import type { SyntheticRun, SyntheticTrialSpec } from '../synthetic/synthetic-trial.js';

/** How a trial runs: cancellation, step progress, and core's data-parallel `workers` for its training. */
export interface TrialRunOptions {
  signal?: AbortSignal;
  onStep?: (done: number, total: number) => void;
  workers?: number | 'auto';
}

/** A trial as plain data, runnable in this thread or a worker thread. */
export type TrialTask = (
  | { kind: 'image'; backend: BackendName; spec: ImageTrialSpec }
  | { kind: 'synthetic'; backend: BackendName; spec: SyntheticTrialSpec }
) & {
  /**
   * Data-parallel threads of the trial's training (core's `workers`): 1 when
   * trials already run side by side in a pool (one core each), else 'auto'.
   */
  trainWorkers?: number | 'auto';
};

/** A trial's outcome; errors cross threads as plain data. */
export type TrialOutcome =
  | { ok: true; run: ImageRun | SyntheticRun }
  | { ok: false; aborted: boolean; message: string };
