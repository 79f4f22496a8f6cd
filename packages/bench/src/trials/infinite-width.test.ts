import * as tf from '@tensorflow/tfjs-core';
import { Rng, createMlp, setBackend } from '@mlpinit/core';
import { infiniteNtk } from '@mlpinit/ntk';
import { describe, expect, it } from 'vitest';
import { buildMlp } from './build-mlp.js';
import { infiniteFamilyOf, infiniteWidthPredict, infiniteWidthTable } from './infinite-width.js';
import { parseInit } from './init-spec.js';

describe('infinite-width rows', () => {
  const rng = new Rng(4);
  const x = Array.from({ length: 40 }, () => [rng.normal(), rng.normal()]);
  const y = x.map(([a, b]) => [Math.sin(2 * (a as number)) * Math.cos(3 * (b as number))]);

  it("reads a plain network's per-layer scales: Glorot's c_l² ≈ d_in·2/(d_in + d_out)", async () => {
    await setBackend('cpu');
    const sizes = [2, 256, 256, 1];
    const mlp = createMlp({ sizes, activation: 'tanh', init: 'glorot-normal', seed: 2 });
    const before = tf.memory().numTensors;
    const fam = await infiniteFamilyOf(mlp);
    expect(tf.memory().numTensors).toBe(before);
    mlp.dispose();
    const c = fam.config.c as number[];
    expect(c[0]).toBeCloseTo(Math.sqrt((2 * 2) / 258), 1);
    expect(c[1]).toBeCloseTo(1, 1);
    expect(fam.config.outputScale).toBeCloseTo(Math.sqrt((256 * 2) / 257), 1);
    expect(fam.config.activation).toBe('tanh');
    expect(await fam.inputs(x)).toBe(x);
  });

  it("GO's row uses its learned law and input normalisation", async () => {
    await setBackend('cpu');
    const sizes = [2, 8, 8, 1];
    const built = await buildMlp(parseInit('go-lam1e-3', { goSteps: 20, goLambdaSteps: 10 }), sizes, 1, x);
    const go = built.go;
    expect(go).toBeDefined();
    const fam = await infiniteFamilyOf(built.mlp, go);
    // The built network (a different draw than GO's own) has those laws: hidden layers ≥ 1 have
    // weights c_l·N(0, 1/d_in) and constant biases b_l (layer 0 carries the folded normalisation).
    const w = await built.mlp.readWeights();
    built.mlp.dispose();
    const c = fam.config.c as number[];
    const b = fam.config.biasMean as number[];
    for (let l = 1; l < c.length; l++) {
      const flat = (w.weights[l] as number[][]).flat();
      const rms = Math.sqrt(flat.reduce((s, v) => s + v * v, 0) / flat.length);
      expect(rms * Math.sqrt(8)).toBeCloseTo(c[l] as number, 0);
      for (const v of w.biases[l] as number[]) expect(v).toBeCloseTo(b[l] as number, 5);
    }
    expect(fam.config.outputScale).toBe(1);
    const xs = await fam.inputs(x);
    const meanX = xs.reduce((s, r) => s + (r[0] as number), 0) / xs.length;
    expect(Math.abs(meanX)).toBeLessThan(1e-6);
  });

  it('a Fourier-feature network is seen through its encoding γ(x)', async () => {
    await setBackend('cpu');
    const mlp = createMlp({ sizes: [2, 16, 16, 1], activation: 'relu', encoding: { type: 'fourier', features: 8, sigma: 3, seed: 1 }, seed: 1 });
    const before = tf.memory().numTensors;
    const fam = await infiniteFamilyOf(mlp);
    const g = await fam.inputs(x.slice(0, 3));
    expect(tf.memory().numTensors).toBe(before);
    mlp.dispose();
    expect(g[0]?.length).toBe(16);
    for (const row of g) for (let i = 0; i < 8; i++) expect((row[i] as number) ** 2 + (row[i + 8] as number) ** 2).toBeCloseTo(1, 5);
  });

  it('predicts by kernel regression with the family’s NTK and tabulates kernel beside trained', async () => {
    const config = { activation: 'tanh', depth: 2, c: [1.5, 1.5] };
    const pred = await infiniteWidthPredict({ config, inputs: async (p) => p }, x, y, x.slice(0, 5));
    pred.forEach((r, i) => {
      expect(r[0]).toBeCloseTo((y[i] as number[])[0] as number, 4);
    });
    expect(infiniteNtk(config, x.slice(0, 2)).rows).toBe(2);
    const table = infiniteWidthTable(
      [
        { init: 'glorot', size: 256, infiniteWidth: { config, trainPoints: 256, testPoints: 100, kernel: 0.5, trained: 0.2, metric: 'testRelL2' as const, seconds: 1 } },
        { init: 'go', size: 256 },
      ],
      { header: 'data size', of: (r) => String(r.size) },
    );
    expect(table).toContain('| glorot | 256 | 256 | 100 | 0.500 | 0.200 | ×2.50 | 1.0 |');
    const snr = infiniteWidthTable([{ init: 'go', infiniteWidth: { config, trainPoints: 9, testPoints: 4, kernel: -3.5, trained: 9.25, metric: 'heldOutSnrDb' as const, seconds: 2 } }], {
      header: 'image',
      of: () => 'city',
    });
    expect(snr).toContain('| go | city | 9 | 4 | -3.50 dB | 9.25 dB | -12.75 dB | 2.0 |');
    expect(table).not.toContain('| go |');
    expect(infiniteWidthTable([{ init: 'go' }], { header: 'x', of: () => '' })).toBe('');
  });
});
