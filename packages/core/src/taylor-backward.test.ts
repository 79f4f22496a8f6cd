import * as tf from '@tensorflow/tfjs-core';
import { expect, it } from 'vitest';
import { type CreateMlpOptions, type MlpWeights, createMlp } from './mlp.js';
import { PointDerivatives } from './point-derivatives.js';
import { Rng } from './rng.js';
import { taylorBackward } from './taylor-backward.js';
import { type DerivativeOrder, inputJet, taylorForward } from './taylor-forward.js';
import { describeBackends } from './testing/describe-backends.js';
import { finiteDifferenceGrads, plainForward, relErr } from './test-utils/plain-mlp.js';

/** A nonlinear loss that reads every part of the jet it has (value, first and second derivatives in each direction). */
function residualLoss(d: PointDerivatives): tf.Scalar {
  const O = d.outputs;
  let r: tf.Tensor = tf.mul(tf.sin(d.coord(0)), tf.square(d.u(O - 1)));
  if (d.order >= 1) for (let k = 0; k < d.inputs; k++) r = tf.add(r, tf.mul(d.du(k, 0), 0.7 + 0.3 * k));
  if (d.order === 2) r = tf.add(r, tf.mul(d.laplacian(0), d.u(0)));
  return tf.mean(tf.square(tf.sub(r, 0.25))) as tf.Scalar;
}

const cases: [string, CreateMlpOptions, DerivativeOrder][] = [
  ['tanh 2→10×3→1, order 2', { sizes: [2, 10, 10, 10, 1], activation: 'tanh', seed: 1 }, 2],
  ['tanh 2→9×2→3, order 1', { sizes: [2, 9, 9, 3], activation: 'tanh', seed: 2 }, 1],
  ['tanh 3→8×2→2, order 0', { sizes: [3, 8, 8, 2], activation: 'tanh', seed: 3 }, 0],
  ['sin 1→12×3→1, order 2', { sizes: [1, 12, 12, 12, 1], activation: 'sin', seed: 4 }, 2],
  ['gelu 2→8×4→2, order 2', { sizes: [2, 8, 8, 8, 8, 2], activation: 'gelu', seed: 5 }, 2],
  ['sigmoid 3→7×2→1, order 2', { sizes: [3, 7, 7, 1], activation: 'sigmoid', seed: 6 }, 2],
  ['silu 2→6×2→1, order 2', { sizes: [2, 6, 6, 1], activation: 'silu', seed: 7 }, 2],
  ['softplus 2→6×2→1, order 2', { sizes: [2, 6, 6, 1], activation: 'softplus', seed: 8 }, 2],
  ['siren ω₀ = 30 2→8×2→1, order 2', { sizes: [2, 8, 8, 1], init: 'siren', seed: 9 }, 2],
  ['Fourier σ = 1.5 + tanh 2→8×2→1, order 2', { sizes: [2, 8, 8, 1], encoding: { type: 'fourier', features: 6, sigma: 1.5 }, seed: 10 }, 2],
  ['one layer 2→1, order 2', { sizes: [2, 1], seed: 11 }, 2],
  ['sin 2→8×2→1, order 1', { sizes: [2, 8, 8, 1], activation: 'sin', seed: 12 }, 1],
  ['gelu 2→8×2→2, order 0', { sizes: [2, 8, 8, 2], activation: 'gelu', seed: 13 }, 0],
  ['erf 2→8×2→1, order 2', { sizes: [2, 8, 8, 1], activation: 'erf', seed: 14 }, 2],
  ['relu 2→8×2→1, order 2', { sizes: [2, 8, 8, 1], activation: 'relu', seed: 15 }, 2],
  ['elu 2→8×2→1, order 2', { sizes: [2, 8, 8, 1], activation: 'elu', seed: 16 }, 2],
  ['linear 2→8×2→1, order 2', { sizes: [2, 8, 8, 1], activation: 'linear', seed: 17 }, 2],
];

