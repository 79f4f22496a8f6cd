import { Rng } from '@mlpinit/core';
import { AUTO_PATH_LAMBDA, AUTO_PATH_LR, goInit } from '@mlpinit/go-init';
import type { Profile } from '../suites/profiles.js';
import { GO_AUTO_CANDIDATES } from '../trials/init-spec.js';
import type { PerfRun } from './perf-run.js';

/** GO's mini-batch (go-init's default). */
export const GO_BATCH = 256;

/** The workload names of GO's timings on an image network. */
export function goWorkloads(sizes: number[], goSteps: number): { path: string; whole: string } {
  const net = `image net 2→${sizes.length - 2}×${sizes[1]}→3`;
  return { path: `GO on ${net}, batch ${GO_BATCH}`, whole: `default go (GO path of ${goSteps} steps + NTK rule) on ${net}` };
}

/**
 * Times GO's path per step and the whole default `go` (path + NTK rule) on
 * the profile's image network, on the active backend; returns the latter's seconds.
 */
export async function timeGo(profile: Profile, sizes: number[], backend: string, runs: PerfRun[], signal: AbortSignal, tick: () => void): Promise<number> {
  const img = profile.image;
  const steps = img.goSteps;
  const { path, whole } = goWorkloads(sizes, steps);
  const rng = new Rng(2);
  const x = Array.from({ length: 12288 }, () => [rng.normal(), rng.normal()]);
  // The path the default `go` walks (go-init's fast path, batch 256).
  const res = await goInit({ sizes, activation: 'tanh', x, steps, lambda: AUTO_PATH_LAMBDA, lr: AUTO_PATH_LR, batchSize: GO_BATCH, seed: 0, signal });
  runs.push({ workload: path, variant: 'mlpinit', backend, ms: (res.seconds * 1000) / res.stepsRun, steps: res.stepsRun });
  tick();
  // The whole default `go`: the path plus the NTK half-width of every candidate.
  const candidates = GO_AUTO_CANDIDATES.filter((c) => c <= steps);
  const t0 = performance.now();
  const training = { steps: img.steps, ...(img.batchSize ? { batchSize: img.batchSize } : {}) };
  const rule = await goInit({ sizes, activation: 'tanh', x, strength: 'kernel', training, candidates, seed: 0, signal });
  const seconds = (performance.now() - t0) / 1000;
  runs.push({ workload: whole, variant: 'mlpinit', backend, ms: seconds * 1000, steps: 1, note: `chose ${rule.strength.pathSteps} steps` });
  return seconds;
}
