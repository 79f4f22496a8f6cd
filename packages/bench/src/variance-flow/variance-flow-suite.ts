import type { SuiteContext } from '../context.js';
import { type SuiteResults, runConfig, suiteDir } from '../results.js';
import { type SuiteDef, finishSuite } from '../suite-def.js';
import { UnavailableError, importPackage } from '../unavailable.js';

/** Placeholder run type until @mlpinit/variance-flow lands. */
export type VarianceFlowRun = Record<string, unknown>;

/** Figures 1 and 2 from @mlpinit/variance-flow. */
export const VARIANCE_FLOW_SUITE: SuiteDef<VarianceFlowRun, null> = {
  name: 'variance-flow',
  shardable: false,
  summarize: () => null,
  figures: async () => [],
  claims: (r) => [
    {
      claim: 'Under Glorot (c = 1) the std of a deep tanh MLP’s hidden outputs collapses towards 0 with depth (paper, Figure 1)',
      measured: r.note ?? 'not measured',
      holds: null,
    },
  ],
  table: () => '',
};

/** Runs the variance-flow suite (Figures 1 and 2). */
export async function runVarianceFlowSuite(ctx: SuiteContext): Promise<SuiteResults<VarianceFlowRun, null>> {
  const config = runConfig(ctx, 'variance-flow', ['glorot', 'he', 'siren'], { ...ctx.profile.varianceFlow });
  let note: string;
  try {
    await importPackage('@mlpinit/variance-flow', ['lengthMap', 'fixedPoints', 'simulateDepth']);
    note = '@mlpinit/variance-flow has landed but the bench does not compose its figures yet';
  } catch (err) {
    if (!(err instanceof UnavailableError)) throw err;
    note = err.message;
  }
  const results: SuiteResults<VarianceFlowRun, null> = {
    suite: 'variance-flow',
    status: 'unavailable',
    note,
    config,
    grid: [],
    runs: [],
    summary: null,
    figures: [],
    claims: [],
  };
  return finishSuite(VARIANCE_FLOW_SUITE, results, ctx.outDir, suiteDir(ctx.outDir, 'variance-flow'));
}
