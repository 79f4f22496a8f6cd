import * as tf from '@tensorflow/tfjs-core';
import { expect, it } from 'vitest';
import { fastCos, fastSin } from './fast-trig.js';
import { Rng } from './rng.js';
import { describeBackends, readAll } from './testing/describe-backends.js';

describeBackends('fastSin / fastCos', ({ tol }) => {
  const data = Array.from(new Rng(5).uniformArray(257, -60, 60));
  for (const [name, f, ref] of [
    ['sin', fastSin, Math.sin],
    ['cos', fastCos, Math.cos],
  ] as const) {
    it(`${name} matches Math.${name} in float64 and leaks nothing`, async () => {
      const before = tf.memory().numTensors;
      const [got] = (await readAll(() => [f(tf.tensor2d(data, [1, 257]))])) as [Float32Array];
      expect(tf.memory().numTensors).toBe(before);
      data.forEach((x, i) => {
        expect(Math.abs((got[i] as number) - ref(Math.fround(x)))).toBeLessThan(10 * tol);
      });
    });
  }
  it('differentiate to cos and −sin', async () => {
    const x = tf.tensor1d(data.slice(0, 20));
    const [gs, gc] = await readAll(() => [tf.grad((t: tf.Tensor) => tf.sum(fastSin(t)))(x), tf.grad((t: tf.Tensor) => tf.sum(fastCos(t)))(x)]);
    x.dispose();
    data.slice(0, 20).forEach((v, i) => {
      expect(Math.abs((gs?.[i] as number) - Math.cos(Math.fround(v)))).toBeLessThan(10 * tol);
      expect(Math.abs((gc?.[i] as number) + Math.sin(Math.fround(v)))).toBeLessThan(10 * tol);
    });
  });
});

describeBackends('fastSin / fastCos with scale and amplitude', ({ tol }) => {
  const data = Array.from(new Rng(6).uniformArray(64, -2, 2));
  it('a·sin(s·x), a·cos(s·x) and their gradients a·s·cos(s·x), −a·s·sin(s·x) match float64 (s = 30, a = −2.5)', async () => {
    const [s, a] = [30, -2.5];
    const before = tf.memory().numTensors;
    const x = tf.tensor1d(data);
    const [ys, yc, gs, gc] = await readAll(() => [
      fastSin(x, s, a),
      fastCos(x, s, a),
      tf.grad((t: tf.Tensor) => tf.sum(fastSin(t, s, a)))(x),
      tf.grad((t: tf.Tensor) => tf.sum(fastCos(t, s, a)))(x),
    ]);
    x.dispose();
    expect(tf.memory().numTensors).toBe(before);
    data.forEach((v, i) => {
      const u = s * Math.fround(v);
      // float32 rounding of s·x on the non-wasm backends: |Δ(sx)| ≤ 60·2⁻²⁴, times |a·s| in the gradient.
      expect(Math.abs((ys?.[i] as number) - a * Math.sin(u))).toBeLessThan(100 * tol);
      expect(Math.abs((yc?.[i] as number) - a * Math.cos(u))).toBeLessThan(100 * tol);
      expect(Math.abs((gs?.[i] as number) - a * s * Math.cos(u))).toBeLessThan(3000 * tol);
      expect(Math.abs((gc?.[i] as number) + a * s * Math.sin(u))).toBeLessThan(3000 * tol);
    });
  });
});