describeBackends('taylorBackward', ({ tol }) => {
  for (const [label, opts, order] of cases) {
    it(`matches autodiff through the same Taylor pass (${label})`, async () => {
      const mlp = createMlp(opts);
      const K = opts.sizes[0] as number;
      const n = 13;
      const span = opts.init === 'siren' ? 0.1 : 1;
      const x = tf.tensor2d(new Rng(3).uniformArray(n * K, -span, span), [n, K]);
      const explicit = tf.tidy(() => {
        const jet = inputJet(x, order, mlp.encoding);
        const pass = taylorForward(mlp.activation, mlp.weights, mlp.biases, jet, n, K, order, true);
        const { value, grad } = tf.valueAndGrad((out: tf.Tensor2D) => residualLoss(new PointDerivatives(x, out, order)))(pass.out);
        return [value, ...taylorBackward(pass, mlp.weights, grad as tf.Tensor2D)];
      });
      const auto = tf.variableGrads(() => {
        const jet = inputJet(x, order, mlp.encoding);
        const pass = taylorForward(mlp.activation, mlp.weights, mlp.biases, jet, n, K, order, false);
        return residualLoss(new PointDerivatives(x, pass.out, order));
      }, mlp.variables);
      expect((await explicit[0]?.data())?.[0]).toBeCloseTo((await auto.value.data())[0] as number, 4);
      for (const [i, v] of mlp.variables.entries()) {
        const a = auto.grads[v.name];
        const ref = a ? await a.array() : new Array(v.size).fill(0);
        expect(relErr(await explicit[i + 1]?.array(), ref), v.name).toBeLessThan(50 * tol);
      }
      tf.dispose([x, auto.value, ...Object.values(auto.grads), ...explicit]);
      mlp.dispose();
    });
  }

  it('matches float64 finite differences of a plain-loop Poisson residual loss on a tiny net', async () => {
    const mlp = createMlp({ sizes: [1, 5, 4, 1], seed: 13 });
    const xs = Array.from({ length: 6 }, (_, i) => [-0.9 + 0.33 * i]);
    // L(θ) = mean_i (u''(x_i) + π² sin(π x_i))², u'' by central differences of the float64 forward pass.
    const h = 1e-3;
    const plainLoss = (w: MlpWeights): number => {
      const at = (d: number) => plainForward(w, xs.map(([v]) => [(v as number) + d])).map((r) => r[0] as number);
      const [p, c, m] = [at(h), at(0), at(-h)];
      let s = 0;
      xs.forEach(([v], i) => {
        const uxx = ((p[i] as number) - 2 * (c[i] as number) + (m[i] as number)) / (h * h);
        s += (uxx + Math.PI ** 2 * Math.sin(Math.PI * (v as number))) ** 2;
      });
      return s / xs.length;
    };
    const w = await mlp.readWeights();
    const fd = finiteDifferenceGrads(w, plainLoss, 1e-5);
    const x = tf.tensor2d(xs);
    const out = tf.tidy(() => {
      const pass = taylorForward(mlp.activation, mlp.weights, mlp.biases, inputJet(x, 2), 6, 1, 2, true);
      const { value, grad } = tf.valueAndGrad((o: tf.Tensor2D) => {
        const d = new PointDerivatives(x, o, 2);
        return tf.mean(tf.square(tf.add(d.d2u(0), tf.mul(tf.sin(tf.mul(d.coord(0), Math.PI)), Math.PI ** 2)))) as tf.Scalar;
      })(pass.out);
      return [value, ...taylorBackward(pass, mlp.weights, grad as tf.Tensor2D)];
    });
    const exactLoss = plainLoss(w);
    expect(Math.abs(((await (out[0] as tf.Tensor).data())[0] as number) - exactLoss) / exactLoss).toBeLessThan(1e-3);
    // float32 against float64 differences: 1e-2 on cpu and wasm; GPU backends' float32 (and SwiftShader's sin in the forcing) need 5·tol.
    const bound = Math.max(1e-2, 5 * tol);
    for (let l = 0; l < 3; l++) {
      expect(relErr(await out[1 + 2 * l]?.array(), fd.dW[l]), `dW${l}`).toBeLessThan(bound);
      // The output bias does not enter u'': its gradient is zero (the differences give only their noise).
      if (l < 2) expect(relErr(await out[2 + 2 * l]?.array(), fd.db[l]), `db${l}`).toBeLessThan(bound);
      else expect(Math.abs(((await (out[2 + 2 * l] as tf.Tensor).array()) as number[])[0] as number)).toBeLessThan(1e-6);
    }
    tf.dispose([x, ...out]);
    mlp.dispose();
  });
});
