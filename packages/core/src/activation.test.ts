import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { BUILTIN_ACTIVATIONS, getActivation, registerActivation } from './activation.js';
import { MlpinitError } from './errors.js';
import { describeBackends, readAll } from './testing/describe-backends.js';

const grid = Array.from({ length: 41 }, (_, i) => -4 + i * 0.2 + 0.013);

describe('activation scalars', () => {
  for (const name of BUILTIN_ACTIVATIONS) {
    it(`${name}: derivative matches central finite differences of the scalar`, () => {
      const a = getActivation(name);
      for (const x of grid) {
        const h = 1e-5;
        const fd = (a.scalar(x + h) - a.scalar(x - h)) / (2 * h);
        expect(a.derivative(x)).toBeCloseTo(fd, 6);
      }
    });
  }
  it('unknown names get a typed error listing the known ones', () => {
    expect(() => getActivation('swoosh')).toThrow(MlpinitError);
    expect(() => getActivation('swoosh')).toThrow(/known: tanh, relu/);
  });
  it('custom activations can be registered and validated', () => {
    registerActivation({ name: 'cube', apply: (x) => tf.pow(x, 3), scalar: (x) => x ** 3, derivative: (x) => 3 * x * x });
    expect(getActivation('cube').scalar(2)).toBe(8);
    expect(() => registerActivation({ name: 'bad' } as never)).toThrow(/activation.apply/);
  });
});

describeBackends('activation tensors', ({ tol }) => {
  for (const name of BUILTIN_ACTIVATIONS) {
    it(`${name}: tensor form, tensor derivative and autodiff agree with the float64 scalars`, async () => {
      const a = getActivation(name);
      const [yv, gv, av] = (await readAll(() => {
        const z = tf.tensor1d(grid);
        const y = a.apply(z);
        return [y, a.grad?.(z, y) as tf.Tensor, tf.grad((t: tf.Tensor) => tf.sum(a.apply(t)))(z)];
      })) as [Float32Array, Float32Array, Float32Array];
      grid.forEach((x, i) => {
        expect(Math.abs((yv[i] as number) - a.scalar(x))).toBeLessThan(10 * tol * Math.max(1, Math.abs(a.scalar(x))));
        expect(Math.abs((gv[i] as number) - a.derivative(x))).toBeLessThan(10 * tol);
        expect(Math.abs((av[i] as number) - a.derivative(x))).toBeLessThan(10 * tol);
      });
    });
  }
});

describeBackends('activation second derivatives', ({ tol }) => {
  for (const name of BUILTIN_ACTIVATIONS) {
    it(`${name}: grad2 matches central finite differences of the float64 derivative`, async () => {
      const a = getActivation(name);
      expect(a.grad2).toBeTypeOf('function');
      const [g2] = (await readAll(() => {
        const z = tf.tensor1d(grid);
        return [(a.grad2 as NonNullable<typeof a.grad2>)(z, a.apply(z))];
      })) as [Float32Array];
      const h = 1e-5;
      grid.forEach((x, i) => {
        // Kinks (relu, elu at 0) have no second derivative there.
        if (a.kinks?.some((k) => Math.abs(x - k) < 1e-3)) return;
        const fd = (a.derivative(x + h) - a.derivative(x - h)) / (2 * h);
        expect(Math.abs((g2[i] as number) - fd)).toBeLessThan(10 * tol * Math.max(1, Math.abs(fd)));
      });
    });
  }
});

describeBackends('activation third derivatives', ({ tol }) => {
  for (const name of [...BUILTIN_ACTIVATIONS, 'sin-w30']) {
    it(`${name}: grad3 matches second central differences of the float64 derivative`, async () => {
      const a = getActivation(name);
      expect(a.grad3).toBeTypeOf('function');
      // sin-w30 oscillates 30× faster: a finer grid step and a narrower range.
      const xs = name === 'sin-w30' ? grid.map((x) => x / 40) : grid;
      const [g3] = (await readAll(() => {
        const z = tf.tensor1d(xs);
        return [(a.grad3 as NonNullable<typeof a.grad3>)(z, a.apply(z))];
      })) as [Float32Array];
      const h = name === 'sin-w30' ? 1e-5 : 1e-3;
      xs.forEach((x, i) => {
        if (a.kinks?.some((k) => Math.abs(x - k) < 1e-2)) return;
        const fd = (a.derivative(x + h) - 2 * a.derivative(x) + a.derivative(x - h)) / (h * h);
        expect(Math.abs((g3[i] as number) - fd), `${name} at ${x}`).toBeLessThan(1e-4 * Math.max(1, Math.abs(fd)) + 10 * tol * Math.max(1, Math.abs(fd)));
      });
    });
  }
});
