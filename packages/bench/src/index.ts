/**
 * @mlpinit/bench: the benchmark pipeline and `mlpinit-bench` CLI reproducing
 * Wang & Perdikaris (2021), Figures 1–5: suites, rendering of Vega-Lite specs
 * to SVG/PNG, results, reports, shards and merge.
 * @packageDocumentation
 */
export { main } from './cli/main.js';
export { parseCli, createProgram, CliInfo, type CommandName, type Invocation } from './cli/program.js';
export { resolveOptions, type CliOptions, type RawOptions } from './cli/options.js';
export { SUITE_NAMES, suiteSeeds, type ImageReg, type SuiteContext, type SuiteName } from './suites/context.js';
export {
  PROFILES,
  PROFILE_NAMES,
  type ImageProfile,
  type NtkProfile,
  type PerfProfile,
  type PinnProfile,
  type Profile,
  type ProfileName,
  type SyntheticProfile,
  type VarianceFlowProfile,
} from './suites/profiles.js';
export { parseShard, sliceGrid, type Shard } from './results/shard.js';
export { cellKey, trialGrid, type GridCell } from './results/trial-grid.js';
export { parseInit, parseInitList, GO_AUTO_CANDIDATES, GO_DEFAULT_LAMBDA, GO_LAW_FILE, type GoDefaults, type InitSpec } from './trials/init-spec.js';
export type { GoSummary } from './trials/build-mlp.js';
export type { ImageSize } from './image/image-source.js';
export { syntheticTarget, evalTarget, samplePoints, gridPoints, scaledMaxFreq, type SyntheticTarget, type TargetTerm } from './synthetic/target.js';
export { runSyntheticTrial, type SyntheticCheckpoint, type SyntheticRun, type SyntheticTrialSpec } from './synthetic/synthetic-trial.js';
export {
  PINN_PROBLEM_NAMES,
  parsePinnInit,
  parsePinnInitList,
  pinnProblem,
  runPinnTrial,
  type PinnProblemName,
  type PinnRun,
  type PinnSolution,
  type PinnTrialSpec,
} from './pinn/pinn-trial.js';
export { PINN_SUITE, SMOOTH_TARGET, intervalVerdict, runPinnSuite } from './pinn/pinn-suite.js';
export { pairedLogError, problemsOf, summarizePinn, type PinnCurvePoint, type PinnRow, type PinnSummary } from './pinn/pinn-summary.js';
export type { PairedDifference } from './report/stats.js';
export { randomPixelMask, type PixelMask } from './image/pixel-mask.js';
export { pixelTask, type PixelTask } from './image/pixel-task.js';
export { loadRgbImage, encodeRgbPng, bundledImage, type RgbImage } from './image/rgb-image.js';
export { fitImage, type ImageCheckpoint, type ImageRun, type ImageTrialSpec } from './image/image-trial.js';
export type { InfiniteWidthRecord } from './trials/infinite-width.js';
export { runImageTrial } from './image/image-trial-files.js';
export { renderVegaLite, writeFigure } from './render/render-spec.js';
export type { VegaLiteSpec } from '@mlpinit/core';
export { mergeResultDirs, mergeSuiteResults, settingDifference, type AnyResults, type MergeOptions } from './results/merge.js';
export { writeReport } from './report/write-report.js';
export { runSuite, SUITES, type SuiteEntry } from './suites/suites.js';
export type { SuiteDef } from './suites/suite-def.js';
export type { Progress, ProgressBar } from './cli/progress.js';
export type { TrialOutcome, TrialResult, TrialRunOptions, TrialTask } from './trials/trial-kinds.js';
export { BrowserRunner, type BrowserBackend, type BrowserRunnerOptions } from './browser/browser-runner.js';
export { runPortableTask } from './trials/run-portable.js';
export { runPerf, type PerfRun, type PerfSummary } from './perf/run-perf.js';
export type { Claim, DeviceInfo, RunConfig, SuiteResults, SuiteStatus } from './results/results.js';
export { runNtkTrial, type NtkRun, type NtkTrialSpec } from './ntk/ntk-trial.js';
export { measureVarianceFlow, type VarianceFlowRun, type VarianceFlowTrialSpec } from './variance-flow/variance-flow-trial.js';
export { measurePerf, perfTicks, type PerfMeasured, type PerfMeasureOptions } from './perf/perf-measure.js';
export { perfWorkloads, type PerfSpec, type TrainWorkload } from './perf/perf-workloads.js';
