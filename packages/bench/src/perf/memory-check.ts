import * as tf from '@tensorflow/tfjs-core';
import { Rng, createMlp, train } from '@mlpinit/core';
import type { PerfSummary } from './perf-run.js';

/** Tensor count and bytes before and after `steps` training steps (must not grow). */
export async function memoryOver(steps: number, tick: () => void): Promise<PerfSummary['memory']> {
  const rng = new Rng(3);
  const x = tf.tensor2d(rng.normalArray(512), [512, 1]);
  const y = tf.tensor2d(rng.normalArray(512), [512, 1]);
  const mlp = createMlp({ sizes: [1, 100, 100, 100, 100, 100, 1], seed: 0 });
  await train(mlp, { x, y }, { steps: 5, workers: 1 });
  const before = tf.memory();
  await train(mlp, { x, y }, { steps, workers: 1 });
  const after = tf.memory();
  mlp.dispose();
  tf.dispose([x, y]);
  tick();
  return { steps, tensorsBefore: before.numTensors, tensorsAfter: after.numTensors, bytesBefore: before.numBytes, bytesAfter: after.numBytes };
}
