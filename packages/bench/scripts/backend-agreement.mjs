#!/usr/bin/env node
// Compares result sets of one suite run on different backends (same seeds):
// the first file is the reference (wasm). ntk: mean half-widths per init;
// image: held-out and full-image SNR per (image, init, seed); synthetic: test
// error per (init, size, seed). Prints each difference and the largest.
//   node scripts/backend-agreement.mjs docs/browser/ntk-wasm.json docs/browser/ntk-webgl.json docs/browser/ntk-webgpu.json
import { readFileSync } from 'node:fs';

const [refPath, ...others] = process.argv.slice(2);
if (!refPath || others.length === 0) {
  console.error('usage: backend-agreement.mjs REF.json OTHER.json…');
  process.exit(2);
}
const load = (p) => JSON.parse(readFileSync(p, 'utf8'));
const ref = load(refPath);
const key = (r) => [r.image ?? '', r.init, r.seed, r.size ?? ''].join(' ');
const values = (suite, r) => {
  if (suite === 'ntk') return { meanHalfWidth: r.meanHalfWidth };
  if (suite === 'image') return { heldOutSnrDb: r.heldOutSnrDb, snrDb: r.snrDb };
  if (suite === 'synthetic') return { testRelL2: r.testRelL2 };
  throw new Error(`suite ${suite} is not compared`);
};
for (const path of others) {
  const other = load(path);
  if (other.suite !== ref.suite) throw new Error(`${path} is ${other.suite}, the reference is ${ref.suite}`);
  const d = other.config.device;
  const device = d?.adapter ? `${d.name} on ${d.adapter}` : (d?.name ?? other.config.backend);
  console.log(`\n${ref.suite}: ${device} against ${ref.config.backend}`);
  const worst = {};
  for (const r of ref.runs) {
    const o = other.runs.find((x) => key(x) === key(r));
    if (!o) {
      console.log(`  ${key(r)}: missing`);
      continue;
    }
    const a = values(ref.suite, r);
    const b = values(ref.suite, o);
    const parts = Object.keys(a).map((k) => {
      const d = Math.abs(b[k] - a[k]);
      worst[k] = Math.max(worst[k] ?? 0, d);
      return `${k} ${a[k].toFixed(5)} vs ${b[k].toFixed(5)} (|Δ| ${d.toExponential(2)})`;
    });
    console.log(`  ${key(r)}: ${parts.join(', ')}`);
  }
  console.log(`  largest |Δ|: ${Object.entries(worst).map(([k, v]) => `${k} ${v.toExponential(2)}`).join(', ')}`);
}
