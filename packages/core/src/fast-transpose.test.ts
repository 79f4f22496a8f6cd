import * as tf from '@tensorflow/tfjs-core';
import { expect, it } from 'vitest';
import { transpose2d } from './fast-transpose.js';
import { Rng } from './rng.js';
import { describeBackends, readAll } from './testing/describe-backends.js';

describeBackends('transpose2d', () => {
  for (const [r, c] of [
    [1, 1],
    [3, 17],
    [33, 16],
    [100, 7],
    [64, 130],
  ] as const) {
    it(`matches a plain-loop transpose for ${r}×${c}`, async () => {
      const data = new Rng(r * 1000 + c).normalArray(r * c);
      const [got] = (await readAll(() => [transpose2d(tf.tensor2d(data, [r, c]))])) as [Float32Array];
      expect(got.length).toBe(r * c);
      for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) expect(got[j * r + i]).toBe(data[i * c + j]);
    });
  }
  it('has the transpose as its gradient', async () => {
    const w = new Rng(3).normalArray(12);
    const [flat] = (await readAll(() => {
      const x = tf.tensor2d(w, [3, 4]);
      const weights = tf.tensor2d(new Rng(4).normalArray(12), [4, 3]);
      return [tf.grad((t: tf.Tensor) => tf.sum(tf.mul(transpose2d(t as tf.Tensor2D), weights)))(x)];
    })) as [Float32Array];
    const g = [0, 1, 2].map((i) => Array.from(flat.subarray(i * 4, i * 4 + 4)));
    const weights = new Rng(4).normalArray(12);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 4; j++) expect(g[i]?.[j]).toBeCloseTo(weights[j * 3 + i] as number, 6);
  });
});
