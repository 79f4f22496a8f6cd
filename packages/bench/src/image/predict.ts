import * as tf from '@tensorflow/tfjs-core';
import type { Mlp } from '@mlpinit/core';
import type { PixelTask } from './pixel-task.js';

const CHUNK = 16384;

/** The network's prediction of every pixel in pixel units (de-normalised), [N·3], computed in chunks and read asynchronously (every backend). */
export async function predictImage(mlp: Mlp, task: PixelTask): Promise<Float64Array> {
  const n = task.coords.length;
  const out = new Float64Array(n * 3);
  for (let start = 0; start < n; start += CHUNK) {
    const rows = task.coords.slice(start, start + CHUNK);
    const pred = tf.tidy(() => mlp.forward(tf.tensor2d(rows, [rows.length, 2], 'float32')));
    const vals = await pred.data();
    pred.dispose();
    for (let i = 0; i < rows.length; i++) {
      for (let ch = 0; ch < 3; ch++) {
        out[3 * (start + i) + ch] = (vals[3 * i + ch] as number) * task.colourStd[ch as 0 | 1 | 2] + task.colourMean[ch as 0 | 1 | 2];
      }
    }
  }
  return out;
}
