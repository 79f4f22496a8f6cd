import * as tf from '@tensorflow/tfjs-core';
import { createMlp, setBackend, train } from '@mlpinit/core';
import { expect, it } from 'vitest';
import { GoResult } from './go-result.js';
import { AUTO_PATH_LR } from './auto-strength.js';
import { glorotScales, goInit } from './go-init.js';

it("lambda 'auto' picks the candidate with the lowest held-out error and reports every candidate", async () => {
  await setBackend('cpu');
  const before = tf.memory().numTensors;
  const n = 240;
  const x = Array.from({ length: n }, (_, i) => [Math.cos(0.9 * i), Math.sin(1.7 * i)]);
  const y = x.map(([a, b]) => [Math.sin(3 * (a as number)) * Math.cos(2 * (b as number))]);
  const res = await goInit({
    sizes: [2, 16, 16, 16, 1],
    x,
    lambda: 'auto',
    auto: { y, candidates: [10, 40], trialSteps: 40, trialBatchSize: 64 },
    seed: 3,
  });
  const report = res.settings.auto;
  expect(report?.candidates.map((c) => c.steps)).toEqual([10, 40]);
  const best = report?.candidates.reduce((a, b) => (b.heldOutMse < a.heldOutMse ? b : a));
  expect(res.stepsRun).toBe(best?.steps);
  expect(res.lossHistory).toHaveLength(res.stepsRun);
  expect(res.layerScales).toEqual(best?.layerScales);
  for (const c of report?.candidates ?? []) expect(Number.isFinite(c.heldOutMse)).toBe(true);
  // The reported held-out MSE of the chosen candidate is reproducible by hand:
  // same split, same trial fit (a second, independent run of the pipeline).
  const again = await goInit({ sizes: [2, 16, 16, 16, 1], x, lambda: 'auto', auto: { y, candidates: [10, 40], trialSteps: 40, trialBatchSize: 64 }, seed: 3 });
  expect(again.settings.auto?.candidates).toEqual(report?.candidates);
  expect(GoResult.fromJSON(JSON.stringify(res.toJSON())).settings.auto).toEqual(report);
  expect(tf.memory().numTensors).toBe(before);
  // Sanity: the chosen network trains.
  const mlp = createMlp({ sizes: [2, 16, 16, 16, 1], init: 'fan-in-normal', layerScales: [...res.layerScales], layerBiases: [...res.layerBiases] });
  const h = await train(mlp, { x, y }, { steps: 20 });
  expect(h[19]).toBeLessThan(h[0] as number);
  mlp.dispose();
});

it("lambda 'auto' offers 'no GO' (c = 1, b = 0) as candidate 0 and defaults to the fast path", async () => {
  await setBackend('cpu');
  const before = tf.memory().numTensors;
  const x = Array.from({ length: 200 }, (_, i) => [Math.cos(0.37 * i), Math.sin(1.13 * i)]);
  const y = x.map(([a]) => [0.5 * (a as number)]);
  const res = await goInit({ sizes: [2, 8, 8, 1], x, lambda: 'auto', auto: { y, candidates: [0, 5], trialSteps: 10, trialBatchSize: 64 }, seed: 1 });
  const report = res.settings.auto;
  expect(report?.candidates.map((c) => c.steps)).toEqual([0, 5]);
  expect(report?.candidates[0]?.layerScales).toEqual(glorotScales([2, 8, 8, 1]));
  expect(glorotScales([2, 8, 8, 1])).toEqual([Math.fround(Math.sqrt(4 / 10)), 1]);
  expect(res.settings.lr).toBe(AUTO_PATH_LR);
  expect(res.settings.batchSize).toBe(200);
  // With 0 the only candidate, the result is Glorot's law.
  const none = await goInit({ sizes: [2, 8, 8, 1], x, lambda: 'auto', auto: { y, candidates: [0], trialSteps: 5, trialBatchSize: 64 }, seed: 1 });
  expect(none.stepsRun).toBe(0);
  expect(none.lossHistory).toEqual([]);
  expect(none.layerScales).toEqual(glorotScales([2, 8, 8, 1]));
  expect(none.layerBiases).toEqual([0, 0]);
  expect(GoResult.fromJSON(JSON.stringify(none.toJSON())).stepsRun).toBe(0);
  expect(tf.memory().numTensors).toBe(before);
});

it("strength 'holdout' with y is lambda 'auto' under its new name, and reports every candidate in go.strength", async () => {
  await setBackend('cpu');
  const before = tf.memory().numTensors;
  const x = Array.from({ length: 200 }, (_, i) => [Math.cos(0.37 * i), Math.sin(1.13 * i)]);
  const y = x.map(([a, b]) => [Math.sin(4 * (a as number)) * (b as number)]);
  const opts = { sizes: [2, 8, 8, 1], x, candidates: [0, 5, 20], auto: { trialSteps: 10, trialBatchSize: 64 }, seed: 1 };
  const res = await goInit({ ...opts, strength: 'holdout', y });
  const old = await goInit({ ...opts, lambda: 'auto', auto: { ...opts.auto, y } });
  expect(res.layerScales).toEqual(old.layerScales);
  const s = res.strength;
  if (s.rule !== 'holdout') throw new Error(`expected the holdout rule, got ${s.rule}`);
  expect(s.candidates.map((c) => c.pathSteps)).toEqual([0, 5, 20]);
  expect(s.candidates.map((c) => c.heldOutMse)).toEqual(res.settings.auto?.candidates.map((c) => c.heldOutMse));
  const best = s.candidates.reduce((a, b) => (b.heldOutMse < a.heldOutMse ? b : a));
  expect(s.pathSteps).toBe(best.pathSteps);
  expect(res.stepsRun).toBe(best.pathSteps);
  expect(tf.memory().numTensors).toBe(before);
});
