import type { SuiteContext, SuiteName } from './context.js';
import { IMAGE_SUITE, runImageSuite } from '../image/image-suite.js';
import { NTK_SUITE, runNtkSuite } from '../ntk/ntk-suite.js';
import { PERF_SUITE } from '../perf/perf-def.js';
import { PINN_SUITE, runPinnSuite } from '../pinn/pinn-suite.js';
import { isBrowserBackend } from '../cli/options.js';
import { runPerf } from '../perf/run-perf.js';
import type { SuiteResults } from '../results/results.js';
import type { SuiteDef } from './suite-def.js';
import { runSyntheticSuite, SYNTHETIC_SUITE } from '../synthetic/synthetic-suite.js';
import { runVarianceFlowSuite, VARIANCE_FLOW_SUITE } from '../variance-flow/variance-flow-suite.js';

/** A suite: how to run it and how to summarise, merge and report its results. */
export interface SuiteEntry {
  def: SuiteDef<never, never>;
  run(ctx: SuiteContext): Promise<SuiteResults<unknown, unknown>>;
}

/** Every suite by name, in report order. */
export const SUITES: Readonly<Record<SuiteName, SuiteEntry>> = {
  'variance-flow': { def: VARIANCE_FLOW_SUITE as SuiteDef<never, never>, run: runVarianceFlowSuite },
  ntk: { def: NTK_SUITE as unknown as SuiteDef<never, never>, run: runNtkSuite },
  synthetic: { def: SYNTHETIC_SUITE as unknown as SuiteDef<never, never>, run: runSyntheticSuite },
  image: { def: IMAGE_SUITE as unknown as SuiteDef<never, never>, run: runImageSuite },
  pinn: { def: PINN_SUITE as unknown as SuiteDef<never, never>, run: runPinnSuite },
  perf: { def: PERF_SUITE as unknown as SuiteDef<never, never>, run: runPerf },
};

/** Runs one suite; a suite that does not split into shards runs in shard 1 only. */
export async function runSuite(name: SuiteName, ctx: SuiteContext): Promise<SuiteResults<unknown, unknown> | undefined> {
  const entry = SUITES[name];
  if (!entry.def.shardable && ctx.shard && ctx.shard.index !== 1) {
    ctx.log(`${name}: not split into shards; it runs in shard 1/${ctx.shard.count} only`);
    return undefined;
  }
  if (name === 'pinn' && isBrowserBackend(ctx.backend)) {
    // `mlpinit-bench pinn --backend webgl` is rejected up front; `all` leaves the suite out.
    ctx.log(`pinn: runs on Node backends only (wasm, cpu, tensorflow); skipped on ${ctx.backend}`);
    return undefined;
  }
  return entry.run(ctx);
}
