import * as tf from '@tensorflow/tfjs-core';
import { expect, it } from 'vitest';
import { getActivation, scaledSine } from './activation.js';
import { createMlp, mlpFromWeights } from './mlp.js';
import { Rng } from './rng.js';
import { describeBackends } from './testing/describe-backends.js';
import { finiteDifferenceGrads, plainForward, plainMse, relErr } from './test-utils/plain-mlp.js';

const moments = (v: ArrayLike<number>): { mean: number; variance: number; kurtosis: number } => {
  const a = Array.from(v);
  const mean = a.reduce((s, x) => s + x, 0) / a.length;
  const variance = a.reduce((s, x) => s + (x - mean) ** 2, 0) / a.length;
  const m4 = a.reduce((s, x) => s + (x - mean) ** 4, 0) / a.length;
  return { mean, variance, kurtosis: m4 / variance ** 2 };
};

describeBackends('SIREN (Sitzmann et al. 2020)', ({ tol }) => {
  // Absolute error bound of a float32 tensor value near 1 on this backend (webgl's sin is coarser).
  const near = (got: number, want: number, scale = 1) => expect(Math.abs(got - want)).toBeLessThan(50 * tol * scale);
  it("init 'siren' draws the paper's laws: U(±1/d) first, U(±√(6/d)/ω₀) after, biases U(±1/√d)", async () => {
    const omega0 = 30;
    const mlp = createMlp({ sizes: [2, 512, 512, 1], init: 'siren', omega0, seed: 4 });
    expect(mlp.activation.name).toBe('sin-w30');
    const w = (await mlp.readWeights());
    // A uniform U(±a) has variance a²/3 and kurtosis 9/5.
    const check = (values: number[], a: number) => {
      const m = moments(values);
      expect(values.reduce((m, v) => Math.max(m, Math.abs(v)), 0)).toBeLessThanOrEqual(a * (1 + 1e-6));
      // The sample variance of n uniform draws has relative standard error √(0.8/n).
      const se = Math.sqrt(0.8 / values.length);
      expect(Math.abs(m.variance / ((a * a) / 3) - 1)).toBeLessThan(4 * se);
      // Kurtosis' standard error over n uniform draws is ≈ √(0.95/n) (≤ 0.05 here).
      expect(Math.abs(m.kurtosis - 1.8)).toBeLessThan(0.25);
    };
    check((w.weights[0] as number[][]).flat(), 1 / 2);
    check((w.weights[1] as number[][]).flat(), Math.sqrt(6 / 512) / omega0);
    check((w.weights[2] as number[][]).flat(), Math.sqrt(6 / 512) / omega0);
    check(w.biases[1] as number[], 1 / Math.sqrt(512));
    check(w.biases[0] as number[], 1 / Math.sqrt(2));
    mlp.dispose();
  });

  it("activation statistics (the paper's Sec. 3.2 / Lemma 1.7): ω₀·Wh is ≈ N(0, 1) after the first layer, sin outputs have E[y²] ≈ 1/2", async () => {
    const rng = new Rng(2);
    const x = Array.from({ length: 1024 }, () => [rng.uniformRange(-1, 1), rng.uniformRange(-1, 1)]);
    const mlp = createMlp({ sizes: [2, 256, 256, 256, 256, 1], init: 'siren', seed: 7 });
    const outs = mlp.layerOutputs(x);
    for (let l = 1; l < 4; l++) {
      const pre = tf.tidy(() => tf.mul(tf.matMul(outs[l - 1] as tf.Tensor2D, mlp.weights[l] as tf.Tensor2D), 30));
      const m = moments((await pre.data()));
      // Units share their weights over the points, so the mean's error is that of 256 units: ≈ 0.06.
      expect(Math.abs(m.mean)).toBeLessThan(0.2);
      expect(Math.sqrt(m.variance)).toBeGreaterThan(0.9);
      expect(Math.sqrt(m.variance)).toBeLessThan(1.1);
      expect(Math.abs(m.kurtosis - 3)).toBeLessThan(0.3);
      const y2 = moments((await (outs[l] as tf.Tensor2D).data()));
      expect(y2.variance + y2.mean ** 2).toBeGreaterThan(0.45);
      expect(y2.variance + y2.mean ** 2).toBeLessThan(0.55);
      pre.dispose();
    }
    tf.dispose(outs);
    mlp.dispose();
  });

  it('sin-w<ω₀> names round-trip for every number JavaScript prints (1e+21, 1e-7, 12.5)', async () => {
    for (const w of [1e21, 1e-7, 12.5, 30]) expect(getActivation(scaledSine(w).name)).toBe(scaledSine(w));
  });

  it('sin-w<ω₀>: f, f′, f″ as tensors agree with the scalar forms and finite differences', async () => {
    const act = getActivation('sin-w12.5');
    expect(act).toBe(scaledSine(12.5));
    const zs = [-0.3, -0.01, 0, 0.07, 0.2];
    const z = tf.tensor1d(zs);
    const y = act.apply(z);
    const g = act.grad?.(z, y) as tf.Tensor;
    const g2 = act.grad2?.(z, y) as tf.Tensor;
    const h = 1e-5;
    const [yv, gv, g2v] = [await y.data(), await g.data(), await g2.data()];
    zs.forEach((v, i) => {
      near(yv[i] as number, Math.sin(12.5 * v));
      expect((act.scalar(v + h) - act.scalar(v - h)) / (2 * h)).toBeCloseTo(act.derivative(v), 4);
      near(gv[i] as number, act.derivative(v), 12.5);
      expect(g2v[i] as number).toBeCloseTo((act.derivative(v + h) - act.derivative(v - h)) / (2 * h), 1);
    });
    tf.dispose([z, y, g, g2]);
    expect(() => scaledSine(0)).toThrow(expect.objectContaining({ param: 'omega0' }));
  });

  it('SIREN gradients (explicit and autodiff) match finite differences; the activation survives serialisation', async () => {
    const xs = Array.from({ length: 6 }, (_, i) => [Math.sin(i) * 0.8, Math.cos(2 * i) * 0.8]);
    const ys = xs.map(([a, b]) => [(a as number) * (b as number)]);
    const mlp = createMlp({ sizes: [2, 6, 6, 1], init: 'siren', omega0: 5, seed: 1 });
    const w = (await mlp.readWeights());
    expect(w.activation).toBe('sin-w5');
    const fd = finiteDifferenceGrads(w, (p) => plainMse(p, xs, ys));
    const x = tf.tensor2d(xs);
    const y = tf.tensor2d(ys);
    const auto = tf.tidy(() => tf.variableGrads(() => tf.mean(tf.square(tf.sub(mlp.forward(x), y))) as tf.Scalar, mlp.variables));
    for (const [l, v] of mlp.weights.entries()) {
      expect(relErr((await auto.grads[v.name]?.array()), fd.dW[l])).toBeLessThan(300 * tol);
    }
    const copy = mlpFromWeights(w);
    const [a, b] = [mlp.forward(xs), copy.forward(xs)];
    expect(relErr((await a.array()), plainForward(w, xs))).toBeLessThan(50 * tol);
    expect(relErr((await b.array()), (await a.array()))).toBe(0);
    tf.dispose([x, y, a, b, auto.value, ...Object.values(auto.grads)]);
    mlp.dispose();
    copy.dispose();
  });

  it('omega0 belongs to siren; a non-sine activation with siren is refused', async () => {
    expect(() => createMlp({ sizes: [2, 4, 1], init: 'siren', activation: 'tanh' })).toThrow(expect.objectContaining({ param: 'activation' }));
    expect(() => createMlp({ sizes: [2, 4, 1], omega0: 30 })).toThrow(expect.objectContaining({ param: 'omega0' }));
    expect(() => createMlp({ sizes: [2, 4, 1], init: 'siren', omega0: -1 })).toThrow(expect.objectContaining({ param: 'omega0' }));
  });
});
