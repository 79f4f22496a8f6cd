import type { SuiteName } from './context.js';
import type { GridCell } from '../results/trial-grid.js';
import type { Claim, SuiteResults } from '../results/results.js';
import { writeSuiteResults } from '../results/results.js';

/** How a suite turns its runs into a summary, figures, claims and a report section. */
export interface SuiteDef<Run = unknown, Summary = unknown> {
  name: SuiteName;
  summarize(results: SuiteResults<Run, Summary>): Summary | null;
  /** Writes the figures into `dir` and returns their base names. */
  figures(results: SuiteResults<Run, Summary>, dir: string): Promise<string[]>;
  claims(results: SuiteResults<Run, Summary>): Claim[];
  /** Markdown table(s) of the summary. */
  table(results: SuiteResults<Run, Summary>): string;
  /** Whether runs are (init, seed, size) trials that shards split and merge concatenates. */
  shardable: boolean;
  /** The grid cell a run computed (shardable suites). */
  runCell?(run: Run): GridCell;
  /** Brings a results set written by an older version to the current form (merge reads old files). */
  upgrade?(results: SuiteResults<Run, Summary>): SuiteResults<Run, Summary>;
}

/** Computes summary, figures and claims of a suite's runs and writes its results. */
export async function finishSuite<Run, Summary>(
  def: SuiteDef<Run, Summary>,
  results: SuiteResults<Run, Summary>,
  outDir: string,
  dir: string,
): Promise<SuiteResults<Run, Summary>> {
  results.summary = results.runs.length > 0 ? def.summarize(results) : null;
  results.figures = results.summary ? await def.figures(results, dir) : [];
  results.claims = def.claims(results);
  writeSuiteResults(outDir, results as SuiteResults<unknown, unknown>);
  return results;
}
