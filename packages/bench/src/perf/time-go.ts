import { Rng } from '@mlpinit/core';
import { AUTO_PATH_LAMBDA, AUTO_PATH_LR, goInit } from '@mlpinit/go-init';
import type { SuiteContext } from '../suites/context.js';
import { GO_AUTO_CANDIDATES } from '../trials/init-spec.js';
import type { PerfRun } from './perf-run.js';
import { type PeerResult, peerPython, torchPeer } from './torch-peer.js';

/** GO's mini-batch (go-init's default). */
const GO_BATCH = 256;

/**
 * Times GO's path per step (mlpinit and the PyTorch peer) and the whole
 * default `go` (path + NTK rule) on the profile's image network; returns the
 * latter's share of the image training it precedes (null without a timed training).
 */
export async function timeGo(
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
