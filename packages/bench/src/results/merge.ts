import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { MlpinitError } from '@mlpinit/core';
import { SUITE_NAMES, type SuiteName } from '../suites/context.js';
import { type GridCell, cellKey } from './trial-grid.js';
import { splitLabel } from '../trials/init-spec.js';
import { readJson } from '../io/json-file.js';
import { writeReport } from '../report/write-report.js';
import type { SuiteResults } from './results.js';
import { type SuiteDef, finishSuite } from '../suites/suite-def.js';
import { SUITES } from '../suites/suites.js';

/** A results set of any suite. */
export type AnyResults = SuiteResults<unknown, unknown>;

/** Options of {@link mergeSuiteResults} and {@link mergeResultDirs}. */
export interface MergeOptions {
  /**
   * Combine result sets of the same task (profile, backend, data, network,
   * budget) that ran different inits or seeds: the grid becomes the union of
   * their grids. Without it, every part must come from one grid (shards).
   */
  union?: boolean;
  /**
   * With `union`: inits whose runs are left out of every part (e.g. a
   * config whose meaning changed between versions), as if they never ran; an
   * init drops its regularised labels too (`siren` drops `siren+grad`).
   */
  dropInits?: readonly string[];
}

/** Profile defaults and bookkeeping that do not change what a trial computes. */
const NOT_SETTING = new Set(['gridKeys', 'inits', 'sweepInits', 'seeds', 'imagePath', 'path']);
/** Settings of analyses run beside the training, not of the task: older results lack them (they must agree when both record them). */
const SIDE_ANALYSES = new Set(['infiniteWidth']);

function settingValue(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(settingValue);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>)
        .filter(([k]) => !NOT_SETTING.has(k))
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, x]) => [k, settingValue(x)]),
    );
  }
  return v;
}

/**
 * What two result sets must share to be combined by `merge --union`: the
 * profile, the backend and every size of the task (images and their resize,
 * train fraction, network, steps, batch, learning rate, GO caps), without the
 * init and seed lists or file paths. A side analysis's settings (the
 * infinite-width row) count only when both parts record them. Returns the first differing
 * field, or null when the settings agree.
 */
export function settingDifference(a: AnyResults, b: AnyResults): string | null {
  const flat = (r: AnyResults): Record<string, string> => ({
    profile: JSON.stringify(r.config.profile),
    backend: JSON.stringify(r.config.backend),
    ...Object.fromEntries(Object.entries(settingValue(r.config.sizes) as Record<string, unknown>).map(([k, v]) => [k, JSON.stringify(v)])),
  });
  const fa = flat(a);
  const fb = flat(b);
  for (const k of new Set([...Object.keys(fa), ...Object.keys(fb)])) {
    // An analysis beside the training (the infinite-width row) is absent from results made before the bench recorded its settings.
    if (SIDE_ANALYSES.has(k) && (fa[k] === undefined || fb[k] === undefined)) continue;
    if (fa[k] !== fb[k]) return `${k}: ${fa[k] ?? 'absent'} vs ${fb[k] ?? 'absent'}`;
  }
  return null;
}

/** The union of the parts' grids: cells in the order they first appear. */
function unionGrid(parts: readonly AnyResults[]): GridCell[] {
  const seen = new Map<string, GridCell>();
  for (const p of parts) for (const c of p.grid) if (!seen.has(cellKey(c))) seen.set(cellKey(c), c);
  return [...seen.values()];
}

/**
 * Merges the runs of several results sets of one suite: runs are
 * deduplicated by grid cell and put in the grid's order; the status is
 * `complete` when every cell of the grid is covered. Shards must share one
 * grid; with `union`, sets of the same task (see {@link settingDifference})
 * are combined over the union of their grids, and the merged config lists the
 * inits and seeds of all and the command line of each (`mergedFrom`).
 */
