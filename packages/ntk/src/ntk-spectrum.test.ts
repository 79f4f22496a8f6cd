import { Rng, mlpFromWeights } from '@mlpinit/core';
import { describeBackends, expectMlpinitError } from '@mlpinit/core/testing';
import { Matrix, QrDecomposition } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { empiricalNtk } from './empirical-ntk.js';
import { ntkSpectrum } from './ntk-spectrum.js';
import { randomWeights } from './test-utils/plain-mlp.js';

describe('ntkSpectrum', () => {
  it('recovers a known spectrum Q diag(λ) Qᵀ', () => {
    const rng = new Rng(5);
    const n = 9;
    const a = new Matrix(n, n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a.set(i, j, rng.normal());
    const q = new QrDecomposition(a).orthogonalMatrix;
    const lambda = [9, 7.5, 6, 4, 3, 2, 1, 0.5, 0.1];
    const k = q.mmul(Matrix.diag(lambda)).mmul(q.transpose()).to2DArray();
    const spec = ntkSpectrum(k, 4);
    expect(spec.values.length).toBe(4);
    spec.values.forEach((v, i) => {
      expect(v).toBeCloseTo(lambda[i] as number, 10);
      // Same eigenvector as Q's column i, up to sign.
      const col = q.getColumn(i);
      const dot = col.reduce((s, c, t) => s + c * ((spec.vectors[i] as number[])[t] as number), 0);
      expect(Math.abs(dot)).toBeCloseTo(1, 10);
    });
    expect(spec.trace).toBeCloseTo(lambda.reduce((s, v) => s + v, 0), 10);
  });

  it('rejects non-square, asymmetric or non-finite kernels and k out of range', () => {
    const bad = (fn: () => unknown, param: string): void => {
      expectMlpinitError(fn, { param });
    };
    const k = [
      [2, 1],
      [1, 2],
    ];
    bad(() => ntkSpectrum([[1, 2]]), 'K');
    bad(() => ntkSpectrum([[1, 2], [0, 1]]), 'K');
    bad(() => ntkSpectrum([[1, Number.POSITIVE_INFINITY], [1, 1]]), 'K');
    bad(() => ntkSpectrum(k, 0), 'k');
    bad(() => ntkSpectrum(k, 3), 'k');
    bad(() => ntkSpectrum(k, 1.5), 'k');
    expect(ntkSpectrum(k).values.map((v) => Number(v.toFixed(12)))).toEqual([3, 1]);
  });
});

describeBackends('ntkSpectrum of an empirical NTK', () => {
  it('satisfies K v = λ v with orthonormal vectors and non-negative eigenvalues', async () => {
    const mlp = mlpFromWeights(randomWeights([1, 12, 12, 12, 1], 'tanh', 9));
    const x = Array.from({ length: 20 }, (_, i) => -1 + (2 * i) / 19);
    const K = await empiricalNtk(mlp, x);
    mlp.dispose();
    const n = K.rows;
    const spec = ntkSpectrum(K, 6);
    const top = spec.values[0] as number;
    expect(spec.values.every((v, i) => i === 0 || v <= (spec.values[i - 1] as number))).toBe(true);
    spec.vectors.forEach((v, a) => {
      for (let i = 0; i < n; i++) {
        let kv = 0;
        for (let j = 0; j < n; j++) kv += (K.values[i * n + j] as number) * (v[j] as number);
        expect(Math.abs(kv - (spec.values[a] as number) * (v[i] as number))).toBeLessThan(1e-5 * top);
      }
      spec.vectors.forEach((w, b) => {
        const dot = v.reduce((s, e, t) => s + e * (w[t] as number), 0);
        expect(dot).toBeCloseTo(a === b ? 1 : 0, 8);
      });
    });
    const all = ntkSpectrum(K);
    expect(Math.min(...all.values)).toBeGreaterThan(-1e-5 * top);
    let trace = 0;
    for (let i = 0; i < n; i++) trace += K.values[i * n + i] as number;
    expect(all.trace).toBeCloseTo(trace, 6);
  });
});
