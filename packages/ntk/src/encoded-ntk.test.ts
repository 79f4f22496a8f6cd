import * as tf from '@tensorflow/tfjs-core';
import { type CreateMlpOptions, createMlp, mlpFromWeights } from '@mlpinit/core';
import { describeBackends } from '@mlpinit/core/testing';
import { expect, it } from 'vitest';
import { empiricalNtk } from './empirical-ntk.js';
import { randomPoints, relFrobenius } from './test-utils/plain-mlp.js';

describeBackends('empiricalNtk of encoded and SIREN networks', () => {
  const nets: Array<{ label: string; opts: CreateMlpOptions }> = [
    { label: 'Fourier features + relu', opts: { sizes: [2, 12, 12, 2], activation: 'relu', encoding: { type: 'fourier', features: 6, sigma: 1.5 } } },
    { label: 'positional encoding + tanh', opts: { sizes: [2, 10, 1], activation: 'tanh', encoding: { type: 'positional', frequencies: 3 } } },
    { label: 'SIREN ω₀ = 30', opts: { sizes: [2, 10, 10, 1], init: 'siren', omega0: 30 } },
  ];
  for (const net of nets) {
    it(`structured equals jacobian: ${net.label}`, async () => {
      const before = tf.memory().numTensors;
      const mlp = createMlp({ ...net.opts, seed: 5 });
      const x1 = randomPoints(5, 2, 1);
      const x2 = randomPoints(4, 2, 2);
      for (const outputs of ['trace', 'full'] as const) {
        const s = await empiricalNtk(mlp, x1, x2, { outputs });
        const j = await empiricalNtk(mlp, x1, x2, { outputs, method: 'jacobian' });
        expect(relFrobenius(s.values, j.values)).toBeLessThan(1e-4);
      }
      mlp.dispose();
      expect(tf.memory().numTensors).toBe(before);
    });
  }

  it("an encoding has no parameters: the encoded net's NTK is its dense layers' NTK on γ(x)", async () => {
    const mlp = createMlp({ sizes: [2, 16, 16, 1], activation: 'relu', seed: 3, encoding: { type: 'fourier', features: 8, sigma: 2 } });
    const x = randomPoints(6, 2, 4);
    const w = await mlp.readWeights();
    const matrix = w.encoding?.matrix as number[][];
    // γ(x) by a plain float64 loop, then a network without the encoding.
    const gamma = x.map((row) => {
      const p = matrix.map((b) => 2 * Math.PI * b.reduce((s, bj, j) => s + bj * (row[j] as number), 0));
      return [...p.map(Math.cos), ...p.map(Math.sin)];
    });
    const dense = mlpFromWeights({ activation: w.activation, weights: w.weights, biases: w.biases });
    const k = await empiricalNtk(mlp, x);
    const ref = await empiricalNtk(dense, gamma, null, { method: 'jacobian' });
    expect(relFrobenius(k.values, ref.values)).toBeLessThan(1e-4);
    mlp.dispose();
    dense.dispose();
  });
});
