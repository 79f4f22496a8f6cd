#!/usr/bin/env node
// Paired test-error ratios of a synthetic results file: for each (a, b) pair of inits and each size, the
// geometric mean over seeds of testRelL2(a)/testRelL2(b) with the report's seeded bootstrap interval
// (report/stats.ts, applied to log10 ratios). Needs the built package.
// Usage: node scripts/paired-error-ratios.mjs docs/quick/families-synthetic.json ff:go siren-auto:go …
import { readFileSync } from 'node:fs';
import { pairedDifference } from '../dist/report/stats.js';

const [file, ...pairs] = process.argv.slice(2);
const runs = JSON.parse(readFileSync(file, 'utf8')).runs;
const at = new Map(runs.map((r) => [`${r.init}|${r.size}|${r.seed}`, r.testRelL2]));
const sizes = [...new Set(runs.map((r) => r.size))].sort((x, y) => x - y);
for (const pair of pairs) {
  const [a, b] = pair.split(':');
  for (const size of sizes) {
    const seeds = [...new Set(runs.filter((r) => r.init === a && r.size === size).map((r) => r.seed))];
    const d = pairedDifference(
      seeds.map((s) => ({ init: Math.log10(at.get(`${a}|${size}|${s}`)), baseline: Math.log10(at.get(`${b}|${size}|${s}`)) })),
      { init: a, baseline: b, metric: 'log10 testRelL2' },
    );
    const f = (v) => (10 ** v).toFixed(2);
    console.log(`${a} / ${b}, n = ${size}: ${f(d.meanDiffDb)} [${f(d.ci95[0])}, ${f(d.ci95[1])}] (${d.n} seeds)`);
  }
}
