import * as tf from '@tensorflow/tfjs-core';
import { expect, it } from 'vitest';
import { inputDerivatives } from './input-derivatives.js';
import { type CreateMlpOptions, createMlp } from './mlp.js';
import { Rng } from './rng.js';
import { describeBackends } from './testing/describe-backends.js';
import { expectMlpinitError } from './testing/expect-mlpinit-error.js';
import { plainForward, relErr } from './test-utils/plain-mlp.js';
import type { MlpWeights } from './mlp.js';

/** ∂u/∂x_k and ∂²u/∂x_k² of the float64 plain-loop forward pass by central differences: [N][O][K] each. */
function finiteDifferenceJet(w: MlpWeights, xs: number[][], h1 = 1e-5, h2 = 1e-3): { value: number[][]; grad: number[][][]; hess: number[][][] } {
  const K = (xs[0] as number[]).length;
  const value = plainForward(w, xs);
  const O = (value[0] as number[]).length;
  const shift = (k: number, d: number) => plainForward(w, xs.map((r) => r.map((v, j) => (j === k ? v + d : v))));
  const grad = xs.map(() => Array.from({ length: O }, () => new Array<number>(K).fill(0)));
  const hess = xs.map(() => Array.from({ length: O }, () => new Array<number>(K).fill(0)));
  for (let k = 0; k < K; k++) {
    const [p1, m1, p2, m2] = [shift(k, h1), shift(k, -h1), shift(k, h2), shift(k, -h2)];
    xs.forEach((_, i) => {
      for (let o = 0; o < O; o++) {
        const at = (t: number[][]) => (t[i] as number[])[o] as number;
        ((grad[i] as number[][])[o] as number[])[k] = (at(p1) - at(m1)) / (2 * h1);
        ((hess[i] as number[][])[o] as number[])[k] = (at(p2) - 2 * at(value) + at(m2)) / (h2 * h2);
      }
    });
  }
  return { value, grad, hess };
}

/** Max |sin(x) − Math.sin(x)| of the active backend's sin over [−10, 10]: the floor for networks made of sines. */
async function deviceSinError(): Promise<number> {
  const xs = Array.from({ length: 2001 }, (_, i) => -10 + i / 100);
  const y = tf.tidy(() => tf.sin(tf.tensor1d(xs)));
  const v = await y.data();
  y.dispose();
  return xs.reduce((e, x, i) => Math.max(e, Math.abs((v[i] as number) - Math.sin(x))), 0);
}

const nets: [string, CreateMlpOptions][] = [
  ['tanh 2→32×4→2', { sizes: [2, 32, 32, 32, 32, 2], activation: 'tanh', seed: 1 }],
  ['sin 1→24×3→1', { sizes: [1, 24, 24, 24, 1], activation: 'sin', seed: 2 }],
  ['gelu 3→20×5→1', { sizes: [3, 20, 20, 20, 20, 20, 1], activation: 'gelu', seed: 3 }],
  ['siren ω₀ = 30, 2→16×3→1', { sizes: [2, 16, 16, 16, 1], init: 'siren', omega0: 30, seed: 4 }],
  ['Fourier features σ = 2, tanh 2→16×2→1', { sizes: [2, 16, 16, 1], encoding: { type: 'fourier', features: 8, sigma: 2 }, seed: 5 }],
];

