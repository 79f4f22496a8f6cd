// Measures GO seconds per step on the quick image network (2 → 8×64 → 3,
// batch 1024) on one backend. Usage: node scripts/measure-speed.mjs [wasm|cpu] [steps]
// (run `pnpm build` first; it imports the built package).
import { setBackend } from '@mlpinit/core';
import { goInit } from '../dist/index.js';

const backend = process.argv[2] ?? 'wasm';
const steps = Number(process.argv[3] ?? 200);
await setBackend(backend);
// A 128×96 pixel grid in [−1, 1]², as in the quick image benchmark.
const x = [];
for (let r = 0; r < 96; r++) for (let c = 0; c < 128; c++) x.push([(2 * c) / 127 - 1, (2 * r) / 95 - 1]);
const sizes = [2, 64, 64, 64, 64, 64, 64, 64, 64, 3];
await goInit({ sizes, x, steps: 5, batchSize: 1024, seed: 1 }); // warm-up
const res = await goInit({ sizes, x, steps, batchSize: 1024, seed: 1 });
const perStep = res.seconds / res.stepsRun;
console.log(
  JSON.stringify(
    {
      backend,
      steps: res.stepsRun,
      seconds: +res.seconds.toFixed(3),
      msPerStep: +(perStep * 1000).toFixed(2),
      meanCos2Before: +res.meanCos2Before.toFixed(4),
      meanCos2After: +res.meanCos2After.toFixed(4),
      layerScales: res.layerScales.map((v) => +v.toFixed(3)),
      layerBiases: res.layerBiases.map((v) => +v.toFixed(3)),
      lossFirst: res.lossHistory[0],
      lossLast: res.lossHistory.at(-1),
    },
    null,
    1,
  ),
);