export function mergeSuiteResults(def: SuiteDef<unknown, unknown>, input: readonly AnyResults[], options: MergeOptions = {}): AnyResults {
  const drop = new Set(options.dropInits ?? []);
  if (drop.size > 0 && !options.union) throw new MlpinitError('INVALID_ARGUMENT', '--drop-inits needs --union', '--drop-inits');
  const parts = input
    .map((p) => (def.upgrade ? def.upgrade(p) : p))
    .map((p) => {
      if (drop.size === 0 || !def.runCell) return p;
      const kept = (c: GridCell): boolean => !drop.has(c.init) && !drop.has(splitLabel(c.init).init);
      return {
        ...p,
        grid: p.grid.filter(kept),
        runs: p.runs.filter((r) => kept((def.runCell as (r: unknown) => GridCell)(r))),
        skipped: (p.skipped ?? []).filter(kept),
        config: { ...p.config, inits: p.config.inits.filter((i: string) => !drop.has(i) && !drop.has(splitLabel(i).init)) },
      };
    });
  const first = parts[0];
  if (!first) throw new MlpinitError('INVALID_ARGUMENT', 'nothing to merge', 'dirs');
  if (!def.shardable || !def.runCell) return { ...first, config: { ...first.config } };
  let grid = first.grid;
  if (options.union) {
    for (const p of parts.slice(1)) {
      const diff = settingDifference(first, p);
      if (diff) throw new MlpinitError('INVALID_ARGUMENT', `the ${def.name} results to combine come from different tasks (${diff}); --union combines inits and seeds of one task`, 'dirs');
    }
    grid = unionGrid(parts);
  } else {
    for (const part of parts) {
      if (part.grid.length !== grid.length || part.grid.some((c, i) => cellKey(c) !== cellKey(grid[i] as typeof c))) {
        throw new MlpinitError(
          'INVALID_ARGUMENT',
          `the ${def.name} results to merge come from different grids (inits, seeds or sizes differ); to combine runs of different inits or seeds of one task, use merge --union`,
          'dirs',
        );
      }
    }
  }
  const order = new Map(grid.map((c, i) => [cellKey(c), i]));
  const byKey = new Map<string, unknown>();
  const skipped = new Map<string, NonNullable<AnyResults['skipped']>[number]>();
  for (const part of parts) {
    for (const run of part.runs) {
      const key = cellKey((def.runCell as (r: unknown) => GridCell)(run));
      if (!byKey.has(key)) byKey.set(key, run);
    }
    for (const s of part.skipped ?? []) skipped.set(cellKey(s), s);
  }
  for (const k of byKey.keys()) skipped.delete(k);
  const runs = [...byKey.entries()].sort((a, b) => (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0)).map(([, r]) => r);
  const covered = byKey.size + skipped.size;
  // Shards: an interrupted part leaves the set partial. Union: parts may be partial where another part ran the cells.
  const anyPartial = !options.union && parts.some((p) => p.status === 'partial');
  const status = covered >= grid.length && !anyPartial ? 'complete' : runs.length === 0 && skipped.size > 0 ? 'failed' : 'partial';
  const config = { ...first.config, shard: null };
  if (options.union) {
    config.inits = [...new Set(parts.flatMap((p) => p.config.inits))];
    config.seeds = [...new Set(parts.flatMap((p) => p.config.seeds))].sort((a, b) => a - b);
    config.mergedFrom = parts.flatMap((p) => p.config.mergedFrom ?? [p.config.argv]);
    config.sizes = { ...config.sizes, gridKeys: grid.map(cellKey) };
  }
  const merged: AnyResults = { ...first, status, config, grid, runs, skipped: [...skipped.values()], summary: null, figures: [], claims: [] };
  if (status === 'partial') merged.note = `merged ${parts.length} result sets: ${byKey.size} of ${grid.length} grid cells have runs`;
  else delete merged.note;
  return merged;
}

function copyFiles(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const f of readdirSync(from)) {
    const src = join(from, f);
    if (statSync(src).isFile() && !/^(results|config)\.json$/.test(f) && resolve(src) !== resolve(join(to, f))) copyFileSync(src, join(to, f));
  }
}

/** One input of a merge: a results folder (`DIR/<suite>/results.json`) or one suite's results file. */
interface Source {
  suite: SuiteName;
  results: AnyResults;
  /** The folder whose files (figures, reconstructions) travel with the results; null for a lone file. */
  files: string | null;
}

function sourcesOf(path: string): Source[] {
  if (!existsSync(path)) throw new MlpinitError('INVALID_ARGUMENT', `not found: ${path}`, 'dirs');
  if (statSync(path).isFile()) {
    const results = readJson<AnyResults>(path);
    if (!SUITE_NAMES.includes(results?.suite)) throw new MlpinitError('INVALID_ARGUMENT', `not a suite's results.json (no known "suite" field): ${path}`, 'dirs');
    return [{ suite: results.suite, results, files: basename(path) === 'results.json' ? dirname(path) : null }];
  }
  return SUITE_NAMES.filter((n) => existsSync(join(path, n, 'results.json'))).map((n) => ({
    suite: n,
    results: readJson<AnyResults>(join(path, n, 'results.json')),
    files: join(path, n),
  }));
}

/**
 * `mlpinit-bench merge DIR|FILE…`: combines the suites found in several
 * results folders (shards, or one folder to re-assemble) or suite results
 * files into `outDir`, recomputes summaries, figures and claims, and writes
 * `outDir/report.md`. With `union`, result sets of one task that ran
 * different inits or seeds are combined (see {@link mergeSuiteResults}).
 */
export async function mergeResultDirs(paths: readonly string[], outDir: string, options: MergeOptions = {}): Promise<SuiteName[]> {
  if (paths.length === 0) throw new MlpinitError('INVALID_ARGUMENT', 'expected at least one results folder', 'dirs');
  const sources = paths.flatMap(sourcesOf);
  const merged: SuiteName[] = [];
  for (const name of SUITE_NAMES) {
    const found = sources.filter((s) => s.suite === name);
    if (found.length === 0) continue;
    const def = SUITES[name].def as unknown as SuiteDef<unknown, unknown>;
    const out = join(outDir, name);
    mkdirSync(out, { recursive: true });
    for (const s of found) if (s.files) copyFiles(s.files, out);
    const result = mergeSuiteResults(
      def,
      found.map((s) => s.results),
      options,
    );
    await finishSuite(def, result, outDir, out);
    merged.push(name);
  }
  if (merged.length === 0) throw new MlpinitError('INVALID_ARGUMENT', `no suite results (…/<suite>/results.json or a results file) in ${paths.join(', ')}`, 'dirs');
  writeReport(outDir);
  return merged;
}
