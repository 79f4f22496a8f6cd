import * as tf from '@tensorflow/tfjs-core';
import { Rng, createMlp, setBackend, train } from '@mlpinit/core';
import type { SuiteContext } from '../suites/context.js';
import { type Claim, type SuiteResults, runConfig, writeSuiteResults } from '../results/results.js';
import { AUTO_PATH_LAMBDA, AUTO_PATH_LR, goInit } from '@mlpinit/go-init';
import { empiricalNtk } from '@mlpinit/ntk';
import { GO_AUTO_CANDIDATES } from '../trials/init-spec.js';
import { PROFILES } from '../suites/profiles.js';

/** GO's mini-batch (go-init's default). */
const GO_BATCH = 256;
import { stockTfjsStepMs } from './stock-tfjs.js';
import { type PeerResult, peerPython, torchPeer } from './torch-peer.js';

/** One timed workload in one implementation. */
export interface PerfRun {
  workload: string;
  variant: 'mlpinit' | 'mlpinit-1thread' | 'stock-tfjs' | 'pytorch' | 'structured' | 'jacobian';
  backend: string;
  /** Milliseconds per step (training, GO) or per call (NTK, variance flow); null when it did not run. */
  ms: number | null;
  steps: number;
  note?: string;
}

/** Speed ratios per workload: mlpinit over PyTorch, stock tfjs over mlpinit, mlpinit over its one-thread run. */
export interface PerfSummary {
  ratios: Array<{ workload: string; mlpinitOverPytorch: number | null; stockOverMlpinit: number | null; mlpinitOverOneThread: number | null }>;
  /** Seconds of the default `go` (GO path + NTK rule) for the profile's image network over those of the training it precedes. */
  goShareOfTraining: number | null;
  memory: { steps: number; tensorsBefore: number; tensorsAfter: number; bytesBefore: number; bytesAfter: number };
  /** PyTorch's functorch NTK time over mlpinit's structured NTK (1 → 100×5 → 1, N = 256). */
  ntkSpeedupOverPytorch: number | null;
  /** Process RSS (MiB) after the N = 4096 structured NTK. */
  ntkLargeRssMiB: number | null;
  /**
   * Hours the medium profile's Glorot + GO training steps take on one core,
   * projected from the one-thread step time of its image network (training
   * steps only; GO, the strength rule and checkpoints add ~3%).
   */
  mediumPairHoursOneCore: number | null;
}


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
    memory = await memoryOver(1000 * (quick ? 1 : 1), tick);
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
    claims: claims(summary),
  };
  writeSuiteResults(ctx.outDir, results as SuiteResults<unknown, unknown>);
  return results;
}

async function timeGo(
  ctx: SuiteContext,
  sizes: number[],
  runs: PerfRun[],
  peer: (r: PeerResult, workload: string, steps: number) => PerfRun,
  tick: () => void,
): Promise<number | null> {
  const python = peerPython(ctx.python);
  const img = ctx.profile.image;
  const steps = img.goSteps;
  const workload = `GO on image net 2→${sizes.length - 2}×${sizes[1]}→3, batch ${GO_BATCH}`;
  const whole = `default go (GO path of ${steps} steps + NTK rule) on image net 2→${sizes.length - 2}×${sizes[1]}→3`;
  const rng = new Rng(2);
  const x = Array.from({ length: 12288 }, () => [rng.normal(), rng.normal()]);
  // The path the default `go` walks (go-init's fast path, batch 256).
  const res = await goInit({ sizes, activation: 'tanh', x, steps, lambda: AUTO_PATH_LAMBDA, lr: AUTO_PATH_LR, batchSize: GO_BATCH, seed: 0, signal: ctx.signal });
  runs.push({ workload, variant: 'mlpinit', backend: ctx.backend, ms: (res.seconds * 1000) / res.stepsRun, steps: res.stepsRun });
  tick();
  runs.push(peer(await torchPeer(python, ['go', sizes.join(','), '12288', String(GO_BATCH), String(Math.min(steps, 200))], ctx.signal), workload, steps));
  tick();
  // The whole default `go`: the path plus the NTK half-width of every candidate.
  const candidates = GO_AUTO_CANDIDATES.filter((c) => c <= steps);
  const t0 = performance.now();
  const training = { steps: img.steps, ...(img.batchSize ? { batchSize: img.batchSize } : {}) };
  const rule = await goInit({ sizes, activation: 'tanh', x, strength: 'kernel', training, candidates, seed: 0, signal: ctx.signal });
  const seconds = (performance.now() - t0) / 1000;
  runs.push({ workload: whole, variant: 'mlpinit', backend: ctx.backend, ms: seconds * 1000, steps: 1, note: `chose ${rule.strength.pathSteps} steps` });
  const train = runs.find((r) => r.variant === 'mlpinit' && r.workload.startsWith('train image net'));
  return train?.ms ? seconds / ((train.ms * img.steps) / 1000) : null;
}

