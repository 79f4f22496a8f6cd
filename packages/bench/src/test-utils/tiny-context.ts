import type { SuiteContext } from '../suites/context.js';
import { PROFILES, type Profile } from '../suites/profiles.js';
import { silentProgress } from '../cli/progress.js';

/** A profile small enough for unit tests (a few steps on tiny networks). */
export const TINY_PROFILE: Profile = {
  ...PROFILES.quick,
  synthetic: {
    ...PROFILES.quick.synthetic,
    depth: 2,
    width: 8,
    steps: 4,
    batchSize: 16,
    sizes: [16, 32],
    testGrid: 8,
    checkpoints: 2,
    seeds: 2,
    inits: ['glorot', 'orthogonal'],
  },
};

/**
 * A silent context on cpu writing to `outDir`. The infinite-width row is off
 * (it costs seconds per init and has its own test); pass `infiniteWidth: true`
 * to turn it on.
 */
export function tinyContext(outDir: string, extra: Partial<SuiteContext> = {}): SuiteContext {
  return {
    profile: TINY_PROFILE,
    backend: 'cpu',
    outDir,
    workers: 1,
    json: true,
    signal: new AbortController().signal,
    progress: silentProgress,
    log: () => {},
    sweep: false,
    image: { regs: ['none'] },
    synthetic: { scaleFreq: false },
    infiniteWidth: false,
    ...extra,
  };
}
