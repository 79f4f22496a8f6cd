import * as tf from '@tensorflow/tfjs-core';
import { MlpinitError, mlpFromWeights } from '@mlpinit/core';
import { describeBackends } from '@mlpinit/core/testing';
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { expect, it } from 'vitest';
import { empiricalNtk } from './empirical-ntk.js';
import { contractJacobians, finiteDifferenceJacobian, randomPoints, randomWeights, relFrobenius } from './test-utils/plain-mlp.js';

describeBackends('empiricalNtk', () => {
  const cases = [
    { activation: 'tanh', sizes: [2, 7, 1], outputs: 'trace' },
    { activation: 'relu', sizes: [3, 8, 6, 5, 2], outputs: 'trace' },
    { activation: 'erf', sizes: [1, 6, 6, 6, 6, 6, 6, 1], outputs: 'trace' },
    { activation: 'sin', sizes: [2, 5, 4, 3], outputs: 'full' },
    { activation: 'gelu', sizes: [2, 6, 6, 6, 2], outputs: 'full' },
    { activation: 'sigmoid', sizes: [2, 9, 3], outputs: 'trace' },
    { activation: 'tanh', sizes: [2, 5, 5, 5, 5, 2], outputs: 'full' },
    { activation: 'silu', sizes: [3, 6, 6, 6, 6, 6, 1], outputs: 'trace' },
  ] as const;
  for (const c of cases) {
    it(`structured equals jacobian: ${c.activation} ${c.sizes.join('-')} ${c.outputs}, x2 ≠ x1`, async () => {
      const mlp = mlpFromWeights(randomWeights([...c.sizes], c.activation, 3));
      const x1 = randomPoints(5, c.sizes[0], 1);
      const x2 = randomPoints(4, c.sizes[0], 2);
      const s = await empiricalNtk(mlp, x1, x2, { outputs: c.outputs });
      const j = await empiricalNtk(mlp, x1, x2, { outputs: c.outputs, method: 'jacobian' });
      mlp.dispose();
      const O = c.outputs === 'full' ? (c.sizes.at(-1) as number) : 1;
      expect([s.rows, s.cols, s.n1, s.n2, s.outputs]).toEqual([5 * O, 4 * O, 5, 4, O]);
      expect([j.rows, j.cols]).toEqual([s.rows, s.cols]);
      expect(relFrobenius(s.values, j.values)).toBeLessThan(1e-4);
    });
  }

  for (const c of [
    { activation: 'tanh', sizes: [2, 6, 5, 3] },
    { activation: 'relu', sizes: [3, 7, 7, 2] },
    { activation: 'sin', sizes: [1, 5, 1] },
  ] as const) {
    it(`'diagonal': structured equals jacobian, the diagonal blocks of 'full', sums to 'trace' (${c.activation} ${c.sizes.join('-')})`, async () => {
      const mlp = mlpFromWeights(randomWeights([...c.sizes], c.activation, 21));
      const x1 = randomPoints(5, c.sizes[0], 22);
      const x2 = randomPoints(4, c.sizes[0], 23);
      const O = c.sizes.at(-1) as number;
      const s = await empiricalNtk(mlp, x1, x2, { outputs: 'diagonal' });
      const j = await empiricalNtk(mlp, x1, x2, { outputs: 'diagonal', method: 'jacobian' });
      const full = await empiricalNtk(mlp, x1, x2, { outputs: 'full', method: 'jacobian' });
      const trace = await empiricalNtk(mlp, x1, x2, { outputs: 'trace', method: 'jacobian' });
      const sym = await empiricalNtk(mlp, x1, null, { outputs: 'diagonal' });
      mlp.dispose();
      expect([s.rows, s.cols, s.n1, s.n2, s.outputs, s.layout]).toEqual([O * 5, 4, 5, 4, O, 'diagonal']);
      expect([j.rows, j.cols]).toEqual([s.rows, s.cols]);
      expect(relFrobenius(s.values, j.values)).toBeLessThan(1e-4);
      // Independent: K_o(x_n, y_m) is the (n·O + o, m·O + o) entry of 'full'; Σ_o K_o is 'trace'.
      const fromFull = new Float64Array(O * 5 * 4);
      const summed = new Float64Array(5 * 4);
      for (let o = 0; o < O; o++) for (let n = 0; n < 5; n++) for (let m = 0; m < 4; m++) {
        const v = full.values[(n * O + o) * 4 * O + m * O + o] as number;
        fromFull[(o * 5 + n) * 4 + m] = v;
        summed[n * 4 + m] = (summed[n * 4 + m] as number) + (s.values[(o * 5 + n) * 4 + m] as number);
      }
      expect(relFrobenius(s.values, fromFull)).toBeLessThan(1e-4);
      expect(relFrobenius(summed, trace.values)).toBeLessThan(1e-4);
      expect([sym.rows, sym.cols]).toEqual([O * 5, 5]);
    });
  }

  it('diagonal equals a float64 finite-difference Jacobian contraction per output', async () => {
    const w = randomWeights([2, 4, 3, 2], 'tanh', 7, 0.3);
    const x1 = randomPoints(3, 2, 8);
    const x2 = randomPoints(2, 2, 9);
    const mlp = mlpFromWeights(w);
    const fd1 = finiteDifferenceJacobian(w, x1);
    const fd2 = finiteDifferenceJacobian(w, x2);
    const ref = [0, 1].flatMap((o) =>
      contractJacobians(fd1.map((r) => [r[o] as number[]]), fd2.map((r) => [r[o] as number[]]), false).flat(),
    );
    for (const method of ['structured', 'jacobian'] as const) {
      const k = await empiricalNtk(mlp, x1, x2, { method, outputs: 'diagonal' });
      expect(relFrobenius(k.values, ref), method).toBeLessThan(1e-4);
    }
    mlp.dispose();
  });

  it('handles custom activations without a tensor derivative (autodiff fallback) and tensor inputs', async () => {
    const softsign = {
      name: 'softsign-test',
      apply: (z: tf.Tensor) => tf.div(z, tf.add(1, tf.abs(z))),
      scalar: (z: number) => z / (1 + Math.abs(z)),
      derivative: (z: number) => 1 / (1 + Math.abs(z)) ** 2,
    };
    const w = randomWeights([2, 6, 6, 2], 'tanh', 12);
    const mlp = mlpFromWeights({ ...w, activation: softsign });
    const x1 = tf.tensor2d(randomPoints(4, 2, 13));
    const x2 = randomPoints(3, 2, 14);
    const s = await empiricalNtk(mlp, x1, x2, { outputs: 'full' });
    const j = await empiricalNtk(mlp, x1, x2, { outputs: 'full', method: 'jacobian' });
    expect(x1.isDisposed).toBe(false);
    x1.dispose();
    mlp.dispose();
    expect(relFrobenius(s.values, j.values)).toBeLessThan(1e-4);
  });

  it('both methods equal a float64 finite-difference Jacobian contraction on a tiny net', async () => {
    const w = randomWeights([2, 4, 3, 2], 'tanh', 7, 0.3);
    const x1 = randomPoints(3, 2, 8);
    const x2 = randomPoints(2, 2, 9);
    const mlp = mlpFromWeights(w);
    const fd1 = finiteDifferenceJacobian(w, x1);
    const fd2 = finiteDifferenceJacobian(w, x2);
    for (const full of [false, true]) {
      const ref = contractJacobians(fd1, fd2, full).flat();
      for (const method of ['structured', 'jacobian'] as const) {
        const k = await empiricalNtk(mlp, x1, x2, { method, outputs: full ? 'full' : 'trace' });
        expect(relFrobenius(k.values, ref), `${method} ${full}`).toBeLessThan(1e-4);
      }
    }
    mlp.dispose();
  });

  it('K(x, x) is symmetric positive semi-definite', async () => {
    const mlp = mlpFromWeights(randomWeights([1, 16, 16, 16, 1], 'tanh', 4));
    const x = Array.from({ length: 12 }, (_, i) => -1 + (2 * i) / 11);
    const k = await empiricalNtk(mlp, x);
    mlp.dispose();
    const n = k.rows;
    let scale = 0;
    for (const v of k.values) scale = Math.max(scale, Math.abs(v));
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
      expect(Math.abs((k.values[i * n + j] as number) - (k.values[j * n + i] as number))).toBeLessThan(1e-5 * scale);
    }
    const sym = new Matrix(n, n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) sym.set(i, j, ((k.values[i * n + j] as number) + (k.values[j * n + i] as number)) / 2);
    const eig = new EigenvalueDecomposition(sym, { assumeSymmetric: true }).realEigenvalues;
    expect(Math.min(...eig)).toBeGreaterThan(-1e-4 * Math.max(...eig));
  });

  it('reports progress and honours an abort signal', async () => {
    const mlp = mlpFromWeights(randomWeights([1, 4, 4, 1], 'tanh', 5));
    const seen: number[] = [];
    await empiricalNtk(mlp, [0, 0.5], null, { onProgress: (p) => seen.push(p.done) });
    expect(seen).toEqual([1, 2, 3]);
    const ctl = new AbortController();
    const run = empiricalNtk(mlp, [0, 0.5, 1], null, {
      method: 'jacobian',
      signal: ctl.signal,
      onProgress: (p) => { if (p.done === 1) ctl.abort(); },
    });
    await expect(run).rejects.toMatchObject({ code: 'ABORTED' });
    mlp.dispose();
  });

  it('rejects bad input with a typed error naming the parameter', async () => {
    const mlp = mlpFromWeights(randomWeights([2, 4, 1], 'tanh', 6));
    const bad = async (p: Promise<unknown>, code: string, param: string): Promise<void> => {
      const err = await p.then(() => null, (e: unknown) => e);
      expect(err).toBeInstanceOf(MlpinitError);
      expect(err).toMatchObject({ code, param });
    };
    await bad(empiricalNtk(mlp, [[1, 2, 3]]), 'SHAPE_MISMATCH', 'x1');
    await bad(empiricalNtk(mlp, [[1, 2]], [[1, Number.NaN]]), 'NON_FINITE', 'x2');
    await bad(empiricalNtk(mlp, [[1, 2]], null, { method: 'magic' as never }), 'INVALID_ARGUMENT', 'opts.method');
    await bad(empiricalNtk(mlp, [[1, 2]], null, { outputs: 'diag' as never }), 'INVALID_ARGUMENT', 'opts.outputs');
    await bad(empiricalNtk({} as never, [[1, 2]]), 'INVALID_ARGUMENT', 'mlp');
    await bad(empiricalNtk(mlp, []), 'INVALID_ARGUMENT', 'x1');
    await bad(empiricalNtk(mlp, [[1, 2]], null, { workers: 0 }), 'INVALID_ARGUMENT', 'opts.workers');
    await bad(empiricalNtk(mlp, [[1, 2]], null, { workers: 1.5 }), 'INVALID_ARGUMENT', 'opts.workers');
    mlp.dispose();
    await bad(empiricalNtk(mlp, [[1, 2]]), 'INVALID_ARGUMENT', 'mlp');
  });
});