async function timeNtk(ctx: SuiteContext, runs: PerfRun[], tick: () => void): Promise<void> {
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

/** Tensor count and bytes before and after `steps` training steps (must not grow). */
async function memoryOver(steps: number, tick: () => void): Promise<PerfSummary['memory']> {
  const rng = new Rng(3);
  const x = tf.tensor2d(rng.normalArray(512), [512, 1]);
  const y = tf.tensor2d(rng.normalArray(512), [512, 1]);
  const mlp = createMlp({ sizes: [1, 100, 100, 100, 100, 100, 1], seed: 0 });
  await train(mlp, { x, y }, { steps: 5, workers: 1 });
  const before = tf.memory();
  await train(mlp, { x, y }, { steps, workers: 1 });
  const after = tf.memory();
  mlp.dispose();
  tf.dispose([x, y]);
  tick();
  return { steps, tensorsBefore: before.numTensors, tensorsAfter: after.numTensors, bytesBefore: before.numBytes, bytesAfter: after.numBytes };
}

function summarize(names: string[], runs: PerfRun[], goShare: number | null, memory: PerfSummary['memory'], mediumName: string): PerfSummary {
  const ms = (w: string, v: PerfRun['variant']): number | null => runs.find((r) => r.workload === w && r.variant === v)?.ms ?? null;
  const ratio = (a: number | null, b: number | null): number | null => (a !== null && b !== null && b > 0 ? a / b : null);
  return {
    ratios: names.map((w) => ({
      workload: w,
      mlpinitOverPytorch: ratio(ms(w, 'mlpinit'), ms(w, 'pytorch')),
      stockOverMlpinit: ratio(ms(w, 'stock-tfjs'), ms(w, 'mlpinit')),
      mlpinitOverOneThread: ratio(ms(w, 'mlpinit'), ms(w, 'mlpinit-1thread')),
    })),
    goShareOfTraining: goShare,
    memory,
    ntkSpeedupOverPytorch: (() => {
      const w = 'NTK 1→5×100→1 on 256 points';
      return ratio(ms(w, 'pytorch'), ms(w, 'structured'));
    })(),
    mediumPairHoursOneCore: (() => {
      const one = runs.find((r) => r.variant === 'mlpinit-1thread' && r.workload === mediumName)?.ms;
      return one ? (2 * PROFILES.medium.image.steps * one) / 3.6e6 : null;
    })(),
    ntkLargeRssMiB: (() => {
      const note = runs.find((r) => r.workload === 'NTK 1→5×100→1 on 4096 points')?.note;
      const m = note ? /RSS (\d+) MiB after/.exec(note) : null;
      return m ? Number(m[1]) : null;
    })(),
  };
}

function claims(s: PerfSummary): Claim[] {
  const first = s.ratios[0];
  const fmt = (v: number | null, d = 2): string => (v === null ? 'not measured' : v.toFixed(d));
  return [
    {
      claim: 'Training step (2→256×4→3, N=16384) on wasm within 3× of PyTorch on the same cores',
      measured: first?.mlpinitOverPytorch == null ? 'not measured (no PyTorch peer; see --python)' : `${fmt(first.mlpinitOverPytorch)}× PyTorch's time`,
      holds: first?.mlpinitOverPytorch == null ? null : first.mlpinitOverPytorch <= 3,
    },
    {
      claim: 'At least 10× faster than stock tfjs (variableGrads + tf.train.adam) on the same backend',
      measured: `stock tfjs takes ${fmt(first?.stockOverMlpinit ?? null, 1)}× mlpinit's time`,
      holds: first?.stockOverMlpinit == null ? null : first.stockOverMlpinit >= 10,
    },
    {
      claim: 'GO costs under 10% of the training it precedes (quick image network)',
      measured:
        s.goShareOfTraining === null
          ? 'not measured'
          : `${(100 * s.goShareOfTraining).toFixed(1)}% for the whole default \`go\` (GO path at batch 256 and lr 2e-2, plus the NTK half-width of each candidate) against the profile's image training`,
      holds: s.goShareOfTraining === null ? null : s.goShareOfTraining < 0.1,
    },
    {
      claim: 'Structured NTK on wasm at least 5× faster than the functorch jacobian contraction (1 → 100×5 → 1, N = 256)',
      measured: s.ntkSpeedupOverPytorch === null ? 'not measured' : `${fmt(s.ntkSpeedupOverPytorch, 1)}× faster`,
      holds: s.ntkSpeedupOverPytorch === null ? null : s.ntkSpeedupOverPytorch >= 5,
    },
    {
      claim: "Medium profile: Glorot and GO together on one CPU core in under an hour (training steps, projected from the one-thread step)",
      measured: s.mediumPairHoursOneCore === null ? 'not measured' : `${(60 * s.mediumPairHoursOneCore).toFixed(0)} min`,
      holds: s.mediumPairHoursOneCore === null ? null : s.mediumPairHoursOneCore < 1,
    },
    {
      claim: 'NTK at N = 4096 on that network within 2 GB',
      measured: s.ntkLargeRssMiB === null ? 'not measured' : `process RSS ${s.ntkLargeRssMiB} MiB`,
      holds: s.ntkLargeRssMiB === null ? null : s.ntkLargeRssMiB < 2048,
    },
    {
      claim: 'Memory per step stable over 1,000 steps',
      measured: `tensors ${s.memory.tensorsBefore} → ${s.memory.tensorsAfter}, bytes ${s.memory.bytesBefore} → ${s.memory.bytesAfter}`,
      holds: s.memory.steps === 0 ? null : s.memory.tensorsAfter === s.memory.tensorsBefore && s.memory.bytesAfter === s.memory.bytesBefore,
    },
  ];
}
