import * as tf from '@tensorflow/tfjs-core';
import { expect, it } from 'vitest';
import { BUILTIN_ACTIVATIONS } from './activation.js';
import { MlpinitError } from './errors.js';
import { createMlp, mlpFromWeights } from './mlp.js';
import { Rng } from './rng.js';
import { describeBackends } from './testing/describe-backends.js';
import { plainForward, relErr } from './test-utils/plain-mlp.js';
import { getBackendInfo, setBackend } from './backend.js';
import { syncReadsAvailable } from './sync-read.js';

const x = Array.from({ length: 7 }, (_, i) => [Math.sin(i), Math.cos(3 * i) * 1.5]);

describeBackends('Mlp', ({ backend, tol }) => {
  it('readWeights reads what toWeights reads; toWeights refuses, typed, where reads cannot be synchronous', async () => {
    const mlp = createMlp({ sizes: [3, 5, 2], seed: 4 });
    const w = await mlp.readWeights();
    // Second computation: each variable read on its own.
    expect(w.weights[1]).toEqual(await (mlp.weights[1] as tf.Tensor).array());
    expect(w.biases[0]).toEqual(await (mlp.biases[0] as tf.Tensor).array());
    if (getBackendInfo()?.syncReads) expect(mlp.toWeights()).toEqual(w);
    else expect(() => mlp.toWeights()).toThrow(expect.objectContaining({ code: 'SYNC_READ_UNSUPPORTED' }));
    expect(getBackendInfo()?.syncReads).toBe(backend !== 'webgpu');
    expect(syncReadsAvailable()).toBe(backend !== 'webgpu');
    mlp.dispose();
  });

  it('clone copies on the device: same values, independent variables', async () => {
    const mlp = createMlp({ sizes: [2, 4, 1], seed: 8 });
    const copy = mlp.clone();
    expect(await copy.readWeights()).toEqual(await mlp.readWeights());
    tf.tidy(() => (copy.weights[0] as tf.Variable).assign(tf.zerosLike(copy.weights[0] as tf.Tensor)));
    expect(((await mlp.readWeights()).weights[0] as number[][]).flat().some((v) => v !== 0)).toBe(true);
    copy.dispose();
    mlp.dispose();
  });

  for (const activation of BUILTIN_ACTIVATIONS) {
    it(`forward (${activation}) matches a plain-JS float64 loop on the same weights`, async () => {
      const mlp = createMlp({ sizes: [2, 16, 16, 3], activation, seed: 3 });
      const y = mlp.forward(x);
      const ref = plainForward((await mlp.readWeights()), x);
      expect(relErr((await y.array()), ref)).toBeLessThan(20 * tol);
      y.dispose();
      mlp.dispose();
    });
  }

  it('layerOutputs and hiddenFeatures agree with the plain loop', async () => {
    const mlp = createMlp({ sizes: [2, 8, 5, 1], seed: 9 });
    const w = (await mlp.readWeights());
    const outs = mlp.layerOutputs(x);
    expect(outs.map((o) => o.shape)).toEqual([
      [7, 8],
      [7, 5],
    ]);
    const firstOnly = { ...w, weights: [w.weights[0] as number[][], identity(8)], biases: [w.biases[0] as number[], zeros(8)] };
    expect(relErr((await outs[0]?.array()), plainForward(firstOnly, x))).toBeLessThan(10 * tol);
    const feats = mlp.hiddenFeatures(x);
    expect(relErr((await feats.array()), (await outs[1]?.array()))).toBe(0);
    tf.dispose([...outs, feats]);
    mlp.dispose();
  });

  it('layerScales multiply hidden draws and layerBiases fill hidden biases; output layer untouched', async () => {
    const base = createMlp({ sizes: [2, 6, 6, 2], init: 'fan-in-normal', seed: 4 });
    const scaled = createMlp({ sizes: [2, 6, 6, 2], init: 'fan-in-normal', seed: 4, layerScales: [2, 0.5], layerBiases: [0.3, -1] });
    const a = (await base.readWeights());
    const b = (await scaled.readWeights());
    expect(relErr(b.weights[0], (a.weights[0] as number[][]).map((r) => r.map((v) => 2 * v)))).toBeLessThan(1e-6);
    expect(relErr(b.weights[1], (a.weights[1] as number[][]).map((r) => r.map((v) => 0.5 * v)))).toBeLessThan(1e-6);
    expect(b.weights[2]).toEqual(a.weights[2]);
    expect(b.biases[0]).toEqual(Array(6).fill(Math.fround(0.3)));
    expect(b.biases[1]).toEqual(Array(6).fill(-1));
    expect(b.biases[2]).toEqual([0, 0]);
    base.dispose();
    scaled.dispose();
  });

  it('round-trips through toWeights / mlpFromWeights', async () => {
    const mlp = createMlp({ sizes: [2, 4, 1], activation: 'sin', init: 'siren', seed: 1 });
    const copy = mlpFromWeights((await mlp.readWeights()));
    expect((await copy.readWeights())).toEqual((await mlp.readWeights()));
    expect(copy.sizes).toEqual([2, 4, 1]);
    mlp.dispose();
    copy.dispose();
  });

  it('rejects bad input with typed errors naming the parameter', async () => {
    expect(() => createMlp({ sizes: [2] })).toThrow(/sizes/);
    expect(() => createMlp({ sizes: [2, 0, 1] })).toThrow(/sizes\[1\]/);
    expect(() => createMlp({ sizes: [2, 1.5, 1] })).toThrow(/sizes\[1\]/);
    expect(() => createMlp({ sizes: [2, 3, 1], activation: 'nope' })).toThrow(MlpinitError);
    expect(() => createMlp({ sizes: [2, 3, 1], init: 'nope' as 'orthogonal' })).toThrow(/unknown initializer/);
    expect(() => createMlp({ sizes: [2, 3, 1], layerScales: [1, 2] })).toThrow(/layerScales/);
    const mlp = createMlp({ sizes: [2, 3, 1] });
    expect(() => mlp.forward([[1, 2, 3]])).toThrow(/expected 2 columns/);
    expect(() => mlp.forward([[1, Number.NaN]])).toThrow(/NaN/);
    mlp.dispose();
    expect(() => mlpFromWeights({ activation: 'tanh', weights: [[[1, 2]], [[1], [2], [3]]], biases: [[0, 0], [0]] })).toThrow(
      /weights\[1\]/,
    );
  });
});

it('the same seed gives bit-identical weights on cpu and wasm for every initializer', async () => {
  const inits = ['glorot-normal', 'glorot-uniform', 'he-normal', 'lecun-normal', 'orthogonal', 'siren', 'fan-in-normal'] as const;
  for (const init of inits) {
    await setBackend('cpu');
    const a = createMlp({ sizes: [3, 20, 20, 2], init, seed: 123 });
    const wa = (await a.readWeights());
    a.dispose();
    await setBackend('wasm');
    const b = createMlp({ sizes: [3, 20, 20, 2], init, seed: 123 });
    expect((await b.readWeights())).toEqual(wa);
    b.dispose();
  }
  // And the draw is the float32 rounding of the JS stream.
  await setBackend('cpu');
  const m = createMlp({ sizes: [2, 3, 1], init: 'lecun-normal', seed: 5 });
  const r = new Rng(5).normalArray(6, 1 / Math.sqrt(2));
  expect(((await m.readWeights()).weights[0] as number[][]).flat()).toEqual(Array.from(r));
  m.dispose();
});

function identity(n: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
}
function zeros(n: number): number[] {
  return Array(n).fill(0);
}
