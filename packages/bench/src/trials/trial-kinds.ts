import type { BackendName } from '@mlpinit/core';
import type { ImageRun, ImageTrialSpec } from '../image/image-trial.js';
import type { RgbImage } from '../image/rgb-image.js';
import type { NtkRun, NtkTrialSpec } from '../ntk/ntk-trial.js';
import type { PerfMeasured } from '../perf/perf-measure.js';
import type { PinnRun, PinnTrialSpec } from '../pinn/pinn-trial.js';
import type { PerfSpec } from '../perf/perf-workloads.js';
import type { SyntheticRun, SyntheticTrialSpec } from '../synthetic/synthetic-trial.js';
import type { VarianceFlowRun, VarianceFlowTrialSpec } from '../variance-flow/variance-flow-trial.js';

/** How a trial runs: cancellation, step progress, and core's data-parallel `workers` for its training. */
export interface TrialRunOptions {
  signal?: AbortSignal;
  onStep?: (done: number, total: number) => void;
  workers?: number | 'auto';
}

/**
 * A trial as plain data, runnable in this thread, a worker thread or a
 * browser page: one image or synthetic fit, one NTK panel, the variance-flow
 * simulations, or the perf suite's backend-side timings.
 */
export type TrialTask = (
  | {
      kind: 'image';
      backend: BackendName;
      spec: ImageTrialSpec;
      /** The decoded image, for runners without file access (browser pages); else decoded from `spec.imagePath`. */
      image?: RgbImage;
    }
  | { kind: 'synthetic'; backend: BackendName; spec: SyntheticTrialSpec }
  | { kind: 'ntk'; backend: BackendName; spec: NtkTrialSpec }
  | { kind: 'variance-flow'; backend: BackendName; spec: VarianceFlowTrialSpec }
  | { kind: 'perf'; backend: BackendName; spec: PerfSpec }
  /** Node backends only (run by `runTask`, not in browser pages). */
  | { kind: 'pinn'; backend: BackendName; spec: PinnTrialSpec }
) & {
  /**
   * Data-parallel threads of the trial's training (core's `workers`): 1 when
   * trials already run side by side in a pool (one core each), else 'auto'.
   */
  trainWorkers?: number | 'auto';
};

/** What a trial computes. */
export type TrialResult = ImageRun | SyntheticRun | NtkRun | { runs: VarianceFlowRun[] } | PerfMeasured | PinnRun;

/** A trial's outcome; errors cross threads and pages as plain data. */
export type TrialOutcome =
  | {
      ok: true;
      run: TrialResult;
      /** Image trials run where files cannot be written: the reconstruction (pixel units), for the Node side to encode. */
      pred?: number[];
    }
  | { ok: false; aborted: boolean; message: string };
