import * as tf from '@tensorflow/tfjs-core';
import { createMlp, workerPoolAvailable } from '@mlpinit/core';
import { empiricalNtk } from '@mlpinit/ntk';
import type { PerfRun } from './perf-run.js';

/** The NTK speed reference workload (structured NTK vs functorch's jacobian contraction): 1 → 100×5 → 1 tanh at N = 256. */
export const NTK_REFERENCE = { depth: 5, width: 100, points: 256, workload: 'NTK 1→5×100→1 on 256 points' } as const;

/** Warm-up calls before the timed ones, on both sides (the PyTorch peer's NTK_WARMUP). */
export const NTK_WARMUP = 10;

/** Node's resident set size in MiB, or null in a browser. */
function rssMiB(): number | null {
  const p = (globalThis as { process?: { memoryUsage?: () => { rss: number } } }).process;
  return typeof p?.memoryUsage === 'function' ? p.memoryUsage().rss / 2 ** 20 : null;
}

/**
 * The NTK speed reference (structured vs jacobian, best of several calls)
 * and the structured NTK's memory at N = 4096, on the active backend.
 */
export async function timeNtk(backend: string, runs: PerfRun[], signal: AbortSignal, tick: () => void, gpu = false): Promise<void> {
  const p = NTK_REFERENCE;
  const sizes = [1, ...new Array<number>(p.depth).fill(p.width), 1];
  const x = Array.from({ length: p.points }, (_, i) => [-1 + (2 * i) / (p.points - 1)]);
  const mlp = createMlp({ sizes, seed: 0 });
  try {
    // 'structured': the default (`workers: 'auto'`: core's worker pool when it pays); its one-thread run for comparison.
    const variants = [
      { variant: 'structured', method: 'structured', workers: 'auto', warmup: NTK_WARMUP, repeats: 10 },
      { variant: 'structured-1thread', method: 'structured', workers: 1, warmup: NTK_WARMUP, repeats: 10 },
      // Both cores, as PyTorch's two-thread run: row blocks on core's worker pool (Node only).
      { variant: 'structured-2threads', method: 'structured', workers: 2, warmup: NTK_WARMUP, repeats: 10 },
      { variant: 'jacobian', method: 'jacobian', workers: 1, warmup: 1, repeats: 2 },
    ] as const;
    for (const { variant, method, workers, warmup, repeats } of variants) {
      signal.throwIfAborted();
      if (variant === 'structured-2threads' && (gpu || !workerPoolAvailable)) {
        runs.push({ workload: p.workload, variant, backend, ms: null, steps: 0, note: 'not run: needs Node worker threads and a CPU backend' });
        continue;
      }
      if (gpu && variant !== 'structured') {
        // The reference's 256 per-example gradient passes are dispatch-bound on a GPU backend (half an hour on SwiftShader's WebGPU).
        const note = method === 'jacobian' ? 'not run on a GPU backend (one gradient pass per example)' : 'not run: a GPU backend has no CPU threads to vary';
        runs.push({ workload: p.workload, variant, backend, ms: null, steps: 0, note });
        continue;
      }
      // Steady state, as the PyTorch peer measures its side: warm-up calls (V8's JIT and tfjs's kernels
      // settle over the first few), then the best of several timed calls (one call is ~10 ms, noise-prone).
      for (let i = 0; i < warmup; i++) await empiricalNtk(mlp, x, undefined, { method, workers });
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < repeats; i++) {
        const t0 = performance.now();
        await empiricalNtk(mlp, x, undefined, { method, workers });
        best = Math.min(best, performance.now() - t0);
      }
      runs.push({ workload: p.workload, variant, backend, ms: best, steps: repeats, note: `best of ${repeats} after ${warmup} warm-up call${warmup === 1 ? '' : 's'}${workers === 'auto' ? ", workers: 'auto'" : ''}` });
    }
  } finally {
    mlp.dispose();
  }
  // Memory at N = 4096 (target: well under 2 GB).
  const big = Array.from({ length: 4096 }, (_, i) => [-1 + (2 * i) / 4095]);
  const wide = createMlp({ sizes, seed: 0 });
  try {
    const rss0 = rssMiB();
    const t0 = performance.now();
    await empiricalNtk(wide, big, undefined, { method: 'structured' });
    const ms = performance.now() - t0;
    const rss = rssMiB();
    const bytes = tf.memory().numBytes / 2 ** 20;
    runs.push({
      workload: 'NTK 1→5×100→1 on 4096 points',
      variant: 'structured',
      backend,
      ms,
      steps: 1,
      note:
        rss !== null && rss0 !== null
          ? `process RSS ${rss.toFixed(0)} MiB after (${rss0.toFixed(0)} MiB before)`
          : `tfjs holds ${bytes.toFixed(0)} MiB after (browser page: no process RSS)`,
    });
  } finally {
    wide.dispose();
  }
  tick();
}
