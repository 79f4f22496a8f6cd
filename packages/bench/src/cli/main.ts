import { resolve } from 'node:path';
import { MlpinitError, setBackend } from '@mlpinit/core';
import { SUITE_NAMES, type SuiteContext, type SuiteName } from '../suites/context.js';
import { mergeResultDirs } from '../results/merge.js';
import { type Progress, lineProgress, silentProgress, terminalProgress } from './progress.js';
import { readAllResults, writeReport } from '../report/write-report.js';
import type { SuiteResults } from '../results/results.js';
import { runSuite } from '../suites/suites.js';
import { CliInfo, type Invocation, parseCli, userMessage } from './program.js';
import { isBrowserBackend } from './options.js';
import { BrowserRunner } from '../browser/browser-runner.js';

type AnyResults = SuiteResults<unknown, unknown>;

function contextOf(inv: Invocation, signal: AbortSignal, progress: Progress): SuiteContext {
  const o = inv.options;
  const log = o.json ? () => {} : (msg: string) => process.stderr.write(`${msg}\n`);
  return {
    profile: o.profile,
    backend: o.backend,
    ...(o.seeds ? { seeds: o.seeds } : {}),
    ...(o.inits ? { inits: o.inits } : {}),
    outDir: resolve(o.out),
    ...(o.shard ? { shard: o.shard } : {}),
    workers: o.workers,
    json: o.json,
    ...(o.steps ? { steps: o.steps } : {}),
    signal,
    progress,
    log,
    sweep: o.sweep,
    infiniteWidth: o.infiniteWidth,
    image: {
      ...(o.images ? { paths: o.images } : {}),
      ...(o.size ? { size: o.size } : {}),
      ...(o.pixels ? { pixels: o.pixels } : {}),
      ...(o.batchSize ? { batchSize: o.batchSize } : {}),
      regs: o.reg,
    },
    synthetic: { scaleFreq: o.scaleFreq, ...(o.sizes ? { sizes: o.sizes } : {}) },
    ...(o.python ? { python: o.python } : {}),
  };
}

function summaryLine(r: AnyResults): Record<string, unknown> {
  return { suite: r.suite, status: r.status, note: r.note ?? null, runs: r.runs.length, summary: r.summary, claims: r.claims, figures: r.figures };
}

/**
 * Entry point of `mlpinit-bench`. Resolves to the exit code: 0 done, 1 a
 * suite failed, 2 bad flags, 130 interrupted (results finished so far are
 * written).
 */
export async function main(argv: readonly string[]): Promise<number> {
  let inv: Invocation;
  try {
    inv = parseCli(argv);
  } catch (err) {
    if (err instanceof CliInfo) {
      process.stdout.write(err.text);
      return 0;
    }
    process.stderr.write(`mlpinit-bench: ${userMessage(err as Error)}\n`);
    return 2;
  }
  const controller = new AbortController();
  let interrupts = 0;
  const onSigint = (): void => {
    interrupts++;
    if (interrupts > 1) process.exit(130);
    process.stderr.write('\nmlpinit-bench: stopping after the current step (Ctrl-C again to quit at once); finished results are kept\n');
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  // Bars on a terminal; one line per 5% with an ETA in logs, CI and nohup; nothing with --json.
  const progress = inv.options.json ? silentProgress : process.stderr.isTTY === true ? terminalProgress() : lineProgress();
  const ctx = contextOf(inv, controller.signal, progress);
  const done: AnyResults[] = [];
  let failed = false;
  try {
    if (inv.command !== 'merge' && isBrowserBackend(ctx.backend)) {
      // webgl, webgpu: the trials run in headless Chromium; start it (and the backend in every page) before any work.
      ctx.log(`mlpinit-bench: starting ${ctx.backend} in ${inv.options.browser ?? 'Chromium'} (${ctx.workers} page${ctx.workers > 1 ? 's' : ''})`);
      try {
        ctx.browser = await BrowserRunner.start({
          backend: ctx.backend,
          pages: ctx.workers,
          ...(inv.options.browser ? { executablePath: inv.options.browser } : {}),
          headed: inv.options.headed,
          log: ctx.log,
        });
      } catch (err) {
        throw new MlpinitError('INVALID_ARGUMENT', (err as Error).message, '--backend');
      }
      ctx.device = ctx.browser.device;
      ctx.log(`mlpinit-bench: ${ctx.device.name} on ${ctx.device.adapter ?? 'an unnamed adapter'}${ctx.device.software ? ' (software)' : ''}`);
    } else if (inv.command !== 'merge') {
      // Fail before any work when the backend cannot start (e.g. tfjs-node not installed).
      try {
        const info = await setBackend(ctx.backend);
        ctx.device = { name: info.name, simd: info.simd, threads: info.threads };
      } catch (err) {
        throw new MlpinitError('INVALID_ARGUMENT', (err as Error).message, '--backend');
      }
    }
    if (inv.command === 'merge') {
      await mergeResultDirs(
        inv.dirs.map((d) => resolve(d)),
        ctx.outDir,
        { union: inv.options.union, dropInits: inv.options.dropInits },
      );
      const all = readAllResults(ctx.outDir);
      for (const n of SUITE_NAMES) if (all[n]) done.push(all[n] as AnyResults);
    } else {
      const names: SuiteName[] = inv.command === 'all' ? [...SUITE_NAMES] : [inv.command];
      for (const name of names) {
        if (controller.signal.aborted) break;
        ctx.log(`mlpinit-bench: ${name} (profile ${ctx.profile.name}, backend ${ctx.backend})`);
        try {
          const r = await runSuite(name, ctx);
          if (r) done.push(r);
        } catch (err) {
          if (err instanceof MlpinitError && err.param?.startsWith('--')) throw err;
          failed = true;
          process.stderr.write(`mlpinit-bench: ${name} failed: ${(err as Error).stack ?? err}\n`);
        }
      }
      if (inv.command === 'all') writeReport(ctx.outDir);
    }
  } catch (err) {
    progress.stop();
    process.off('SIGINT', onSigint);
    await ctx.browser?.close();
    process.stderr.write(`mlpinit-bench: ${userMessage(err as Error)}\n`);
    return err instanceof MlpinitError && err.code === 'INVALID_ARGUMENT' ? 2 : 1;
  }
  progress.stop();
  process.off('SIGINT', onSigint);
  await ctx.browser?.close();
  if (inv.options.json) {
    process.stdout.write(
      `${JSON.stringify({ command: inv.command, out: ctx.outDir, interrupted: controller.signal.aborted, suites: done.map(summaryLine) }, null, 2)}\n`,
    );
  } else {
    for (const r of done) process.stdout.write(`${r.suite}: ${r.status}${r.note ? ` (${r.note})` : ''}, ${r.runs.length} runs → ${resolve(ctx.outDir, r.suite)}\n`);
    if (inv.command === 'all' || inv.command === 'merge') process.stdout.write(`report: ${resolve(ctx.outDir, 'report.md')}\n`);
  }
  if (controller.signal.aborted) return 130;
  return failed ? 1 : 0;
}
