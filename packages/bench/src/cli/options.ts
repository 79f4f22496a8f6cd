import { BACKEND_NAMES, type BackendName, MlpinitError } from '@mlpinit/core';
import type { ImageReg } from '../suites/context.js';
import { parseInitList } from '../trials/init-spec.js';
import { parsePinnInitList } from '../pinn/pinn-trial.js';
import { PROFILE_NAMES, PROFILES, type Profile } from '../suites/profiles.js';
import { type ImageSize, parseImageSize } from '../image/image-source.js';
import { type Shard, parseShard, shardFromEnv } from '../results/shard.js';

/** Backends the CLI accepts: cpu, wasm and tensorflow in Node; webgl and webgpu in a headless browser it drives. */
export const CLI_BACKENDS: readonly BackendName[] = BACKEND_NAMES;

/** Whether a backend runs in a browser page (the CLI drives Chromium for it). */
export function isBrowserBackend(b: BackendName): b is 'webgl' | 'webgpu' {
  return b === 'webgl' || b === 'webgpu';
}

/** Flags as commander hands them over (strings, before validation). */
export interface RawOptions {
  profile?: string;
  backend?: string;
  seeds?: string;
  inits?: string;
  out?: string;
  shard?: string;
  workers?: string;
  json?: boolean;
  steps?: string;
  image?: string[];
  size?: string;
  batchSize?: string;
  sweep?: boolean;
  /** Commander's `--no-infinite-width` sets false. */
  infiniteWidth?: boolean;
  pixels?: string;
  reg?: string;
  scaleFreq?: boolean;
  sizes?: string;
  python?: string;
  union?: boolean;
  dropInits?: string;
  browser?: string;
  headed?: boolean;
}

/** Validated flags. */
export interface CliOptions {
  profile: Profile;
  backend: BackendName;
  seeds?: number[];
  inits?: string[];
  out: string;
  shard?: Shard;
  workers: number;
  json: boolean;
  steps?: number;
  /** `--image` (repeatable). */
  images?: string[];
  size?: ImageSize;
  batchSize?: number;
  sweep: boolean;
  /** Image and synthetic suites: fit each init's infinite-width NTK too (`--no-infinite-width`: skip). */
  infiniteWidth: boolean;
  pixels?: number;
  reg: ImageReg[];
  scaleFreq: boolean;
  sizes?: number[];
  /** `--python`: the interpreter of the PyTorch peer. */
  python?: string;
  /** `merge --union`: combine result sets of one task that ran different inits or seeds. */
  union: boolean;
  /** `merge --union --drop-inits a,b`: leave these inits' runs out. */
  dropInits: string[];
  /** `--browser`: the Chrome or Chromium of the browser backends. */
  browser?: string;
  /** `--headed`: show the browser. */
  headed: boolean;
}

function posInt(text: string, flag: string, min = 1): number {
  const v = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || !Number.isInteger(v) || v < min) {
    throw new MlpinitError('INVALID_ARGUMENT', `expected an integer ≥ ${min}, got ${JSON.stringify(text)}`, flag);
  }
  return v;
}

/**
 * Validates the flags; throws `MlpinitError` (core) (`INVALID_ARGUMENT`) naming the flag.
 * `command` (the subcommand) selects its init names (`pinn` also takes `<init>-anneal`) and backends (`pinn`: Node only).
 */
