import * as tf from '@tensorflow/tfjs-core';
import { createMlp } from '@mlpinit/core';
import { describeBackends } from '@mlpinit/core/testing';
import { Matrix, solve } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { empiricalNtk } from './empirical-ntk.js';
import { type InfiniteNtkConfig, infiniteNtk } from './infinite-ntk.js';
import { type KernelFunction, predictGd } from './predict-gd.js';

const xTrain = [-0.9, -0.5, -0.1, 0.3, 0.6, 0.95];
const xTest = [-0.7, 0.0, 0.8];
const yTrain = [
  [0.2, -1],
  [0.9, 0.4],
  [-0.3, 0.1],
  [0.5, 0.5],
  [-0.8, 0.2],
  [0.1, -0.6],
];
const cfg: InfiniteNtkConfig = { activation: 'tanh', depth: 3, c: [1.5, 2, 2], biasStd: 0.1 };
const kernel: KernelFunction = (a, b) => infiniteNtk(cfg, a, b);

/** RK4 on the gradient flow ḟ = −(η/(N·k))·K(·, X)(f(X) − Y), with flat float64 arrays and plain loops. */
function gradientFlow(t: number, lr: number, steps = 4000): { train: Float64Array; test: Float64Array } {
  const n = xTrain.length;
  const m = xTest.length;
  const k = 2;
  const kk = infiniteNtk(cfg, xTrain).values;
  const ks = infiniteNtk(cfg, xTest, xTrain).values;
  const y = Float64Array.from(yTrain.flat());
  const rate = lr / (n * k);
  // State: f(X) (n·k) then f(x*) (m·k); only f(X) drives the flow.
  const deriv = (state: Float64Array): Float64Array => {
    const d = new Float64Array((n + m) * k);
    for (let c = 0; c < k; c++) {
      for (let i = 0; i < n + m; i++) {
        let acc = 0;
        for (let j = 0; j < n; j++) {
          const kij = i < n ? (kk[i * n + j] as number) : (ks[(i - n) * n + j] as number);
          acc += kij * ((state[j * k + c] as number) - (y[j * k + c] as number));
        }
        d[i * k + c] = -rate * acc;
      }
    }
    return d;
  };
  const axpy = (a: Float64Array, b: Float64Array, s: number): Float64Array => a.map((v, i) => v + s * (b[i] as number));
  let state = new Float64Array((n + m) * k);
  const h = t / steps;
  for (let step = 0; step < steps; step++) {
    const k1 = deriv(state);
    const k2 = deriv(axpy(state, k1, h / 2));
    const k3 = deriv(axpy(state, k2, h / 2));
    const k4 = deriv(axpy(state, k3, h));
    state = state.map((v, i) => v + (h / 6) * ((k1[i] as number) + 2 * (k2[i] as number) + 2 * (k3[i] as number) + (k4[i] as number)));
  }
  return { train: state.subarray(0, n * k), test: state.subarray(n * k) };
}

