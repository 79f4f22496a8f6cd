import type { SuiteDef } from '../suites/suite-def.js';

type Row = Record<string, unknown>;

function cell(v: unknown): string {
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toPrecision(4);
  if (v === null || v === undefined) return '–';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** Report/merge handling of the perf suite's results (its runs are written by `runPerf`). */
export const PERF_SUITE: SuiteDef<Row, unknown> = {
  name: 'perf',
  shardable: false,
  // runPerf computes its own summary and claims; merge and report keep them.
  summarize: (r) => r.summary,
  figures: async (r) => r.figures,
  claims: (r) => r.claims ?? [],
  table(results) {
    const rows = results.runs;
    if (rows.length === 0) return '';
    const cols = [...new Set(rows.flatMap((r) => Object.keys(r).filter((k) => typeof r[k] !== 'object' || r[k] === null)))];
    return [`| ${cols.join(' | ')} |`, `| ${cols.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${cols.map((c) => cell(r[c])).join(' | ')} |`)].join(
      '\n',
    );
  },
};
