// Measurements for docs/performance.md and docs/localization.md (not a test):
// structured vs jacobian speed on wasm, and the half-width of deep tanh NTKs
// under Glorot vs larger per-layer scales.
// Run after `pnpm build`: node scripts/measure.mjs [--skip-speed] [--skip-locality]
import { createMlp, setBackend } from '@mlpinit/core';
import { empiricalNtk, ntkLocalization } from '../dist/index.js';

const args = new Set(process.argv.slice(2));
await setBackend(process.env.MLPINIT_BACKEND ?? 'wasm');
const grid = (n) => Array.from({ length: n }, (_, i) => -1 + (2 * i) / (n - 1));

async function time(fn, repeats) {
  await fn(); // warm-up (wasm compilation, kernel caches)
  const ts = [];
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    await fn();
    ts.push(performance.now() - t0);
  }
  ts.sort((a, b) => a - b);
  return ts[Math.floor(ts.length / 2)];
}

if (!args.has('--skip-speed')) {
  const nets = [
    { name: '1 → 8×64 → 1 tanh', sizes: [1, 64, 64, 64, 64, 64, 64, 64, 64, 1], n: 128 },
    { name: '1 → 5×100 → 1 tanh', sizes: [1, 100, 100, 100, 100, 100, 1], n: 256 },
  ];
  for (const net of nets) {
    const mlp = createMlp({ sizes: net.sizes, activation: 'tanh', seed: 1 });
    const x = grid(net.n);
    const s = await time(() => empiricalNtk(mlp, x), 10);
    const j = await time(() => empiricalNtk(mlp, x, null, { method: 'jacobian' }), 2);
    console.log(`${net.name}, N = ${net.n}: structured ${s.toFixed(1)} ms, jacobian ${j.toFixed(0)} ms (${(j / s).toFixed(0)}×)`);
    mlp.dispose();
  }
  const big = createMlp({ sizes: [1, 100, 100, 100, 100, 100, 1], activation: 'tanh', seed: 1 });
  const t0 = performance.now();
  await empiricalNtk(big, grid(4096));
  const rss = process.memoryUsage().rss / 2 ** 20;
  console.log(`1 → 5×100 → 1 tanh, N = 4096: structured ${(performance.now() - t0).toFixed(0)} ms, process RSS ${rss.toFixed(0)} MiB`);
  big.dispose();
}

if (!args.has('--skip-locality')) {
  const x = grid(101);
  const sizes = [1, 64, 64, 64, 64, 64, 64, 64, 64, 1];
  const depth = sizes.length - 2;
  const configs = [
    { name: 'Glorot normal', opts: { init: 'glorot-normal' } },
    { name: 'Glorot × 2 per layer', opts: { init: 'glorot-normal', layerScales: new Array(depth).fill(2) } },
    { name: 'Glorot × 3 per layer', opts: { init: 'glorot-normal', layerScales: new Array(depth).fill(3) } },
  ];
  for (const cfg of configs) {
    const hw = [];
    const rms = [];
    for (const seed of [1, 2, 3]) {
      const mlp = createMlp({ sizes, activation: 'tanh', seed, ...cfg.opts });
      const loc = ntkLocalization(await empiricalNtk(mlp, x), x);
      mlp.dispose();
      hw.push(loc.meanHalfWidth.toFixed(3) + (loc.censored ? '*' : ''));
      rms.push(loc.effectiveNeighbours.toFixed(1));
    }
    console.log(`${cfg.name}: mean half-width ${hw.join(' / ')}, effective neighbours ${rms.join(' / ')} of ${x.length} (seeds 1/2/3)`);
  }
}
