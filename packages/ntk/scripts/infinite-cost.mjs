// Cost of the infinite-width kernels per pair and layer (docs/methods.md, "Cost"; not a test):
// a 64-point 1-D grid, depth 6, relu and erf (closed forms) and tanh at c = 1 and at GO-like scales.
// The first tanh call includes building the smoothing table; the second is the steady cost.
// Run after `pnpm build`: node scripts/infinite-cost.mjs
import { infiniteKernels } from '../dist/index.js';

const x = Array.from({ length: 64 }, (_, i) => [-1 + (2 * i) / 63]);
const pairs = (64 * 65) / 2;
const cases = [
  ['tanh (first call: builds the table)', { activation: 'tanh', depth: 6, c: 1 }],
  ['tanh, c = 1', { activation: 'tanh', depth: 6, c: 1 }],
  ['tanh, GO-like c and b', { activation: 'tanh', depth: 6, c: [3, 4, 5, 5, 5, 5], biasMean: [0.1, -0.3, 0.2, 0.5, -0.1, 0.2] }],
  ['relu, c = √2', { activation: 'relu', depth: 6, c: Math.SQRT2 }],
  ['erf, c = 2', { activation: 'erf', depth: 6, c: 2 }],
];
for (const [name, config] of cases) {
  const t = performance.now();
  await infiniteKernels(config, x);
  const ms = performance.now() - t;
  console.log(`${name}: ${ms.toFixed(0)} ms, ${((ms * 1000) / pairs / config.depth).toFixed(1)} µs per pair and layer`);
}
