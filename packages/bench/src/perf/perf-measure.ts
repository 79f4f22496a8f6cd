import * as tf from '@tensorflow/tfjs-core';
import { Rng, createMlp, getBackendInfo, train } from '@mlpinit/core';
import { PROFILES } from '../suites/profiles.js';
import { memoryOver } from './memory-check.js';
import type { PerfRun, PerfSummary } from './perf-run.js';
import { type PerfSpec, type TrainWorkload, perfScale, perfWorkloads } from './perf-workloads.js';
import { stockTfjsStepMs } from './stock-tfjs.js';
import { timeGo } from './time-go.js';
import { timeNtk } from './time-ntk.js';
import { pinnWorkloads, timePinn } from './time-pinn.js';
import { timeRepeatedTrain } from './time-repeated-train.js';

/** What the backend side of the perf suite measured (PyTorch's side is added in Node). */
export interface PerfMeasured {
  runs: PerfRun[];
  /** Seconds of the whole default `go` on the profile's image network. */
  goSeconds: number | null;
  memory: PerfSummary['memory'];
  /** The backend as it described itself (GPU adapter included). */
  backend: { name: string; adapter?: string; software?: boolean };
  /** True when cancelled part-way. */
  partial: boolean;
}

/** Options of {@link measurePerf}. */
export interface PerfMeasureOptions {
  signal?: AbortSignal;
  /** One tick per finished measurement, out of {@link perfTicks}. */
  onTick?: (done: number, total: number) => void;
}

/** The number of ticks {@link measurePerf} reports for a spec. */
export function perfTicks(spec: PerfSpec): number {
  return perfWorkloads(spec).workloads.length * 3 + 4 + 2 * pinnWorkloads(perfScale(spec)).length;
}

/**
 * The backend-side timings of the perf suite on the active backend: each
 * training workload with mlpinit's engine (all cores and one thread) and the
 * stock tfjs way, GO's path and the whole default `go`, the NTK methods,
 * repeated data-parallel `train` calls (Node), PINN steps (explicit and
 * autodiff), and tensor memory over 1,000 steps. Portable: the same code runs in Node and in
 * a browser page (webgl, webgpu).
 */
export async function measurePerf(spec: PerfSpec, opts: PerfMeasureOptions = {}): Promise<PerfMeasured> {
  const { workloads, imgSizes } = perfWorkloads(spec);
  const info = getBackendInfo();
  const label = info ? deviceLabel(info) : 'unknown';
  const runs: PerfRun[] = [];
  const total = perfTicks(spec);
  let done = 0;
  const tick = (): void => opts.onTick?.(++done, total);
  const signal = opts.signal ?? new AbortController().signal;
  let goSeconds: number | null = null;
  let memory: PerfSummary['memory'] = { steps: 0, tensorsBefore: 0, tensorsAfter: 0, bytesBefore: 0, bytesAfter: 0 };
  let partial = false;
  const gpu = info?.name === 'webgl' || info?.name === 'webgpu';
  try {
    for (const w of workloads) await timeWorkload(w, label, gpu, runs, signal, tick);
    goSeconds = await timeGo(PROFILES[spec.profile], imgSizes, label, runs, signal, tick);
    await timeNtk(label, runs, signal, tick, gpu);
    await timeRepeatedTrain(label, runs, signal, tick);
    await timePinn(pinnWorkloads(perfScale(spec)), label, runs, signal, tick);
    memory = await memoryOver(Math.max(50, Math.round(1000 * perfScale(spec))), tick);
  } catch (err) {
    if ((err as { code?: string }).code !== 'ABORTED' && (err as Error).name !== 'AbortError') throw err;
    partial = true;
  }
  return {
    runs,
    goSeconds,
    memory,
    backend: { name: info?.name ?? 'unknown', ...(info?.adapter ? { adapter: info.adapter } : {}), ...(info?.software !== undefined ? { software: info.software } : {}) },
    partial,
  };
}

/** How a run names its backend: `webgpu, software (google swiftshader)`, `webgl (ANGLE …)`, `wasm`. */
export function deviceLabel(d: { name: string; adapter?: string; software?: boolean }): string {
  if (d.software) return `${d.name}, software (${d.adapter ?? 'unnamed adapter'})`;
  return d.adapter ? `${d.name} (${d.adapter})` : d.name;
}

async function timeWorkload(w: TrainWorkload, backend: string, gpu: boolean, runs: PerfRun[], signal: AbortSignal, tick: () => void): Promise<void> {
  const rng = new Rng(1);
  const x = tf.tensor2d(rng.normalArray(w.n * (w.sizes[0] as number)), [w.n, w.sizes[0] as number]);
  const y = tf.tensor2d(rng.normalArray(w.n * (w.sizes.at(-1) as number)), [w.n, w.sizes.at(-1) as number]);
  try {
    for (const [variant, workers, steps] of [
      ['mlpinit', 'auto', w.steps.mlpinit],
      ['mlpinit-1thread', 1, w.steps.oneThread],
    ] as const) {
      signal.throwIfAborted();
      if (gpu && variant === 'mlpinit-1thread') {
        // A GPU backend computes on the GPU whatever the CPU threads: the one-thread run would repeat the first.
        runs.push({ workload: w.name, variant, backend, ms: null, steps: 0, note: 'not run: a GPU backend has no CPU threads to vary' });
        tick();
        continue;
      }
      const mlp = createMlp({ sizes: w.sizes, init: 'fan-in-normal', seed: 0 });
      try {
        // Warm-up (kernel set-up, shader compilation, worker start-up) is not timed: one short run first.
        await train(mlp, { x, y }, { steps: gpu ? 1 : 2, batchSize: w.batch, workers: 1 });
        const t0 = performance.now();
        await train(mlp, { x, y }, { steps, batchSize: w.batch, workers, signal, progressEvery: steps });
        runs.push({ workload: w.name, variant, backend, ms: (performance.now() - t0) / steps, steps, note: workers === 'auto' ? 'workers: auto (includes worker start-up)' : undefined });
      } finally {
        mlp.dispose();
      }
      tick();
    }
    signal.throwIfAborted();
    runs.push({ workload: w.name, variant: 'stock-tfjs', backend, ms: await stockTfjsStepMs(w.sizes, x, y, w.steps.stock, w.batch), steps: w.steps.stock });
    tick();
  } finally {
    tf.dispose([x, y]);
  }
}
