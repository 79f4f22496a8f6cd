import * as tf from '@tensorflow/tfjs-core';
import { Rng, createMlp, train, workerPoolAvailable, workerPoolSize } from '@mlpinit/core';
import type { PerfRun } from './perf-run.js';

/** The repeated-train check of issue 18: 6-step data-parallel `train` calls on one throughput network. */
export const REPEATED_TRAIN = {
  workload: 'repeated train 2→256×4→3, N=16384 full batch, 6-step calls',
  sizes: [2, 256, 256, 256, 256, 3],
  n: 16384,
  callSteps: 6,
  longSteps: 12,
} as const;

/**
 * A 6-step data-parallel `train` call, a second one on the same network, and
 * a longer call whose median step (after its first 3) is the steady state:
 * with core's persistent worker pool the second call reuses the threads (and
 * their initialised backend) instead of spawning its own. Node, wasm or cpu
 * only (elsewhere `train` computes in one thread and nothing is recorded).
 */
export async function timeRepeatedTrain(backend: string, runs: PerfRun[], signal: AbortSignal, tick: () => void): Promise<void> {
  const p = REPEATED_TRAIN;
  const active = tf.getBackend();
  if (!workerPoolAvailable || (active !== 'wasm' && active !== 'cpu')) {
    const note = 'not run: data-parallel workers need Node and the wasm or cpu backend';
    runs.push({ workload: p.workload, variant: 'repeat-call', backend, ms: null, steps: 0, note });
    runs.push({ workload: p.workload, variant: 'steady-state', backend, ms: null, steps: 0, note });
    tick();
    return;
  }
  const rng = new Rng(1);
  const x = tf.tensor2d(rng.normalArray(p.n * 2), [p.n, 2]);
  const y = tf.tensor2d(rng.normalArray(p.n * 3), [p.n, 3]);
  const mlp = createMlp({ sizes: [...p.sizes], init: 'fan-in-normal', seed: 0 });
  try {
    const poolBefore = workerPoolSize();
    const call = async (steps: number, marks?: number[]): Promise<number> => {
      signal.throwIfAborted();
      const t0 = performance.now();
      await train(mlp, { x, y }, { steps, lr: 1e-4, batchSize: p.n, workers: 'auto', signal, progressEvery: marks ? 1 : steps, onProgress: () => void marks?.push(performance.now()) });
      return (performance.now() - t0) / steps;
    };
    const first = await call(p.callSteps);
    const second = await call(p.callSteps);
    const marks: number[] = [];
    await call(p.longSteps, marks);
    const gaps = marks
      .slice(3)
      .map((t, i) => t - (marks[i + 2] as number))
      .sort((a, b) => a - b);
    const steady = gaps[gaps.length >> 1] ?? null;
    const threads = workerPoolSize();
    runs.push({
      workload: p.workload,
      variant: 'repeat-call',
      backend,
      ms: second,
      steps: p.callSteps,
      note: `second 6-step call, ms per step; the first took ${first.toFixed(0)} ms per step (pool threads before: ${poolBefore}, after: ${threads})`,
    });
    runs.push({ workload: p.workload, variant: 'steady-state', backend, ms: steady, steps: p.longSteps, note: `median step of a ${p.longSteps}-step call after its first 3` });
  } finally {
    mlp.dispose();
    tf.dispose([x, y]);
  }
  tick();
}
