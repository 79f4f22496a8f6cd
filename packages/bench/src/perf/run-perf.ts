import * as tf from '@tensorflow/tfjs-core';
import { Rng, createMlp, setBackend, train } from '@mlpinit/core';
import type { SuiteContext } from '../suites/context.js';
import { type SuiteResults, runConfig, writeSuiteResults } from '../results/results.js';
import { PROFILES } from '../suites/profiles.js';
import { memoryOver } from './memory-check.js';
import { perfClaims, summarize } from './perf-claims.js';
import type { PerfRun, PerfSummary } from './perf-run.js';
import { stockTfjsStepMs } from './stock-tfjs.js';
import { timeGo } from './time-go.js';
import { timeNtk } from './time-ntk.js';
import { type PeerResult, peerPython, torchPeer } from './torch-peer.js';

export type { PerfRun, PerfSummary } from './perf-run.js';


interface TrainWorkload {
  name: string;
  sizes: number[];
  n: number;
  batch: number;
  steps: { mlpinit: number; oneThread: number; stock: number; torch: number };
}

/**
 * The perf suite: training-step time of three networks with
 * mlpinit's engine (all cores and one thread), the stock tfjs way
 * (`optimizer.minimize` over tf.matMul/tf.add/tf.tanh), and PyTorch when
 * `<python> -c "import torch"` works (`--python`, else `$MLPINIT_PYTHON`, else `python3` on PATH), all in this invocation; GO and
 * NTK times; and tensor memory over 1,000 training steps.
 */
export async function runPerf(ctx: SuiteContext): Promise<SuiteResults<PerfRun, PerfSummary>> {
  const quick = ctx.profile.name === 'quick';
  const python = peerPython(ctx.python);
  const scale = ctx.steps ? Math.max(1, ctx.steps / ctx.profile.perf.steps) : 1;
  const s = (k: number): number => Math.max(1, Math.round(k * scale * (quick ? 1 : 3)));
  const img = ctx.profile.image;
  const imgSizes = [2, ...new Array<number>(img.depth).fill(img.width), 3];
  const workloads: TrainWorkload[] = [
    { name: 'train 2→256×4→3, N=16384 full batch', sizes: [2, 256, 256, 256, 256, 3], n: 16384, batch: 16384, steps: { mlpinit: s(12), oneThread: s(4), stock: s(2), torch: s(6) } },
    {
      name: `train image net 2→${img.depth}×${img.width}→3, batch ${img.batchSize ?? 'full'}`,
      sizes: imgSizes,
      n: 12288,
      batch: img.batchSize ?? 12288,
      steps: { mlpinit: s(100), oneThread: s(50), stock: s(20), torch: s(100) },
    },
    { name: 'train 1→100×5→1, N=512 full batch', sizes: [1, 100, 100, 100, 100, 100, 1], n: 512, batch: 512, steps: { mlpinit: s(200), oneThread: s(100), stock: s(50), torch: s(200) } },
  ];
  const med = PROFILES.medium.image;
  // The medium profile's image network: the image workload above at that profile, else one more.
  const isMedium = img.depth === med.depth && img.width === med.width && img.batchSize === med.batchSize;
  const mediumName = isMedium ? (workloads[1] as TrainWorkload).name : `train medium image net 2→${med.depth}×${med.width}→3, batch ${med.batchSize}`;
  if (!isMedium) {
    workloads.push({
      name: mediumName,
      sizes: [2, ...new Array<number>(med.depth).fill(med.width), 3],
      n: 12288,
      batch: med.batchSize ?? 12288,
      steps: { mlpinit: s(30), oneThread: s(30), stock: s(4), torch: s(30) },
    });
  }
  const config = runConfig(ctx, 'perf', [], { workloads: workloads.map((w) => ({ ...w })) });
  const info = await setBackend(ctx.backend);
  const runs: PerfRun[] = [];
  const total = workloads.length * 4 + 4;
  const bar = ctx.progress.bar('perf', total);
  let done = 0;
  const tick = (): void => bar.update(++done);
  let status: 'complete' | 'partial' = 'complete';
  let goShare: number | null = null;
  let memory: PerfSummary['memory'] = { steps: 0, tensorsBefore: 0, tensorsAfter: 0, bytesBefore: 0, bytesAfter: 0 };
  const peer = (r: PeerResult, workload: string, steps: number): PerfRun =>
    'ms' in r
      ? { workload, variant: 'pytorch', backend: `torch ${r.torch}, ${r.threads} threads`, ms: r.ms, steps }
      : { workload, variant: 'pytorch', backend: 'torch', ms: null, steps, note: r.unavailable };
  try {
    for (const w of workloads) {
      const rng = new Rng(1);
      const x = tf.tensor2d(rng.normalArray(w.n * (w.sizes[0] as number)), [w.n, w.sizes[0] as number]);
      const y = tf.tensor2d(rng.normalArray(w.n * (w.sizes.at(-1) as number)), [w.n, w.sizes.at(-1) as number]);
      try {
        for (const [variant, workers, steps] of [
          ['mlpinit', 'auto', w.steps.mlpinit],
          ['mlpinit-1thread', 1, w.steps.oneThread],
        ] as const) {
          ctx.signal.throwIfAborted();
          const mlp = createMlp({ sizes: w.sizes, init: 'fan-in-normal', seed: 0 });
          try {
            // Warm-up (kernel set-up, worker start-up) is not timed: one short run first.
            await train(mlp, { x, y }, { steps: 2, batchSize: w.batch, workers: 1 });
            const t0 = performance.now();
            await train(mlp, { x, y }, { steps, batchSize: w.batch, workers, signal: ctx.signal, progressEvery: steps });
            runs.push({ workload: w.name, variant, backend: info.name, ms: (performance.now() - t0) / steps, steps, note: workers === 'auto' ? 'workers: auto (includes worker start-up)' : undefined });
          } finally {
            mlp.dispose();
          }
          tick();
        }
        ctx.signal.throwIfAborted();
        runs.push({ workload: w.name, variant: 'stock-tfjs', backend: info.name, ms: await stockTfjsStepMs(w.sizes, x, y, w.steps.stock, w.batch), steps: w.steps.stock });
        tick();
      } finally {
        tf.dispose([x, y]);
      }
      runs.push(peer(await torchPeer(python, ['train', w.sizes.join(','), String(w.n), String(w.batch), String(w.steps.torch)], ctx.signal), w.name, w.steps.torch));
      tick();
    }
    goShare = await timeGo(ctx, imgSizes, runs, peer, tick);
    await timeNtk(ctx, runs, tick);
    memory = await memoryOver(1000, tick);
  } catch (err) {
    if ((err as { name?: string; code?: string }).code !== 'ABORTED' && (err as Error).name !== 'AbortError') throw err;
    status = 'partial';
  } finally {
    bar.stop();
  }
  const summary = summarize(workloads.map((w) => w.name), runs, goShare, memory, mediumName);
  const results: SuiteResults<PerfRun, PerfSummary> = {
    suite: 'perf',
    status,
    config,
    grid: [],
    runs,
    summary,
    figures: [],
    claims: perfClaims(summary),
  };
  writeSuiteResults(ctx.outDir, results as SuiteResults<unknown, unknown>);
  return results;
}