describeBackends('inputDerivatives', ({ backend, tol }) => {
  for (const [label, opts] of nets) {
    it(`matches float64 finite differences to 1e-4 relative (${label})`, async () => {
      const mlp = createMlp(opts);
      const K = opts.sizes[0] as number;
      // SIREN at ω₀ = 30 varies on a 1/30 scale: points in a small box keep the differences resolved.
      const span = opts.init === 'siren' ? 0.2 : 1;
      const xs = Array.from({ length: 9 }, (_, i) => Array.from({ length: K }, (_, k) => span * Math.sin(1.7 * i + 2.3 * k + 0.4)));
      // High-frequency networks (SIREN, Fourier features) need a finer second difference: its truncation error grows as h²·u''''.
      const ref = finiteDifferenceJet(await mlp.readWeights(), xs, 1e-5, opts.init === 'siren' || opts.encoding ? 1e-4 : 1e-3);
      const d = inputDerivatives(mlp, xs, { order: 2 });
      const [value, grad, hess] = await Promise.all([d.value.array(), d.gradient.array(), d.hessianDiagonal?.array()]);
      expect(d.gradient.shape).toEqual([9, opts.sizes.at(-1), K]);
      // float32 against float64: 1e-4 relative (the target) on cpu, wasm and webgl.
      const errs = [relErr(value, ref.value), relErr(grad, ref.grad), relErr(hess, ref.hess)];
      console.log(`inputDerivatives vs float64 differences [${backend}] ${label}: value ${errs[0]?.toExponential(1)}, gradient ${errs[1]?.toExponential(1)}, hessian ${errs[2]?.toExponential(1)}`);
      // On the GPU backends the device's own sin bounds the sine networks (SwiftShader's is off by ~2e-4, measured here).
      const sine = opts.activation === 'sin' || opts.init === 'siren' || opts.encoding !== undefined;
      const bound = sine && (backend === 'webgl' || backend === 'webgpu') ? Math.max(1e-4, 5 * (await deviceSinError())) : 1e-4;
      expect(errs[0], 'value').toBeLessThan(bound);
      expect(errs[1], 'gradient').toBeLessThan(bound);
      expect(errs[2], 'hessian diagonal').toBeLessThan(bound);
      tf.dispose([d.value, d.gradient, d.hessianDiagonal as tf.Tensor]);
      mlp.dispose();
    });
  }


  it('order 1 gives the same gradient as order 2 and no Hessian', async () => {
    const mlp = createMlp({ sizes: [2, 8, 8, 3], seed: 9 });
    const xs = [[0.1, 0.2], [-0.5, 0.7]];
    const a = inputDerivatives(mlp, xs, { order: 1 });
    const b = inputDerivatives(mlp, xs);
    expect(a.hessianDiagonal).toBeUndefined();
    expect(relErr(await a.gradient.array(), await b.gradient.array())).toBeLessThan(1e-6);
    tf.dispose([a.value, a.gradient, b.value, b.gradient, b.hessianDiagonal as tf.Tensor]);
    mlp.dispose();
  });

  it('the gradient equals reverse-mode autodiff of the plain forward pass (tf.grad)', async () => {
    const mlp = createMlp({ sizes: [2, 12, 12, 2], activation: 'tanh', seed: 11 });
    const x = tf.tensor2d(new Rng(4).uniformArray(14, -1, 1), [7, 2]);
    const d = inputDerivatives(mlp, x, { order: 1 });
    const taylor = (await d.gradient.array()) as number[][][];
    for (let o = 0; o < 2; o++) {
      const g = tf.grad((xx: tf.Tensor) => tf.sum(tf.slice(mlp.forward(xx as tf.Tensor2D), [0, o], [7, 1])))(x);
      const ref = (await g.array()) as number[][];
      g.dispose();
      expect(relErr(taylor.map((row) => row[o]), ref)).toBeLessThan(20 * tol);
    }
    tf.dispose([x, d.value, d.gradient]);
    mlp.dispose();
  });

  it('rejects a bad order and points of the wrong width with typed errors, leaking nothing', () => {
    const mlp = createMlp({ sizes: [2, 4, 1], seed: 1 });
    expectMlpinitError(() => inputDerivatives(mlp, [[0, 0]], { order: 3 as never }), { code: 'INVALID_ARGUMENT', param: 'opts.order' });
    expectMlpinitError(() => inputDerivatives(mlp, [[0, 0, 0]]), { code: 'SHAPE_MISMATCH', param: 'x' });
    mlp.dispose();
  });
});
