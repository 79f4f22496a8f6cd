#!/usr/bin/env node
// Runs the numeric suites of core, go-init and ntk in headless Chromium on the
// webgl and webgpu backends (vitest browser mode; each package's vitest.browser.config.ts),
// one package after another. Needs the packages built (their tests import
// core's dist): `turbo run build` first, as the root script does.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireChromium } from './chromium.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const PACKAGES = ['core', 'go-init', 'ntk'];
if (!requireChromium('browser-mode numeric suites')) process.exit(0);

let passed = 0;
let failed = 0;
for (const name of PACKAGES) {
  const dir = join(root, 'packages', name);
  if (!existsSync(join(dir, 'vitest.browser.config.ts'))) continue;
  console.log(`\n=== @mlpinit/${name} on webgl and webgpu in headless Chromium`);
  const run = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.browser.config.ts'], { cwd: dir, stdio: 'inherit' });
  if (run.status === 0) passed++;
  else failed++;
}
console.log(`\nbrowser suites: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
