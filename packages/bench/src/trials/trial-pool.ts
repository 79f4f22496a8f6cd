import { setMaxListeners } from 'node:events';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MlpinitError } from '@mlpinit/core';
import Tinypool from 'tinypool';
import type { SuiteContext, SuiteName } from '../suites/context.js';
import type { GridCell } from '../results/trial-grid.js';
import type { RunConfig, SuiteResults, SuiteStatus } from '../results/results.js';
import { runTask } from './run-task.js';
import type { BrowserRunner } from '../browser/browser-runner.js';
import { trialImage, writeReconstruction } from '../image/image-trial-files.js';
import type { TrialOutcome, TrialTask } from './trial-kinds.js';

/** A grid cell with the trial that computes it. */
export interface TrialJob {
  cell: GridCell;
  task: TrialTask;
  /** Work units for the progress bar and the pool's longest-first order (training steps, weighted by cost). */
  units: number;
}

/** A grid cell that did not produce numbers, and why. */
export interface SkippedCell extends GridCell {
  reason: string;
}

/** The runs a suite finished, what it skipped and whether it was interrupted. */
export interface TrialsOutcome<Run> {
  runs: Run[];
  skipped: SkippedCell[];
  status: SuiteStatus;
  note?: string;
}

/** The compiled worker entry; from sources (vitest) the built one in dist/. */
function workerFile(): string {
  const here = fileURLToPath(new URL('./trial-worker.js', import.meta.url));
  const path = existsSync(here) ? here : fileURLToPath(new URL('../../dist/trials/trial-worker.js', import.meta.url));
  if (!existsSync(path)) {
    throw new MlpinitError('INVALID_ARGUMENT', '--workers > 1 needs the built package (dist/trials/trial-worker.js)', '--workers');
  }
  return path;
}

function status(job: TrialJob): string {
  return `${job.cell.init} s${job.cell.seed}${job.cell.size ? ` n${job.cell.size}` : ''}`;
}

/**
 * Runs jobs in the browser pages, longest first, one per page at a time. An
 * image trial's picture is decoded here and sent along; its reconstruction
 * comes back and is written here.
 */
async function runInBrowser(
  ctx: SuiteContext,
  runner: BrowserRunner,
  jobs: readonly TrialJob[],
  record: (i: number, outcome: TrialOutcome) => void,
  onStep: (i: number, step: number, steps: number) => void,
  onDone: (i: number) => void,
): Promise<void> {
  const order = jobs.map((_, i) => i).sort((a, b) => (jobs[b] as TrialJob).units - (jobs[a] as TrialJob).units);
  setMaxListeners(jobs.length + 10, ctx.signal);
  await Promise.all(
    order.map(async (i) => {
      const job = jobs[i] as TrialJob;
      let task = job.task;
      if (task.kind === 'image' && !task.image) task = { ...task, image: await trialImage(task.spec) };
      const outcome = await runner.run(task, { signal: ctx.signal, onStep: (step, steps) => onStep(i, step, steps) });
      if (outcome.ok && outcome.pred && task.kind === 'image' && task.image) {
        await writeReconstruction(task.spec, outcome.pred, task.image.width, task.image.height);
      }
      if (outcome.ok) delete outcome.pred;
      record(i, outcome);
      onDone(i);
    }),
  );
}

/**
 * Runs a suite's trials in grid order, in this thread (`--workers 1`), in a
 * tinypool of worker threads (each selects the backend itself) or, on webgl
 * and webgpu, in `--workers` pages of a headless browser. A cancelled run
 * (Ctrl-C) keeps every trial finished before it.
 */
export async function runTrials<Run>(ctx: SuiteContext, label: string, jobs: readonly TrialJob[]): Promise<TrialsOutcome<Run>> {
  const total = jobs.reduce((a, j) => a + j.units, 0);
  const bar = ctx.progress.bar(label, total);
  const results: (Run | undefined)[] = new Array(jobs.length);
  const skipped: SkippedCell[] = [];
  let aborted = false;
  let done = 0;
  const record = (i: number, outcome: TrialOutcome): void => {
    const job = jobs[i] as TrialJob;
    if (outcome.ok) results[i] = outcome.run as Run;
    else if (outcome.aborted) aborted = true;
    else {
      skipped.push({ ...job.cell, reason: `failed: ${outcome.message}` });
      ctx.log(`${label} ${job.cell.init} seed ${job.cell.seed}${job.cell.size ? ` n=${job.cell.size}` : ''}: ${outcome.message}`);
    }
  };
  try {
    if (ctx.browser) {
      await runInBrowser(ctx, ctx.browser, jobs, (i, outcome) => record(i, outcome), (i, step, steps) => {
        bar.update(done + ((jobs[i] as TrialJob).units * step) / steps, status(jobs[i] as TrialJob));
      }, (i) => {
        done += (jobs[i] as TrialJob).units;
        bar.update(done, `${status(jobs[i] as TrialJob)} done`);
      });
      if (ctx.signal.aborted) aborted = true;
    } else if (ctx.workers <= 1 || jobs.length <= 1) {
      for (let i = 0; i < jobs.length; i++) {
        if (ctx.signal.aborted) {
          aborted = true;
          break;
        }
        const job = jobs[i] as TrialJob;
        const outcome = await runTask(job.task, {
          signal: ctx.signal,
          onStep: (step, steps) => bar.update(done + (job.units * step) / steps, status(job)),
        });
        done += job.units;
        bar.update(done, status(job));
        record(i, outcome);
        if (aborted) break;
      }
    } else {
      const pool = new Tinypool({ filename: workerFile(), maxThreads: ctx.workers, minThreads: 1 });
      // Every queued trial listens to the one Ctrl-C signal: not a leak.
      setMaxListeners(jobs.length + 10, ctx.signal);
      try {
        // Longest first (by work units), so no long trial is left running alone at the end.
        const order = jobs.map((_, i) => i).sort((a, b) => (jobs[b] as TrialJob).units - (jobs[a] as TrialJob).units);
        await Promise.all(
          order.map(async (i) => {
            const job = jobs[i] as TrialJob;
            try {
              // One core per trial: no data-parallel threads inside a pooled trial.
              const outcome = (await pool.run({ ...job.task, trainWorkers: 1 }, { signal: ctx.signal })) as TrialOutcome;
              record(i, outcome);
            } catch (err) {
              if (ctx.signal.aborted) aborted = true;
              else record(i, { ok: false, aborted: false, message: (err as Error).message });
            }
            done += job.units;
            bar.update(done, `${job.cell.init} s${job.cell.seed} done`);
          }),
        );
      } finally {
        await pool.destroy();
      }
    }
  } finally {
    bar.stop();
  }
  const runs = results.filter((r): r is Run => r !== undefined);
  if (aborted) return { runs, skipped, status: 'partial', note: `interrupted: ${runs.length} of ${jobs.length} trials finished` };
  if (runs.length === 0 && skipped.length > 0) return { runs, skipped, status: 'failed', note: skipped[0]?.reason ?? '' };
  return { runs, skipped, status: 'complete' };
}

/** A suite's results as its trials left them: summary, figures and claims still to come (`finishSuite`). */
export function resultsFromTrials<Run, Summary>(suite: SuiteName, config: RunConfig, grid: GridCell[], outcome: TrialsOutcome<Run>): SuiteResults<Run, Summary> {
  return {
    suite,
    status: outcome.status,
    ...(outcome.note ? { note: outcome.note } : {}),
    config,
    grid,
    runs: outcome.runs,
    skipped: outcome.skipped,
    summary: null,
    figures: [],
    claims: [],
  };
}
