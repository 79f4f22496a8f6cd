#!/usr/bin/env node
// Paired held-out SNR differences of an image results file between any two inits (the report's own pairs are only
// against Glorot and the best fixed scale): per (image, seed) init − baseline, pooled and per image, with the
// report's seeded bootstrap (report/stats.ts). Needs the built package.
// Usage: node scripts/paired-snr-differences.mjs docs/quick/families-p10.json ff:ff-s2.5 siren-auto:siren-w20 …
import { readFileSync } from 'node:fs';
import { formatDifference, pairedDifference } from '../dist/report/stats.js';

const [file, ...pairs] = process.argv.slice(2);
const runs = JSON.parse(readFileSync(file, 'utf8')).runs.filter((r) => (r.reg ?? 'none') === 'none');
const at = new Map(runs.map((r) => [`${r.init}|${r.image}|${r.seed}`, r.heldOutSnrDb]));
for (const pair of pairs) {
  const [a, b] = pair.split(':');
  const keys = runs.filter((r) => r.init === a && at.has(`${b}|${r.image}|${r.seed}`)).map((r) => [r.image, r.seed]);
  const pairsOf = (ks) => ks.map(([i, s]) => ({ init: at.get(`${a}|${i}|${s}`), baseline: at.get(`${b}|${i}|${s}`) }));
  const pooled = pairedDifference(pairsOf(keys), { init: a, baseline: b, metric: 'heldOutSnrDb', image: 'all' });
  const perImage = [...new Set(keys.map(([i]) => i))].map((i) => {
    const d = pairedDifference(pairsOf(keys.filter(([j]) => j === i)), { init: a, baseline: b, metric: 'heldOutSnrDb', image: i });
    return `${i} ${d.meanDiffDb >= 0 ? '+' : ''}${d.meanDiffDb.toFixed(2)}`;
  });
  console.log(`${a} − ${b}: ${formatDifference(pooled)}; per image ${perImage.join(', ')}`);
}
