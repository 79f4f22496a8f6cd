import * as tf from '@tensorflow/tfjs-core';
import { expect, it } from 'vitest';
import { mseGradients } from './backprop.js';
import { encodingFromSpec } from './encoding.js';
import { MlpinitError } from './errors.js';
import { gradientPenalty, inputJacobian } from './input-gradient.js';
import { type CreateMlpOptions, createMlp, mlpFromWeights } from './mlp.js';
import { Rng } from './rng.js';
import { setBackend } from './backend.js';
import { train } from './train.js';
import { describeBackends } from './testing/describe-backends.js';
import { finiteDifferenceGrads, plainEncode, plainForward, plainGradientPenalty, plainInputDerivative, plainMse, relErr } from './test-utils/plain-mlp.js';

const xs = Array.from({ length: 9 }, (_, i) => [0.5 + 0.4 * Math.sin(1.3 * i), 0.5 + 0.4 * Math.cos(0.7 * i)]);
const ys = xs.map(([a, b]) => [Math.sin(6 * (a as number)) * (b as number), (a as number) - (b as number)]);

describeBackends('input encodings', ({ tol }) => {
  it('a Fourier encoding draws B ~ N(0, σ²) from its seed (moments over 4,096 entries)', async () => {
    const enc = encodingFromSpec({ type: 'fourier', features: 2048, sigma: 3, seed: 4 }, 2, 0);
    const b = Array.from(enc.matrix);
    const mean = b.reduce((s, v) => s + v, 0) / b.length;
    const variance = b.reduce((s, v) => s + (v - mean) ** 2, 0) / b.length;
    // Standard errors: mean 3/√4096 ≈ 0.047, variance 9·√(2/4096) ≈ 0.2.
    expect(Math.abs(mean)).toBeLessThan(0.2);
    expect(Math.abs(variance - 9)).toBeLessThan(0.8);
    const again = encodingFromSpec({ type: 'fourier', features: 2048, sigma: 3, seed: 4 }, 2, 99);
    expect(Array.from(again.matrix)).toEqual(b);
    enc.dispose();
    again.dispose();
  });

  it("a Fourier matrix and the network's weights come from independent streams of one seed", async () => {
    const mlp = createMlp({ sizes: [2, 64, 1], activation: 'relu', init: 'glorot', seed: 11, encoding: { type: 'fourier', features: 64, sigma: 1 } });
    const w = (await mlp.readWeights());
    const b = w.encoding?.matrix.flat() ?? [];
    const w1 = (w.weights[0] ?? []).flat().slice(0, b.length);
    expect(b).toHaveLength(128);
    // Same seed, same stream would make B a rescaled copy of the first weights (correlation 1).
    const corr = (p: number[], q: number[]) => {
      const mp = p.reduce((s, v) => s + v, 0) / p.length;
      const mq = q.reduce((s, v) => s + v, 0) / q.length;
      let spq = 0;
      let spp = 0;
      let sqq = 0;
      p.forEach((v, i) => {
        spq += (v - mp) * ((q[i] as number) - mq);
        spp += (v - mp) ** 2;
        sqq += ((q[i] as number) - mq) ** 2;
      });
      return spq / Math.sqrt(spp * sqq);
    };
    expect(Math.abs(corr(b, w1))).toBeLessThan(5 / Math.sqrt(b.length));
    expect(Math.abs(corr(b, (w.weights[0] ?? []).flat().slice(1, b.length + 1)))).toBeLessThan(5 / Math.sqrt(b.length));
    mlp.dispose();
  });

  it('γ(x) matches a plain float64 loop (Fourier and positional)', async () => {
    const x = tf.tensor2d(xs);
    for (const spec of [{ type: 'fourier', features: 16, sigma: 2, seed: 1 } as const, { type: 'positional', frequencies: 5 } as const]) {
      const enc = encodingFromSpec(spec, 2, 7);
      const g = enc.apply(x);
      expect(g.shape).toEqual([9, enc.outputDim]);
      expect(relErr((await g.array()), plainEncode(enc.toJSON().matrix, xs))).toBeLessThan(20 * tol);
      g.dispose();
      enc.dispose();
    }
    x.dispose();
  });

  it("the positional encoding holds NeRF's sin(2^k πp), cos(2^k πp), k < L, on every coordinate", async () => {
    const enc = encodingFromSpec({ type: 'positional', frequencies: 3 }, 2, 0);
    const x = tf.tensor2d([[0.3, -0.7]]);
    const g = enc.apply(x);
    const got = ((await g.array())[0] as number[]).sort((a, b) => a - b);
    const want = [0, 1, 2]
      .flatMap((k) => [0.3, -0.7].flatMap((p) => [Math.sin(2 ** k * Math.PI * p), Math.cos(2 ** k * Math.PI * p)]))
      .sort((a, b) => a - b);
    expect(got).toHaveLength(want.length);
    got.forEach((v, i) => {
      expect(Math.abs(v - (want[i] as number))).toBeLessThan(20 * tol);
    });
    tf.dispose([g, x]);
    enc.dispose();
  });

  for (const activation of ['relu', 'tanh']) {
    it(`an encoded ${activation} MLP: forward, autodiff and explicit gradients match float64 loops and finite differences`, async () => {
      const before = tf.memory().numTensors;
      const mlp = createMlp({ sizes: [2, 6, 5, 2], activation, seed: 3, encoding: { type: 'fourier', features: 4, sigma: 1.5 } });
      expect(mlp.sizes).toEqual([8, 6, 5, 2]);
      expect(mlp.inputSize).toBe(2);
      const w = (await mlp.readWeights());
      expect(w.encoding?.matrix).toHaveLength(4);
      const y0 = mlp.forward(xs);
      expect(relErr((await y0.array()), plainForward(w, xs))).toBeLessThan(20 * tol);
      const fd = finiteDifferenceGrads(w, (p) => plainMse(p, xs, ys));
      const x = tf.tensor2d(xs);
      const y = tf.tensor2d(ys);
      const auto = tf.tidy(() => tf.variableGrads(() => tf.mean(tf.square(tf.sub(mlp.forward(x), y))) as tf.Scalar, mlp.variables));
      const explicit = mseGradients(mlp, x, y);
      for (const [l, v] of mlp.weights.entries()) {
        expect(relErr((await auto.grads[v.name]?.array()), fd.dW[l]), `autodiff dW${l}`).toBeLessThan(200 * tol);
        expect(relErr((await explicit.grads[2 * l]?.array()), fd.dW[l]), `explicit dW${l}`).toBeLessThan(200 * tol);
        expect(relErr((await explicit.grads[2 * l + 1]?.array()), fd.db[l]), `explicit db${l}`).toBeLessThan(200 * tol);
      }
      tf.dispose([x, y, y0, auto.value, ...Object.values(auto.grads), explicit.loss, ...explicit.grads]);
      mlp.dispose();
      expect(tf.memory().numTensors).toBe(before);
    });
  }

  it('inputJacobian and gradientPenalty see through the encoding (finite differences in x and in the weights)', async () => {
    const mlp = createMlp({ sizes: [2, 8, 3], seed: 5, encoding: { type: 'fourier', features: 5, sigma: 1 } });
    const w = (await mlp.readWeights());
    const x = tf.tensor2d(xs);
    const { output, jacobian } = inputJacobian(mlp, x);
    for (let k = 0; k < 2; k++) expect(relErr((await jacobian[k]?.array()), plainInputDerivative(w, xs, k))).toBeLessThan(50 * tol);
    expect(relErr((await output.array()), plainForward(w, xs))).toBeLessThan(20 * tol);
    const { grads, value } = tf.variableGrads(() => gradientPenalty(mlp, x), mlp.variables);
    const fd = finiteDifferenceGrads(w, (p) => plainGradientPenalty(p, xs), 1e-4);
    expect(relErr((await grads[mlp.weights[0]?.name as string]?.array()), fd.dW[0])).toBeLessThan(1e-2);
    tf.dispose([x, output, ...jacobian, value, ...Object.values(grads)]);
    mlp.dispose();
  });

  it('B travels with the weights: toWeights → mlpFromWeights and clone give the same function', async () => {
    const mlp = createMlp({ sizes: [2, 8, 1], activation: 'relu', seed: 2, encoding: { type: 'fourier', features: 6, sigma: 4, seed: 11 } });
    const copy = mlpFromWeights(JSON.parse(JSON.stringify((await mlp.readWeights()))));
    const twin = mlp.clone();
    const [a, b, c] = [mlp.forward(xs), copy.forward(xs), twin.forward(xs)];
    expect(relErr((await b.array()), (await a.array()))).toBeLessThan(tol);
    expect(relErr((await c.array()), (await a.array()))).toBe(0);
    expect(copy.encoding?.sigma).toBe(4);
    tf.dispose([a, b, c]);
    for (const m of [mlp, copy, twin]) m.dispose();
  });

  it('train() on an encoded MLP: explicit engine and autodiff give the same losses; a penalty trains through autodiff', async () => {
    const data = { x: xs, y: ys };
    const run = async (gradients: 'explicit' | 'autodiff') => {
      const mlp = createMlp({ sizes: [2, 16, 2], activation: 'relu', seed: 1, encoding: { type: 'fourier', features: 8, sigma: 1 } });
      const losses = await train(mlp, data, { steps: 30, lr: 1e-2, gradients, workers: 1 });
      mlp.dispose();
      return losses;
    };
    const before = tf.memory().numTensors;
    const [e, a] = [await run('explicit'), await run('autodiff')];
    expect(relErr(e, a)).toBeLessThan(1e3 * tol);
    expect(e[29] as number).toBeLessThan((e[0] as number) / 2);
    const mlp = createMlp({ sizes: [2, 8, 2], seed: 1, encoding: { type: 'positional', frequencies: 2 } });
    const rng = new Rng(3);
    const losses = await train(mlp, data, {
      steps: 5,
      regularizer: (m) => tf.tidy(() => tf.mul(gradientPenalty(m, tf.tensor2d(Array.from({ length: 4 }, () => [rng.uniform(), rng.uniform()]))), 0.1) as tf.Scalar),
    });
    expect(losses.every(Number.isFinite)).toBe(true);
    mlp.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('bad encodings get typed errors naming the field', async () => {
    const bad = (encoding: unknown, field: string) => {
      const before = tf.memory().numTensors;
      expect(() => createMlp({ sizes: [2, 4, 1], encoding: encoding as never })).toThrow(expect.objectContaining({ param: field }));
      expect(tf.memory().numTensors).toBe(before);
    };
    bad({ type: 'fourier', features: 0, sigma: 1 }, 'encoding.features');
    bad({ type: 'fourier', features: 4, sigma: -1 }, 'encoding.sigma');
    bad({ type: 'positional', frequencies: 2.5 }, 'encoding.frequencies');
    bad({ type: 'wavelet' }, 'encoding.type');
    expect(() => encodingFromSpec({ type: 'fourier', features: 2, sigma: 1 }, 0, 0)).toThrow(expect.objectContaining({ param: 'inputDim' }));
    const w = createMlp({ sizes: [2, 4, 1], encoding: { type: 'fourier', features: 3, sigma: 1 } });
    const json = (await w.readWeights());
    w.dispose();
    expect(() => mlpFromWeights({ ...json, encoding: { type: 'fourier', matrix: [[1, 2]] } })).toThrow(MlpinitError);
    const m = createMlp({ sizes: [2, 4, 1], encoding: { type: 'fourier', features: 3, sigma: 1 } });
    expect(() => m.forward([[1, 2, 3]])).toThrow(expect.objectContaining({ param: 'x' }));
    m.dispose();
    // A custom initializer that throws after the encoding was drawn leaves no tensor behind.
    const before = tf.memory().numTensors;
    const failing = () => {
      throw new Error('initializer failed');
    };
    expect(() => createMlp({ sizes: [2, 4, 1], init: failing as never, encoding: { type: 'fourier', features: 3, sigma: 1 } })).toThrow(/initializer failed/);
    expect(tf.memory().numTensors).toBe(before);
  });
});

it('a seed gives the same B and weights on cpu and wasm (draws are made in float64 before any backend)', async () => {
  const spec: CreateMlpOptions = { sizes: [2, 8, 1], activation: 'relu', seed: 12, encoding: { type: 'fourier', features: 5, sigma: 3 } };
  const drawOn = async (backend: 'cpu' | 'wasm') => {
    await setBackend(backend);
    const m = createMlp(spec);
    const w = (await m.readWeights());
    m.dispose();
    return w;
  };
  const [a, b] = [await drawOn('cpu'), await drawOn('wasm')];
  expect(b).toEqual(a);
});
