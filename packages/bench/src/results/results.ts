import { join } from 'node:path';
import type { SuiteContext, SuiteName } from '../suites/context.js';
import type { GridCell } from './trial-grid.js';
import { writeJson } from '../io/json-file.js';
import { packageVersions } from '../io/versions.js';
import type { Shard } from './shard.js';

/** The run's configuration, written beside every suite's results. */
export interface RunConfig {
  suite: SuiteName;
  profile: string;
  backend: string;
  seeds: number[];
  inits: string[];
  shard: Shard | null;
  workers: number;
  steps: number | null;
  /** Suite-specific sizes actually used (the profile after overrides). */
  sizes: Record<string, unknown>;
  versions: Record<string, string | null>;
  startedAt: string;
  argv: string[];
  /** `merge --union`: the command lines of the result sets combined here, in order. */
  mergedFrom?: string[][];
  /**
   * The device the backend ran on as it described itself: for webgl and webgpu
   * the GPU adapter (e.g. "google swiftshader", `software: true`) and the
   * browser. Absent in results of earlier versions.
   */
  device?: DeviceInfo;
}

/** A backend's device, as recorded in config.json. */
export interface DeviceInfo {
  name: string;
  simd?: boolean;
  threads?: number;
  adapter?: string;
  software?: boolean;
  /** Browser backends: the browser's version string. */
  browser?: string;
}

/**
 * `complete`: every trial of the (shard's) grid ran; `partial`: interrupted;
 * `failed`: no trial produced numbers (see `skipped`). Results written by early
 * versions, which loaded the analysis packages optionally, may say `unavailable`
 * (a package was missing); readers print such a status as it is.
 */
export type SuiteStatus = 'complete' | 'partial' | 'failed';

/** What a paper claim is and what this run measured. */
export interface Claim {
  claim: string;
  measured: string;
  /** `true` reproduced, `false` not, `null` not measured. */
  holds: boolean | null;
}

/** A suite's results.json. */
export interface SuiteResults<Run = Record<string, unknown>, Summary = unknown> {
  suite: SuiteName;
  status: SuiteStatus;
  /** Why a suite is partial or failed. */
  note?: string;
  config: RunConfig;
  /** The whole grid (every shard), in order; runs refer to it by init/seed/size. */
  grid: GridCell[];
  runs: Run[];
  /** Grid cells that produced no numbers, with the reason (e.g. the error of a failed trial). */
  skipped?: Array<GridCell & { reason: string }>;
  summary: Summary | null;
  /** Figure base names (each written as .svg and/or .png in the suite folder). */
  figures: string[];
  claims: Claim[];
}

/** The configuration record of a run of `suite`. */
export function runConfig(
  ctx: SuiteContext,
  suite: SuiteName,
  inits: string[],
  sizes: Record<string, unknown>,
  seeds: number[] = ctx.seeds ?? [],
): RunConfig {
  return {
    suite,
    profile: ctx.profile.name,
    backend: ctx.backend,
    seeds,
    inits,
    shard: ctx.shard ?? null,
    workers: ctx.workers,
    steps: ctx.steps ?? null,
    sizes,
    versions: packageVersions(),
    startedAt: new Date().toISOString(),
    argv: process.argv.slice(2),
    ...(ctx.device ? { device: ctx.device } : {}),
  };
}

/** The folder of a suite's outputs. */
export function suiteDir(outDir: string, suite: SuiteName): string {
  return join(outDir, suite);
}

/** Writes `results.json` and `config.json` of a suite. */
export function writeSuiteResults(outDir: string, results: SuiteResults<unknown, unknown>): void {
  const dir = suiteDir(outDir, results.suite);
  writeJson(join(dir, 'results.json'), results);
  writeJson(join(dir, 'config.json'), results.config);
}
