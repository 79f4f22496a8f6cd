import type { BackendName } from '@mlpinit/core';
import type { ImageSize } from '../image/image-source.js';
import type { Profile } from './profiles.js';
import type { Progress } from '../cli/progress.js';
import type { Shard } from '../results/shard.js';
import type { DeviceInfo } from '../results/results.js';
import type { BrowserRunner } from '../browser/browser-runner.js';

/** Names of the suites. */
export type SuiteName = 'variance-flow' | 'ntk' | 'synthetic' | 'image' | 'pinn' | 'perf';
export const SUITE_NAMES: readonly SuiteName[] = ['variance-flow', 'ntk', 'synthetic', 'image', 'pinn', 'perf'];

/** Image regulariser: the authors' input-gradient penalty, total variation (the poster), or none. */
export type ImageReg = 'grad' | 'tv' | 'none';

/** Everything a suite needs from the command line. */
export interface SuiteContext {
  profile: Profile;
  backend: BackendName;
  /** Seeds of the trials (`--seeds N` gives 0 … N−1); the profile's count when absent. */
  seeds?: number[];
  /** `--inits`, when given (else the profile's). */
  inits?: string[];
  /** Results root; a suite writes into `outDir/<suite>/`. */
  outDir: string;
  shard?: Shard;
  workers: number;
  json: boolean;
  /** `--steps`: overrides the profile's training steps (for smoke runs). */
  steps?: number;
  signal: AbortSignal;
  progress: Progress;
  /** Human-readable log (stderr; silent with `--json`). */
  log: (msg: string) => void;
  /** `--sweep`: the profile's full sweep of inits. */
  sweep: boolean;
  /** Image and synthetic suites: also fit each init's infinite-width NTK on a small subproblem (the profile's `infiniteWidth`). */
  infiniteWidth?: boolean;
  /** Image suite: `--image` (several), `--size`, `--pixels`, `--batch-size` and the regularisers of `--reg` (each one runs). */
  image: { paths?: string[]; size?: ImageSize; pixels?: number; batchSize?: number; regs: ImageReg[] };
  synthetic: { scaleFreq: boolean; sizes?: number[] };
  /** `--python`: the interpreter of the PyTorch peer (else `$MLPINIT_PYTHON`, else `python3` on PATH). */
  python?: string;
  /** The device the backend runs on (recorded in config.json). */
  device?: DeviceInfo;
  /** webgl, webgpu: the headless-browser pages the trials run in (`--workers` pages). */
  browser?: BrowserRunner;
}

/** The seeds a suite runs: `--seeds`, else 0 … n−1 with the profile's n. */
export function suiteSeeds(ctx: SuiteContext, profileSeeds: number): number[] {
  return ctx.seeds ?? Array.from({ length: profileSeeds }, (_, i) => i);
}
