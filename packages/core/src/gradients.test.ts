import * as tf from '@tensorflow/tfjs-core';
import { expect, it } from 'vitest';
import { mseGradients } from './backprop.js';
import { gradientPenalty, inputJacobian } from './input-gradient.js';
import { createMlp } from './mlp.js';
import { describeBackends } from './testing/describe-backends.js';
import { finiteDifferenceGrads, plainForward, plainGradientPenalty, plainInputDerivative, plainMse, relErr } from './test-utils/plain-mlp.js';

const xs = Array.from({ length: 9 }, (_, i) => [Math.sin(1.3 * i), Math.cos(0.7 * i)]);
const ys = xs.map(([a, b]) => [Math.sin(3 * (a as number)) * (b as number), (a as number) - (b as number)]);

describeBackends('gradients', ({ tol }) => {
  for (const activation of ['tanh', 'sin', 'gelu', 'relu']) {
    it(`custom dense gradient and explicit backprop (${activation}) match finite differences`, async () => {
      const mlp = createMlp({ sizes: [2, 6, 5, 2], activation, seed: 21 });
      const w = (await mlp.readWeights());
      const fd = finiteDifferenceGrads(w, (p) => plainMse(p, xs, ys));
      const x = tf.tensor2d(xs);
      const y = tf.tensor2d(ys);
      const auto = tf.tidy(() => tf.variableGrads(() => tf.mean(tf.square(tf.sub(mlp.forward(x), y))) as tf.Scalar, mlp.variables));
      const explicit = mseGradients(mlp, x, y);
      const autoGrads = mlp.variables.map((v) => auto.grads[v.name] as tf.Tensor);
      for (let l = 0; l < mlp.weights.length; l++) {
        const bound = 200 * tol;
        expect(relErr((await autoGrads[2 * l]?.array()), fd.dW[l]), `autodiff dW${l}`).toBeLessThan(bound);
        expect(relErr((await autoGrads[2 * l + 1]?.array()), fd.db[l]), `autodiff db${l}`).toBeLessThan(bound);
        expect(relErr((await explicit.grads[2 * l]?.array()), fd.dW[l]), `explicit dW${l}`).toBeLessThan(bound);
        expect(relErr((await explicit.grads[2 * l + 1]?.array()), fd.db[l]), `explicit db${l}`).toBeLessThan(bound);
      }
      expect((await explicit.loss.data())[0]).toBeCloseTo(plainMse(w, xs, ys), 4);
      tf.dispose([x, y, auto.value, ...autoGrads, explicit.loss, ...explicit.grads]);
      mlp.dispose();
    });
  }

  it('inputJacobian matches finite differences in the input', async () => {
    const mlp = createMlp({ sizes: [2, 8, 8, 3], seed: 2 });
    const w = (await mlp.readWeights());
    const x = tf.tensor2d(xs);
    const { output, jacobian } = inputJacobian(mlp, x);
    for (let k = 0; k < 2; k++) expect(relErr((await jacobian[k]?.array()), plainInputDerivative(w, xs, k))).toBeLessThan(50 * tol);
    expect(relErr((await output.array()), plainForward(w, xs))).toBeLessThan(20 * tol);
    tf.dispose([x, output, ...jacobian]);
    mlp.dispose();
  });

  it('gradientPenalty is differentiable in the weights (autodiff vs finite differences)', async () => {
    const mlp = createMlp({ sizes: [2, 5, 1], seed: 8 });
    const x = tf.tensor2d(xs);
    const { grads, value } = tf.variableGrads(() => gradientPenalty(mlp, x), mlp.variables);
    const w = (await mlp.readWeights());
    const penalty = (p: typeof w): number => plainGradientPenalty(p, xs);
    const fd = finiteDifferenceGrads(w, penalty, 1e-4);
    expect(relErr((await grads[mlp.weights[0]?.name as string]?.array()), fd.dW[0])).toBeLessThan(1e-2);
    expect(relErr((await grads[mlp.weights[1]?.name as string]?.array()), fd.dW[1])).toBeLessThan(1e-2);
    tf.dispose([x, value, ...Object.values(grads)]);
    mlp.dispose();
  });
});
