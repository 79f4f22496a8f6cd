import * as tf from '@tensorflow/tfjs-core';
import { expect, it } from 'vitest';
import { contiguousSlice } from './fast-slice.js';
import { Rng } from './rng.js';
import { describeBackends, readAll } from './testing/describe-backends.js';

describeBackends('contiguousSlice', () => {
  const data = new Rng(7).normalArray(60);
  for (const [offset, shape] of [
    [0, [60]],
    [13, [5]],
    [59, [1]],
    [12, [4, 3]],
    [20, [2, 2, 5]],
    [0, [0]],
  ] as const) {
    it(`matches a plain-loop copy at offset ${offset}, shape [${shape}]`, async () => {
      const before = tf.memory().numTensors;
      const x = tf.tensor2d(data, [6, 10]);
      const s = contiguousSlice(x, offset, [...shape]);
      expect(s.shape).toEqual(shape);
      const got = (await s.data());
      tf.dispose([x, s]);
      expect(tf.memory().numTensors).toBe(before);
      const size = (shape as readonly number[]).reduce((a, b) => a * b, 1);
      expect(got.length).toBe(size);
      for (let i = 0; i < size; i++) expect(got[i]).toBe(data[offset + i]);
    });
  }
  it('has a zero-padded copy of dy as its gradient', async () => {
    const w = new Rng(9).normalArray(4);
    const g = Array.from(
      (
        await readAll(() => {
          const x = tf.tensor1d(data.slice(0, 10));
          return [tf.grad((t: tf.Tensor) => tf.sum(tf.mul(contiguousSlice(t, 3, [2, 2]), tf.tensor2d(w, [2, 2]))))(x)];
        })
      )[0] as Float32Array,
    );
    expect(g).toEqual([0, 0, 0, ...w.map((v) => Math.fround(v)), 0, 0, 0]);
  });
  it('rejects a range outside the tensor', async () => {
    const x = tf.zeros([4]);
    try {
      expect(() => contiguousSlice(x, 2, [3])).toThrow(/offset: expected a range inside the tensor's 4 elements/);
    } finally {
      x.dispose();
    }
  });
});