export function resolveOptions(raw: RawOptions, command?: string): CliOptions {
  const profileName = raw.profile ?? 'quick';
  if (!(PROFILE_NAMES as readonly string[]).includes(profileName)) {
    throw new MlpinitError('INVALID_ARGUMENT', `expected one of ${PROFILE_NAMES.join(', ')}, got ${JSON.stringify(profileName)}`, '--profile');
  }
  const profile = PROFILES[profileName as Profile['name']];
  const backend = raw.backend ?? 'wasm';
  if (!(CLI_BACKENDS as readonly string[]).includes(backend)) {
    throw new MlpinitError('INVALID_ARGUMENT', `expected one of ${CLI_BACKENDS.join(', ')}, got ${JSON.stringify(backend)}`, '--backend');
  }
  const out: CliOptions = {
    profile,
    backend: backend as BackendName,
    out: raw.out ?? 'bench-results',
    workers: raw.workers === undefined ? 1 : posInt(raw.workers, '--workers'),
    json: raw.json === true,
    reg: ['none'],
    scaleFreq: raw.scaleFreq === true,
    sweep: raw.sweep === true,
    infiniteWidth: raw.infiniteWidth !== false,
    union: raw.union === true,
    headed: raw.headed === true,
    dropInits: raw.dropInits === undefined ? [] : raw.dropInits.split(',').map((s) => s.trim()).filter((s) => s.length > 0),
  };
  if (raw.dropInits !== undefined && out.dropInits.length === 0) throw new MlpinitError('INVALID_ARGUMENT', 'expected a comma-separated list of inits', '--drop-inits');
  if (raw.out !== undefined && raw.out.trim() === '') throw new MlpinitError('INVALID_ARGUMENT', 'expected a folder path', '--out');
  if (raw.seeds !== undefined) {
    const n = posInt(raw.seeds, '--seeds');
    out.seeds = Array.from({ length: n }, (_, i) => i);
  }
  if (raw.inits !== undefined) out.inits = (command === 'pinn' ? parsePinnInitList : parseInitList)(raw.inits, { goSteps: 1, goLambdaSteps: 1 });
  if (command === 'pinn' && isBrowserBackend(out.backend)) {
    throw new MlpinitError('INVALID_ARGUMENT', `the pinn suite runs on Node backends only (wasm, cpu, tensorflow), not ${out.backend}`, '--backend');
  }
  if (raw.shard !== undefined) out.shard = raw.shard.trim() === 'auto' ? shardFromEnv(process.env) : parseShard(raw.shard);
  if (raw.steps !== undefined) out.steps = posInt(raw.steps, '--steps');
  if (raw.image !== undefined && raw.image.length > 0) out.images = [...raw.image];
  if (raw.size !== undefined) out.size = parseImageSize(raw.size);
  if (raw.batchSize !== undefined) out.batchSize = posInt(raw.batchSize, '--batch-size');
  if (raw.pixels !== undefined) {
    const f = Number(raw.pixels);
    if (!(f > 0 && f < 1)) throw new MlpinitError('INVALID_ARGUMENT', `expected a fraction in (0, 1), got ${JSON.stringify(raw.pixels)}`, '--pixels');
    out.pixels = f;
  }
  if (raw.reg !== undefined) {
    const regs = raw.reg.split(',').map((s) => s.trim());
    for (const r of regs) {
      if (r !== 'grad' && r !== 'tv' && r !== 'none') {
        throw new MlpinitError('INVALID_ARGUMENT', `expected grad, tv or none (or a comma-separated list), got ${JSON.stringify(r)}`, '--reg');
      }
    }
    out.reg = [...new Set(regs)] as ImageReg[];
  }
  if (raw.browser !== undefined) {
    if (raw.browser.trim() === '') throw new MlpinitError('INVALID_ARGUMENT', 'expected the path of a Chrome or Chromium executable', '--browser');
    out.browser = raw.browser;
  }
  if ((raw.browser !== undefined || raw.headed === true) && !isBrowserBackend(out.backend)) {
    throw new MlpinitError('INVALID_ARGUMENT', `applies to --backend webgl or webgpu, not ${out.backend}`, raw.browser !== undefined ? '--browser' : '--headed');
  }
  if (raw.python !== undefined) {
    if (raw.python.trim() === '') throw new MlpinitError('INVALID_ARGUMENT', 'expected the path of a Python executable', '--python');
    out.python = raw.python;
  }
  if (raw.sizes !== undefined) {
    out.sizes = raw.sizes.split(',').map((s) => posInt(s.trim(), '--sizes', 2));
  }
  return out;
}
