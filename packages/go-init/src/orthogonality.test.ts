import * as tf from '@tensorflow/tfjs-core';
import { MlpinitError, Rng, getBackendInfo } from '@mlpinit/core';
import { describeBackends, readScalar } from '@mlpinit/core/testing';
import { expect, it } from 'vitest';
import { angleMatrix, angleMatrixAsync } from './angle-matrix.js';
import { ORTHOGONALITY_LOG_EPSILON, meanCos2, meanCos2Async, orthogonalityLoss } from './orthogonality.js';
import { plainCosines, plainMeanCos2, plainOrthogonalityLoss, randomRows } from './test-utils/plain-go.js';

describeBackends('orthogonalityLoss', ({ tol }) => {
  it('matches a plain-JS double loop on random matrices', async () => {
    const rng = new Rng(7);
    for (const [n, d] of [
      [5, 2],
      [40, 7],
      [200, 16],
    ] as const) {
      // Correlated columns (a shared component) so the loss is far from 0.
      const shared = randomRows(n, 1, () => rng.normal());
      const f = randomRows(n, d, () => rng.normal()).map((row, r) => row.map((v) => v + 1.5 * (shared[r]?.[0] as number)));
      const got = await readScalar(() => orthogonalityLoss(tf.tensor2d(f)));
      const want = plainOrthogonalityLoss(f);
      expect(want).toBeGreaterThan(0.05);
      expect(Math.abs(got - want)).toBeLessThan(50 * tol * Math.max(1, want));
      expect(await meanCos2Async(f)).toBeCloseTo(plainMeanCos2(f), 4);
      if (getBackendInfo()?.syncReads) expect(meanCos2(f)).toBeCloseTo(plainMeanCos2(f), 4);
      else expect(() => meanCos2(f)).toThrow(expect.objectContaining({ code: 'SYNC_READ_UNSUPPORTED' }));
    }
  });

  it('stays finite for a zero column and for parallel columns', async () => {
    const zero = [
      [1, 0, 2],
      [2, 0, -1],
      [3, 0, 0.5],
    ];
    const zv = await readScalar(() => orthogonalityLoss(tf.tensor2d(zero)));
    expect(Number.isFinite(zv)).toBe(true);
    expect(zv).toBeCloseTo(plainOrthogonalityLoss(zero), 4);

    const parallel = [
      [1, 2, -3],
      [2, 4, 1],
      [3, 6, 0],
    ];
    const pv = await readScalar(() => orthogonalityLoss(tf.tensor2d(parallel)));
    expect(Number.isFinite(pv)).toBe(true);
    // The parallel pair costs about −log(ε) for each of its 2 ordered pairs.
    expect(pv).toBeGreaterThan((2 * -Math.log(10 * ORTHOGONALITY_LOG_EPSILON)) / 6);

    // All columns zero: every cos is 0, so each term is −log(1 + ε) ≈ 0.
    const az = await readScalar(() => orthogonalityLoss(tf.zeros([4, 3]) as tf.Tensor2D));
    expect(az).toBeCloseTo(-Math.log(1 + ORTHOGONALITY_LOG_EPSILON), 6);
  });

  it('has a finite gradient at parallel and zero columns', async () => {
    const f = tf.tensor2d([
      [1, 2, 0],
      [2, 4, 0],
      [3, 6, 0],
    ]);
    const g = tf.grad((t: tf.Tensor) => orthogonalityLoss(t as tf.Tensor2D))(f);
    const values = (await g.data());
    tf.dispose([f, g]);
    expect(Array.from(values).every(Number.isFinite)).toBe(true);
  });

  it('rejects fewer than 2 columns', async () => {
    const f = tf.ones([3, 1]) as tf.Tensor2D;
    expect(() => orthogonalityLoss(f)).toThrow(MlpinitError);
    f.dispose();
  });
});

describeBackends('angleMatrix', () => {
  it('matches arccos of plain-JS cosines, in degrees', async () => {
    const rng = new Rng(3);
    const f = randomRows(30, 5, () => rng.normal());
    const got = await angleMatrixAsync(f);
    // The synchronous form reads the same, where the backend reads synchronously (not webgpu: a typed refusal).
    if (getBackendInfo()?.syncReads) expect(angleMatrix(f)).toEqual(got);
    else expect(() => angleMatrix(f)).toThrow(expect.objectContaining({ code: 'SYNC_READ_UNSUPPORTED' }));
    const cos = plainCosines(f);
    for (let i = 0; i < 5; i++) {
      for (let j = 0; j < 5; j++) {
        const want = i === j ? 0 : (Math.acos(cos[i]?.[j] as number) * 180) / Math.PI;
        expect(got[i]?.[j]).toBeCloseTo(want, 2);
      }
    }
  });

  it('puts a zero column at 90° and parallel columns at 0° or 180°', async () => {
    const a = await angleMatrixAsync([
      [1, 0, -2],
      [2, 0, -4],
    ]);
    expect(a[0]?.[1]).toBeCloseTo(90, 5);
    expect(a[0]?.[2]).toBeCloseTo(180, 1);
    expect(a[2]?.[0]).toBeCloseTo(180, 1);
  });
});
