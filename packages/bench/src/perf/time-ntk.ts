import { createMlp } from '@mlpinit/core';
import { empiricalNtk } from '@mlpinit/ntk';
import type { SuiteContext } from '../suites/context.js';
import type { PerfRun } from './perf-run.js';
import { peerPython, torchPeer } from './torch-peer.js';

/**
 * The NTK speed reference (structured vs jacobian vs functorch's jacobian
 * contraction, 1 → 100×5 → 1 tanh, N = 256, best of several calls) and the
 * structured NTK's memory at N = 4096.
 */
export async function timeNtk(ctx: SuiteContext, runs: PerfRun[], tick: () => void): Promise<void> {
  const python = peerPython(ctx.python);
  // The NTK speed reference workload (structured NTK vs functorch's jacobian contraction): 1 → 100×5 → 1 tanh at N = 256.
  const p = { depth: 5, width: 100, points: 256 };
  const sizes = [1, ...new Array<number>(p.depth).fill(p.width), 1];
  const workload = `NTK 1→${p.depth}×${p.width}→1 on ${p.points} points`;
  const x = Array.from({ length: p.points }, (_, i) => [-1 + (2 * i) / (p.points - 1)]);
  const mlp = createMlp({ sizes, seed: 0 });
  try {
    for (const method of ['structured', 'jacobian'] as const) {
      ctx.signal.throwIfAborted();
      await empiricalNtk(mlp, x, undefined, { method });
      // Best of several timed calls (the PyTorch peer does the same): one call is ~10 ms, noise-prone.
      let best = Number.POSITIVE_INFINITY;
      const repeats = method === 'structured' ? 5 : 2;
      for (let i = 0; i < repeats; i++) {
        const t0 = performance.now();
        await empiricalNtk(mlp, x, undefined, { method });
        best = Math.min(best, performance.now() - t0);
      }
      runs.push({ workload, variant: method, backend: ctx.backend, ms: best, steps: repeats, note: `best of ${repeats}` });
    }
  } finally {
    mlp.dispose();
  }
  runs.push({ ...(await torchNtk(python, sizes, p.points, ctx.signal)), workload });
  // Memory at N = 4096 (target: well under 2 GB on wasm).
  const big = Array.from({ length: 4096 }, (_, i) => [-1 + (2 * i) / 4095]);
  const wide = createMlp({ sizes, seed: 0 });
  try {
    const rss0 = process.memoryUsage().rss;
    const t0 = performance.now();
    await empiricalNtk(wide, big, undefined, { method: 'structured' });
    const ms = performance.now() - t0;
    const rss = process.memoryUsage().rss;
    runs.push({
      workload: 'NTK 1→5×100→1 on 4096 points',
      variant: 'structured',
      backend: ctx.backend,
      ms,
      steps: 1,
      note: `process RSS ${(rss / 2 ** 20).toFixed(0)} MiB after (${(rss0 / 2 ** 20).toFixed(0)} MiB before)`,
    });
  } finally {
    wide.dispose();
  }
  tick();
}

async function torchNtk(python: string, sizes: number[], points: number, signal: AbortSignal): Promise<PerfRun> {
  const r = await torchPeer(python, ['ntk', sizes.join(','), String(points)], signal);
  return 'ms' in r
    ? { workload: '', variant: 'pytorch', backend: `torch ${r.torch}, functorch jacobian contraction`, ms: r.ms, steps: 1 }
    : { workload: '', variant: 'pytorch', backend: 'torch', ms: null, steps: 1, note: r.unavailable };
}
