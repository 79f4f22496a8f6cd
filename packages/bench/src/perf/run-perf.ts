import { MlpinitError } from '@mlpinit/core';
import type { SuiteContext } from '../suites/context.js';
import { type SuiteResults, runConfig, writeSuiteResults } from '../results/results.js';
import { PROFILES } from '../suites/profiles.js';
import { runTrials } from '../trials/trial-pool.js';
import { perfClaims, summarize } from './perf-claims.js';
import type { PerfMeasured } from './perf-measure.js';
import { perfTicks } from './perf-measure.js';
import type { PerfRun, PerfSummary } from './perf-run.js';
import { perfWorkloads } from './perf-workloads.js';
import { GO_BATCH, goWorkloads } from './time-go.js';
import { NTK_REFERENCE } from './time-ntk.js';
import { pinnWorkloads } from './time-pinn.js';
import { perfScale } from './perf-workloads.js';
import { type PeerResult, peerPython, torchPeer } from './torch-peer.js';

export type { PerfRun, PerfSummary } from './perf-run.js';

/**
 * The perf suite: training-step time of its networks with mlpinit's engine
 * (all cores and one thread) and the stock tfjs way
 * (`optimizer.minimize` over tf.matMul/tf.add/tf.tanh) on the suite's backend
 * (in this process, or in a browser page for webgl and webgpu); GO and NTK
 * times; tensor memory over 1,000 training steps; then PyTorch on the same
 * workloads when `<python> -c "import torch"` works (`--python`, else
 * `$MLPINIT_PYTHON`, else `python3` on PATH).
 */
export async function runPerf(ctx: SuiteContext): Promise<SuiteResults<PerfRun, PerfSummary>> {
  const spec = { profile: ctx.profile.name, ...(ctx.steps ? { steps: ctx.steps } : {}) };
  const { workloads, mediumName, imgSizes } = perfWorkloads(spec);
  const python = peerPython(ctx.python);
  const cell = { init: 'perf', seed: 0 };
  const outcome = await runTrials<PerfMeasured>(ctx, 'perf', [{ cell, task: { kind: 'perf', backend: ctx.backend, spec }, units: perfTicks(spec) }]);
  const measured = outcome.runs[0];
  if (!measured) {
    if (outcome.status === 'partial') throw new MlpinitError('ABORTED', 'perf suite was cancelled');
    throw new Error(`perf measurements failed: ${outcome.note ?? 'no result'}`);
  }
  const runs = [...measured.runs];
  const peer = (r: PeerResult, workload: string, steps: number, how = ''): PerfRun =>
    'ms' in r
      ? { workload, variant: 'pytorch', backend: `torch ${r.torch}${how || `, ${r.threads} threads`}`, ms: r.ms, steps }
      : { workload, variant: 'pytorch', backend: 'torch', ms: null, steps, note: r.unavailable };
  let status: 'complete' | 'partial' = measured.partial ? 'partial' : 'complete';
  if (!measured.partial) {
    try {
      for (const w of workloads) {
        ctx.signal.throwIfAborted();
        runs.push(peer(await torchPeer(python, ['train', w.sizes.join(','), String(w.n), String(w.batch), String(w.steps.torch)], ctx.signal), w.name, w.steps.torch));
      }
      const goSteps = ctx.profile.image.goSteps;
      runs.push(peer(await torchPeer(python, ['go', imgSizes.join(','), '12288', String(GO_BATCH), String(Math.min(goSteps, 200))], ctx.signal), goWorkloads(imgSizes, goSteps).path, goSteps));
      const ntkSizes = [1, ...new Array<number>(NTK_REFERENCE.depth).fill(NTK_REFERENCE.width), 1];
      const ntk = await torchPeer(python, ['ntk', ntkSizes.join(','), String(NTK_REFERENCE.points)], ctx.signal);
      // The peer says which method ran: functorch's jacobian contraction, or its per-example autograd fallback.
      const how = 'ms' in ntk ? `, ${ntk.method ?? 'functorch jacobian contraction'}, ${ntk.threads} thread${ntk.threads === 1 ? '' : 's'}` : '';
      runs.push(peer(ntk, NTK_REFERENCE.workload, 1, how));
      for (const w of pinnWorkloads(perfScale(spec))) {
        ctx.signal.throwIfAborted();
        const r = await torchPeer(python, ['pinn', w.sizes.join(','), String(w.n), String(w.steps.torch)], ctx.signal);
        runs.push(peer(r, w.name, w.steps.torch, 'ms' in r ? `, ${r.method ?? 'double backward'}, ${r.threads} thread${r.threads === 1 ? '' : 's'}` : ''));
      }
    } catch (err) {
      if ((err as { code?: string }).code !== 'ABORTED' && (err as Error).name !== 'AbortError') throw err;
      status = 'partial';
    }
  }
  const img = ctx.profile.image;
  const train = runs.find((r) => r.variant === 'mlpinit' && r.workload.startsWith('train image net'));
  const goShare = measured.goSeconds !== null && train?.ms ? measured.goSeconds / ((train.ms * img.steps) / 1000) : null;
  const summary = summarize(
    workloads.map((w) => w.name),
    runs,
    goShare,
    measured.memory,
    mediumName,
    pinnWorkloads(perfScale(spec)).map((w) => w.name),
  );
  const config = runConfig(ctx, 'perf', [], { workloads: workloads.map((w) => ({ ...w })) });
  config.device = { ...config.device, ...measured.backend };
  const results: SuiteResults<PerfRun, PerfSummary> = {
    suite: 'perf',
    status,
    config,
    grid: [],
    runs,
    summary,
    figures: [],
    claims: perfClaims(summary, measured.backend),
  };
  writeSuiteResults(ctx.outDir, results as SuiteResults<unknown, unknown>);
  return results;
}

/** Hours of the paper profile's image training for one init (400k steps), projected from a measured step time. */
export function paperHoursPerInit(stepMs: number): number {
  return (PROFILES.paper.image.steps * stepMs) / 3.6e6;
}
