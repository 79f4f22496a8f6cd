import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUITE_NAMES, type SuiteName } from '../suites/context.js';
import { readJson } from '../io/json-file.js';
import type { Claim, SuiteResults } from '../results/results.js';
import { SUITES } from '../suites/suites.js';
import { goVerdict } from './go-verdict.js';

type AnyResults = SuiteResults<unknown, unknown>;

function verdict(c: Claim): string {
  return c.holds === null ? 'not measured' : c.holds ? 'yes' : '**no**';
}

/** Reads every suite's results.json found under `dir`. */
export function readAllResults(dir: string): Partial<Record<SuiteName, AnyResults>> {
  const out: Partial<Record<SuiteName, AnyResults>> = {};
  for (const name of SUITE_NAMES) {
    const path = join(dir, name, 'results.json');
    if (existsSync(path)) out[name] = readJson<AnyResults>(path);
  }
  return out;
}

function figureLinks(name: SuiteName, r: AnyResults, dir: string): string[] {
  return r.figures
    .filter((f) => existsSync(join(dir, name, `${f}.png`)))
    .map((f) => {
      const svg = existsSync(join(dir, name, `${f}.svg`)) ? ` ([SVG](${name}/${f}.svg))` : '';
      return `![${name} ${f}](${name}/${f}.png)${svg}`;
    });
}

/**
 * Writes `dir/report.md`: the run's configuration, a "Reproduction" section
 * (each paper claim beside what this run measured), then one section per
 * suite with its table and figures inline.
 */
export function writeReport(dir: string): string {
  const all = readAllResults(dir);
  const names = SUITE_NAMES.filter((n) => all[n]);
  const first = names.map((n) => all[n]).find((r) => r) as AnyResults | undefined;
  const lines: string[] = ['# mlpinit benchmark report', ''];
  if (first) {
    const c = first.config;
    lines.push(
      `Profile \`${c.profile}\`, backend \`${c.backend}\`, seeds ${JSON.stringify(c.seeds)}, started ${c.startedAt}.`,
      `Versions: ${Object.entries(c.versions)
        .map(([k, v]) => `${k} ${v ?? 'missing'}`)
        .join(', ')}.`,
      '',
      'Paper: Wang & Perdikaris, "Enhancing the trainability and expressivity of deep MLPs with globally orthogonal initialization" (NeurIPS 2021 DLDE workshop).',
      '',
    );
  }
  lines.push('## Reproduction', '', '| suite | claim | this run measured | holds |', '| --- | --- | --- | --- |');
  for (const n of names) {
    for (const c of (all[n] as AnyResults).claims) lines.push(`| ${n} | ${c.claim} | ${c.measured} | ${verdict(c)} |`);
  }
  lines.push('');
  const goLines = goVerdict(all);
  if (goLines.length > 0) lines.push('## Where GO helps and where it hurts', '', ...goLines.flatMap((v) => [`- ${v}`]), '');
  for (const n of names) {
    const r = all[n] as AnyResults;
    lines.push(`## ${n}`, '');
    lines.push(`Status: **${r.status}**${r.note ? ` (${r.note})` : ''}. Runs: ${r.runs.length}.`, '');
    if (r.config.mergedFrom?.length) {
      lines.push('Combined (`merge --union`) from the result sets of:', '', ...r.config.mergedFrom.map((a) => `- \`mlpinit-bench ${a.join(' ')}\``), '');
    }
    if (r.skipped && r.skipped.length > 0) {
      lines.push(`Not run: ${r.skipped.map((s) => `${s.init}/seed ${s.seed}${s.size ? `/n ${s.size}` : ''} (${s.reason})`).join('; ')}.`, '');
    }
    const table = SUITES[n].def.table(r as never);
    if (table) lines.push(table, '');
    lines.push(...figureLinks(n, r, dir).flatMap((f) => [f, '']));
  }
  const text = `${lines.join('\n')}\n`;
  writeFileSync(join(dir, 'report.md'), text);
  return text;
}
