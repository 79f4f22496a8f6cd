// Measures GO's cost on the quick image network (2 → 8×64 → 3 tanh, batch
// 256, points = the 128×96 pixel grid in [−1, 1]²) on one backend, next to
// one full-batch training step of the same network on 25% of the pixels
// (3072 points, core's `train`), the training GO precedes.
// Usage: pnpm --filter @mlpinit/go-init speed [-- wasm|cpu [steps]]
import { createMlp, setBackend, train } from '@mlpinit/core';
import { goInit } from '../dist/index.js';

const backend = process.argv[2] ?? 'wasm';
const steps = Number(process.argv[3] ?? 300);
await setBackend(backend);
const x = [];
for (let r = 0; r < 96; r++) for (let c = 0; c < 128; c++) x.push([(2 * c) / 127 - 1, (2 * r) / 95 - 1]);
const sizes = [2, 64, 64, 64, 64, 64, 64, 64, 64, 3];
await goInit({ sizes, x, steps: 5, batchSize: 256, seed: 1 }); // warm-up
let loopMs = 0;
const res = await goInit({
  sizes,
  x,
  steps,
  batchSize: 256,
  seed: 1,
  onProgress: (p) => {
    loopMs = p.elapsedMs;
  },
});

const train25 = x.filter((_, i) => i % 4 === 0);
const y = train25.map(([a, b]) => [Math.sin(3 * a), Math.cos(2 * b), a * b]);
const mlp = createMlp({ sizes, seed: 1 });
await train(mlp, { x: train25, y }, { steps: 5 });
const t0 = performance.now();
await train(mlp, { x: train25, y }, { steps: 50 });
const trainMs = (performance.now() - t0) / 50;
mlp.dispose();

const round = (v, d = 3) => +v.toFixed(d);
console.log(
  JSON.stringify(
    {
      backend,
      steps: res.stepsRun,
      goSeconds: round(res.seconds),
      goMsPerStep: round(loopMs / res.stepsRun, 2),
      trainMsPerStep: round(trainMs, 2),
      goStepsPerTrainStep: round(loopMs / res.stepsRun / trainMs),
      meanCos2Before: round(res.meanCos2Before, 4),
      meanCos2After: round(res.meanCos2After, 4),
      layerScales: res.layerScales.map((v) => round(v)),
      layerBiases: res.layerBiases.map((v) => round(v)),
    },
    null,
    1,
  ),
);
