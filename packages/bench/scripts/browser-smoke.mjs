#!/usr/bin/env node
// CI's browser-backend bench: the same tiny suites on wasm (in Node) and on
// webgl and webgpu (in headless Chromium, through the CLI's browser runner),
// checking that the browser runs complete and agree with wasm. Each browser
// backend gets about a minute. Needs the built package (dist/, dist-page/)
// and Chromium (apt-get install chromium, or CHROMIUM_PATH);
// MLPINIT_SKIP_BROWSER=1 skips it with a message.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/mlpinit-bench.js', import.meta.url));
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  if (process.env.MLPINIT_SKIP_BROWSER === '1') {
    console.log(`browser-backend bench: SKIPPED (MLPINIT_SKIP_BROWSER=1): no Chromium at ${chromium}`);
    process.exit(0);
  }
  console.error(`browser-backend bench: no Chromium at ${chromium}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}

const root = mkdtempSync(join(tmpdir(), 'mlpinit-browser-smoke-'));
const SUITES = [
  // Backend agreement of training; the infinite-width row is pure JavaScript, the same on every backend (skipped: time).
  ['synthetic', '--inits', 'glorot,glorot-c2', '--seeds', '1', '--steps', '20', '--sizes', '256', '--no-infinite-width'],
  ['variance-flow'],
];

function run(backend) {
  const out = join(root, backend);
  const t0 = performance.now();
  for (const args of SUITES) {
    const r = spawnSync(process.execPath, [bin, ...args, '--backend', backend, '--out', out], { encoding: 'utf8', timeout: 180_000 });
    if (r.status !== 0) {
      console.error(r.stderr);
      throw new Error(`${args[0]} on ${backend} exited with ${r.status}`);
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const read = (suite) => JSON.parse(readFileSync(join(out, suite, 'results.json'), 'utf8'));
  return { seconds, synthetic: read('synthetic'), flow: read('variance-flow') };
}

const ref = run('wasm');
let failed = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failed++;
};
for (const backend of ['webgl', 'webgpu']) {
  const got = run(backend);
  check(got.seconds < 120, `${backend}: both suites in ${got.seconds.toFixed(0)} s (budget 120 s)`);
  check(got.synthetic.status === 'complete' && got.flow.status === 'complete', `${backend}: suites complete`);
  check(got.synthetic.config.device?.name === backend, `${backend}: config.json names the device (${got.synthetic.config.device?.adapter ?? 'no adapter'})`);
  for (const r of ref.synthetic.runs) {
    const g = got.synthetic.runs.find((x) => x.init === r.init && x.seed === r.seed && x.size === r.size);
    const rel = g ? Math.abs(g.testRelL2 - r.testRelL2) / r.testRelL2 : Number.POSITIVE_INFINITY;
    check(rel < 0.02, `${backend}: synthetic ${r.init} test error ${g?.testRelL2?.toFixed(5)} vs wasm ${r.testRelL2.toFixed(5)} (rel. diff ${rel.toExponential(1)} < 2e-2)`);
  }
  const depth = (res) => res.runs.filter((x) => x.kind === 'depth');
  const a = depth(ref.flow);
  const b = depth(got.flow);
  const worst = Math.max(...a.map((x, i) => Math.abs((b[i]?.measured ?? Number.NaN) - x.measured) / Math.max(x.measured, 1e-6)));
  check(b.length === a.length && worst < 1e-3, `${backend}: variance flow, simulated layer stds within ${worst.toExponential(1)} of wasm (< 1e-3)`);
}
console.log(`browser-backend bench: ${failed === 0 ? 'passed' : `${failed} checks failed`} (results in ${root})`);
process.exit(failed === 0 ? 0 : 1);
