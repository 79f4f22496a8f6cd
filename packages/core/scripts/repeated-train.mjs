// Repeated data-parallel `train` calls on one network (issue 18's throughput check):
// a first 6-step call, a second 6-step call, then a longer call whose per-step
// median is the steady-state step. With the persistent worker pool the second
// call reuses the first call's threads; `--respawn` ends the pool between calls
// (what every call cost when each spawned its own workers).
//
//   node scripts/repeated-train.mjs [--backend wasm] [--workers auto|k] [--steps 30] [--respawn]
//
// Prints one JSON line. Build core first (`pnpm run build`).
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs-core';
import { Rng, createMlp, disposeWorkerPool, setBackend, train, workerPoolSize } from '../dist/index.js';

const { values: args } = parseArgs({
  options: {
    backend: { type: 'string', default: 'wasm' },
    workers: { type: 'string', default: 'auto' },
    steps: { type: 'string', default: '30' },
    n: { type: 'string', default: '16384' },
    respawn: { type: 'boolean', default: false },
  },
});
const workers = args.workers === 'auto' ? 'auto' : Number(args.workers);
const n = Number(args.n);
const longSteps = Number(args.steps);
const sizes = [2, 256, 256, 256, 256, 3];

await setBackend(args.backend);
const rng = new Rng(1);
// As the perf suite's throughput workload: seeded normal inputs and targets, as tensors.
const data = { x: tf.tensor2d(rng.normalArray(n * 2), [n, 2]), y: tf.tensor2d(rng.normalArray(n * 3), [n, 3]) };
const mlp = createMlp({ sizes, init: 'fan-in-normal', seed: 0 });

/** One `train` call: ms per step over the call, and the times at which each step finished. */
async function call(steps, everyStep = false) {
  if (args.respawn) await disposeWorkerPool();
  const marks = [];
  const t0 = performance.now();
  await train(mlp, data, {
    steps,
    lr: 1e-4,
    batchSize: n,
    workers,
    progressEvery: everyStep ? 1 : steps,
    onProgress: () => {
      marks.push(performance.now());
    },
  });
  const ms = performance.now() - t0;
  return { msPerStep: ms / steps, totalMs: ms, marks };
}

const first = await call(6);
const poolAfterFirst = workerPoolSize();
const second = await call(6);
const poolAfterSecond = workerPoolSize();
const long = await call(longSteps, true);
// Steady state: the median step interval of the long call after its first 3 steps.
const gaps = long.marks.slice(3).map((t, i) => t - (long.marks[i + 2] ?? t)).sort((a, b) => a - b);
const steady = gaps[gaps.length >> 1] ?? long.msPerStep;
console.log(
  JSON.stringify({
    backend: args.backend,
    workers,
    respawn: args.respawn,
    n,
    sizes,
    firstMsPerStep: +first.msPerStep.toFixed(1),
    secondMsPerStep: +second.msPerStep.toFixed(1),
    longMsPerStep: +long.msPerStep.toFixed(1),
    longSteps,
    steadyMsPerStep: +steady.toFixed(1),
    secondOverSteady: +(second.msPerStep / steady).toFixed(3),
    poolThreads: [poolAfterFirst, poolAfterSecond],
  }),
);
mlp.dispose();
tf.dispose([data.x, data.y]);
await disposeWorkerPool();
