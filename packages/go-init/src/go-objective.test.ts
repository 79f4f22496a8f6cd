import * as tf from '@tensorflow/tfjs-core';
import { Rng, getActivation } from '@mlpinit/core';
import { describeBackends, readAll, readScalar } from '@mlpinit/core/testing';
import { expect, it } from 'vitest';
import { disposeBase, drawBase } from './base-draw.js';
import { goObjective } from './go-objective.js';
import { plainObjective, randomRows } from './test-utils/plain-go.js';

describeBackends('goObjective', () => {
  const sizes = [2, 12, 10, 8, 1];
  const lambda = 1e-2;
  const c = [1.3, 0.8, 1.6];
  const b = [0.2, -0.3, 0.1];

  function setup() {
    const rng = new Rng(11);
    const x = randomRows(48, 2, () => rng.normal());
    // The same W̃ as float32 arrays (for the plain version) and as tensors.
    const baseRng = new Rng(5);
    const arrays = sizes.slice(0, -2).map((dIn, l) => baseRng.normalArray(dIn * (sizes[l + 1] as number), 1 / Math.sqrt(dIn)));
    const base = drawBase(sizes, new Rng(5));
    return { x, arrays, base };
  }

  it('matches a plain float64 forward pass', async () => {
    const { x, arrays, base } = setup();
    const tanh = getActivation('tanh');
    const got = await readScalar(() => goObjective(tf.tensor2d(x), tf.tensor1d(c), tf.tensor1d(b), base, tanh, lambda));
    disposeBase(base);
    const want = plainObjective(x, arrays, sizes, c, b, lambda);
    expect(Math.abs(got - want)).toBeLessThan(1e-4 * Math.max(1, want));
  });

  it('has gradients in c and b that match central finite differences (fixed base)', async () => {
    const { x, arrays, base } = setup();
    const tanh = getActivation('tanh');
    const [gc, gb] = (
      await readAll(() => {
        const xt = tf.tensor2d(x);
        const ct = tf.tensor1d(c);
        const bt = tf.tensor1d(b);
        return tf.grads((cc: tf.Tensor, bb: tf.Tensor) => goObjective(xt, cc as tf.Tensor1D, bb as tf.Tensor1D, base, tanh, lambda))([ct, bt]);
      })
    ).map((v: Float32Array) => Array.from(v)) as [number[], number[]];
    disposeBase(base);
    const h = 1e-5;
    const fd = (which: 'c' | 'b', i: number): number => {
      const plus = { c: [...c], b: [...b] };
      const minus = { c: [...c], b: [...b] };
      plus[which][i] = (plus[which][i] as number) + h;
      minus[which][i] = (minus[which][i] as number) - h;
      return (
        (plainObjective(x, arrays, sizes, plus.c, plus.b, lambda) - plainObjective(x, arrays, sizes, minus.c, minus.b, lambda)) /
        (2 * h)
      );
    };
    const scale = Math.max(...gc.map(Math.abs), ...gb.map(Math.abs));
    expect(scale).toBeGreaterThan(1e-3);
    for (let i = 0; i < c.length; i++) {
      expect(Math.abs((gc[i] as number) - fd('c', i))).toBeLessThan(2e-3 * scale);
      expect(Math.abs((gb[i] as number) - fd('b', i))).toBeLessThan(2e-3 * scale);
    }
  });
});