describe('predictGd', () => {
  it('at finite t matches a Runge–Kutta integration of the gradient flow', async () => {
    const preds = await predictGd(kernel, xTrain, yTrain, xTest, { t: [3, 40], lr: 2 });
    expect(preds.map((p) => [p.t, p.test.length, p.train.length])).toEqual([
      [3, 3, 6],
      [40, 3, 6],
    ]);
    const [p1, p2] = preds;
    for (const [p, t] of [
      [p1, 3],
      [p2, 40],
    ] as const) {
      const ref = gradientFlow(t, 2);
      p?.test.flat().forEach((v, i) => {
      expect(v).toBeCloseTo(ref.test[i] as number, 8);
    });
      p?.train.flat().forEach((v, i) => {
      expect(v).toBeCloseTo(ref.train[i] as number, 8);
    });
    }
  });

  it('at t = ∞ is kernel regression: K(x*, X)·K⁻¹·Y by an LU solve, interpolating the targets', async () => {
    const all = await predictGd(kernel, xTrain, yTrain, xTest);
    expect(all).toHaveLength(1);
    const [p] = all;
    expect(p?.test.flat()).toHaveLength(6);
    const k = infiniteNtk(cfg, xTrain);
    const ks = infiniteNtk(cfg, xTest, xTrain);
    const alpha = solve(new Matrix(Array.from({ length: 6 }, (_, i) => Array.from(k.values.subarray(i * 6, i * 6 + 6)))), new Matrix(yTrain));
    const ref = new Matrix(Array.from({ length: 3 }, (_, i) => Array.from(ks.values.subarray(i * 6, i * 6 + 6)))).mmul(alpha).to2DArray();
    expect(p?.t).toBe(Number.POSITIVE_INFINITY);
    p?.test.flat().forEach((v, i) => {
      expect(v).toBeCloseTo(ref.flat()[i] as number, 7);
    });
    p?.train.flat().forEach((v, i) => {
      expect(v).toBeCloseTo(yTrain.flat()[i] as number, 7);
    });
  });

  it('t = 0 predicts the zero mean; 1-D targets; a ridge shrinks the fit', async () => {
    const y = yTrain.map((r) => r[0] as number);
    const [p0, pInf] = await predictGd(kernel, xTrain, y, xTest, { t: [0, Number.POSITIVE_INFINITY] });
    expect(p0?.test.flat().every((v) => v === 0)).toBe(true);
    expect(pInf?.train.map((r) => r.length)).toEqual([1, 1, 1, 1, 1, 1]);
    const [ridged] = await predictGd(kernel, xTrain, y, xTest, { ridge: 0.5 });
    const norm = (a: number[][]) => Math.hypot(...a.flat());
    expect(norm(ridged?.train ?? [])).toBeLessThan(norm(pInf?.train ?? []));
  });

  it('rejects bad input with typed errors naming the parameter', async () => {
    await expect(predictGd(kernel, xTrain, [1, 2], xTest)).rejects.toMatchObject({ param: 'yTrain' });
    await expect(predictGd(kernel, xTrain, yTrain, xTest, { t: -1 })).rejects.toMatchObject({ param: 'opts.t' });
    await expect(predictGd(kernel, xTrain, yTrain, xTest, { lr: 0 })).rejects.toMatchObject({ param: 'opts.lr' });
    await expect(predictGd(kernel, xTrain, yTrain, [[0, 1]])).rejects.toMatchObject({ param: 'xTest' });
    await expect(predictGd(() => infiniteNtk(cfg, [0, 1]), xTrain, yTrain, xTest)).rejects.toMatchObject({ param: 'kernel' });
    const ac = new AbortController();
    ac.abort();
    await expect(predictGd(kernel, xTrain, yTrain, xTest, { signal: ac.signal })).rejects.toMatchObject({ code: 'ABORTED' });
    // An indefinite kernel (−K) is not a gradient flow.
    const negative: KernelFunction = (a, b) => {
      const k = infiniteNtk(cfg, a, b);
      return { ...k, values: k.values.map((v) => -v) };
    };
    await expect(predictGd(negative, xTrain, yTrain, xTest)).rejects.toMatchObject({ param: 'kernel' });
  });
});

describeBackends('predictGd with an empirical NTK (the linearized network)', () => {
  it('takes an async kernel function and interpolates at t = ∞', async () => {
    const mlp = createMlp({ sizes: [1, 32, 32, 1], activation: 'tanh', seed: 3 });
    const before = tf.memory().numTensors;
    const [p] = await predictGd((a, b) => empiricalNtk(mlp, a, b), xTrain, yTrain.map((r) => r[0] as number), xTest);
    expect(tf.memory().numTensors).toBe(before);
    mlp.dispose();
    p?.train.forEach((r, i) => {
      expect(r[0]).toBeCloseTo((yTrain[i] as number[])[0] as number, 3);
    });
  });
});
