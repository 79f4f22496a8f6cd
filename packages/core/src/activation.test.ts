import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { BUILTIN_ACTIVATIONS, getActivation, registerActivation } from './activation.js';
import { MlpinitError } from './errors.js';
import { describeBackends } from './testing/describe-backends.js';

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
    it(`${name}: tensor form, tensor derivative and autodiff agree with the float64 scalars`, () => {
      const a = getActivation(name);
      let yv: Float32Array = new Float32Array();
      let gv: Float32Array = new Float32Array();
      let av: Float32Array = new Float32Array();
      tf.tidy(() => {
        const z = tf.tensor1d(grid);
        const y = a.apply(z);
        yv = y.dataSync() as Float32Array;
        gv = a.grad?.(z, y).dataSync() as Float32Array;
        av = tf.grad((t: tf.Tensor) => tf.sum(a.apply(t)))(z).dataSync() as Float32Array;
      });
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
    it(`${name}: grad2 matches central finite differences of the float64 derivative`, () => {
      const a = getActivation(name);
      expect(a.grad2).toBeTypeOf('function');
      const g2 = tf.tidy(() => {
        const z = tf.tensor1d(grid);
        return (a.grad2 as NonNullable<typeof a.grad2>)(z, a.apply(z)).dataSync() as Float32Array;
      });
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
