import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MlpinitError } from '@mlpinit/core';
import { SUITE_NAMES, type SuiteName } from './context.js';
import { cellKey } from './grid.js';
import { readJson } from './io/json-file.js';
import { writeReport } from './report/write-report.js';
import type { SuiteResults } from './results.js';
import { type SuiteDef, finishSuite } from './suite-def.js';
import { SUITES } from './suites.js';

type AnyResults = SuiteResults<unknown, unknown>;

/**
 * Merges the runs of several results sets of one suite (shards): runs are
 * deduplicated by grid cell and put in the grid's order; the status is
 * `complete` when every cell of the grid is covered.
 */
export function mergeSuiteResults(def: SuiteDef<unknown, unknown>, parts: readonly AnyResults[]): AnyResults {
  const first = parts[0];
  if (!first) throw new MlpinitError('INVALID_ARGUMENT', 'nothing to merge', 'dirs');
  if (!def.shardable || !def.runCell) return { ...first, config: { ...first.config } };
  const grid = first.grid;
  const order = new Map(grid.map((c, i) => [cellKey(c), i]));
  const byKey = new Map<string, unknown>();
  const skipped = new Map<string, NonNullable<AnyResults['skipped']>[number]>();
  for (const part of parts) {
    if (part.grid.length !== grid.length || part.grid.some((c, i) => cellKey(c) !== cellKey(grid[i] as typeof c))) {
      throw new MlpinitError('INVALID_ARGUMENT', `the ${def.name} results to merge come from different grids (inits, seeds or sizes differ)`, 'dirs');
    }
    for (const run of part.runs) {
      const key = cellKey((def.runCell as (r: unknown) => Parameters<typeof cellKey>[0])(run));
      if (!byKey.has(key)) byKey.set(key, run);
    }
    for (const s of part.skipped ?? []) skipped.set(cellKey(s), s);
  }
  for (const k of byKey.keys()) skipped.delete(k);
  const runs = [...byKey.entries()].sort((a, b) => (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0)).map(([, r]) => r);
  const covered = byKey.size + skipped.size;
  const anyPartial = parts.some((p) => p.status === 'partial');
  const status = covered >= grid.length && !anyPartial ? 'complete' : runs.length === 0 && skipped.size > 0 ? 'unavailable' : 'partial';
  const merged: AnyResults = {
    ...first,
    status,
    config: { ...first.config, shard: null },
    runs,
    skipped: [...skipped.values()],
    summary: null,
    figures: [],
    claims: [],
  };
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

/**
 * `mlpinit-bench merge DIR…`: combines the suites found in several results
 * folders (shards, or one folder to re-assemble) into `outDir`, recomputes
 * summaries, figures and claims, and writes `outDir/report.md`.
 */
export async function mergeResultDirs(dirs: readonly string[], outDir: string): Promise<SuiteName[]> {
  if (dirs.length === 0) throw new MlpinitError('INVALID_ARGUMENT', 'expected at least one results folder', 'dirs');
  for (const d of dirs) {
    if (!existsSync(d) || !statSync(d).isDirectory()) throw new MlpinitError('INVALID_ARGUMENT', `not a folder: ${d}`, 'dirs');
  }
  const merged: SuiteName[] = [];
  for (const name of SUITE_NAMES) {
    const found = dirs.filter((d) => existsSync(join(d, name, 'results.json')));
    if (found.length === 0) continue;
    const parts = found.map((d) => readJson<AnyResults>(join(d, name, 'results.json')));
    const def = SUITES[name].def as unknown as SuiteDef<unknown, unknown>;
    const out = join(outDir, name);
    for (const d of found) copyFiles(join(d, name), out);
    const result = mergeSuiteResults(def, parts);
    await finishSuite(def, result, outDir, out);
    merged.push(name);
  }
  if (merged.length === 0) throw new MlpinitError('INVALID_ARGUMENT', `no suite results (…/<suite>/results.json) in ${dirs.join(', ')}`, 'dirs');
  writeReport(outDir);
  return merged;
}
