#!/usr/bin/env node
// Packs every published package with `pnpm pack`, installs the tarballs into an
// empty project outside the workspace and imports each from plain Node ESM, so
// "install individual packages" is checked, not assumed. Core additionally
// creates an MLP, trains it on the wasm backend and reads its SNR.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const pnpm = process.env.PNPM_BIN ?? 'npx -y pnpm@12.4.2';
const published = readdirSync(join(root, 'packages'))
  .map((dir) => ({ dir: join(root, 'packages', dir), pkg: JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')) }))
  .filter(({ pkg }) => !pkg.private);

const work = mkdtempSync(join(tmpdir(), 'mlpinit-pack-'));
const tarballs = join(work, 'tarballs');
const project = join(work, 'project');
let passed = 0;
let failed = 0;
try {
  const sh = (cmd, cwd) => execFileSync('bash', ['-c', cmd], { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  const files = {};
  for (const { dir, pkg } of published) {
    const out = sh(`${pnpm} pack --pack-destination ${JSON.stringify(tarballs)} --json`, dir);
    const parsed = JSON.parse(out.slice(out.indexOf('{')));
    files[pkg.name] = parsed.filename ?? parsed[0]?.filename;
  }
  sh(`mkdir -p ${JSON.stringify(project)}`, work);
  const overrides = Object.fromEntries(Object.entries(files).map(([name, file]) => [name, `file:${file}`]));
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'pack-smoke', private: true, type: 'module', dependencies: overrides, overrides }, null, 2),
  );
  sh('npm install --no-audit --no-fund --loglevel=error', project);
  for (const name of Object.keys(files)) {
    const script = join(project, `import-${name.replace(/[@/]/g, '_')}.mjs`);
    writeFileSync(script, `const m = await import(${JSON.stringify(name)});\nif (Object.keys(m).length === 0 && ${JSON.stringify(name)} === '@mlpinit/core') throw new Error('empty module');\nconsole.log('imported', ${JSON.stringify(name)}, Object.keys(m).length, 'exports');\n`);
    try {
      process.stdout.write(sh(`node ${JSON.stringify(script)}`, project));
      passed++;
    } catch {
      console.error(`FAILED to import ${name} from its tarball`);
      failed++;
    }
  }
  const fit = join(project, 'fit.mjs');
  writeFileSync(
    fit,
    `import * as tf from '@tensorflow/tfjs-core';
import { setBackend, createMlp, train, snrDb } from '@mlpinit/core';
const info = await setBackend('wasm');
const x = Array.from({ length: 256 }, (_, i) => [-1 + (2 * i) / 255, Math.cos(i)]);
const y = x.map(([a, b]) => [Math.sin(4 * a) + 0.5 * b]);
const mlp = createMlp({ sizes: [2, 32, 32, 1], activation: 'tanh', seed: 0 });
const history = await train(mlp, { x, y }, { steps: 300, lr: 1e-2 });
const pred = mlp.forward(x);
const snr = snrDb(pred, y);
pred.dispose(); mlp.dispose();
console.log(JSON.stringify({ backend: info, first: history[0], last: history.at(-1), snrDb: snr, tensors: tf.memory().numTensors }));
if (!(snr > 15) || tf.memory().numTensors !== 0) process.exit(1);
`,
  );
  try {
    process.stdout.write(sh(`node ${JSON.stringify(fit)}`, project));
    passed++;
  } catch {
    console.error('FAILED: training with @mlpinit/core from its tarball');
    failed++;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`pack-smoke: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
