import * as tf from '@tensorflow/tfjs-core';
import { Rng, createMlp } from '@mlpinit/core';
import { describeBackends } from '@mlpinit/core/testing';
import { expect, it } from 'vitest';
import { goInit } from './go-init.js';
import { GoResult } from './go-result.js';

/** ‖a − b‖ / ‖b‖ over all entries. */
function relativeError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < b.length; i++) {
    num += ((a[i] as number) - (b[i] as number)) ** 2;
    den += (b[i] as number) ** 2;
  }
  return Math.sqrt(num / den);
}

describeBackends('networks from a GO result take raw inputs', ({ backend, tol }) => {
  // 1e-5 on the float32 CPU backends (folding must be exact up to float32 rounding); GPU backends get their float tolerance.
  const bound = backend === 'cpu' || backend === 'wasm' ? 1e-5 : tol;
  // A box far from the origin and very thin in x₂: normalisation matters, and folding it must be exact.
  const rng = new Rng(11);
  const raw = Array.from({ length: 300 }, () => [100 + 200 * rng.uniform(), -0.01 + 0.02 * rng.uniform()]);

  it('createMlp(s).forward(raw) equals the unfolded draw applied to normalizeInputs(raw), to 1e-5 relative', async () => {
    const sizes = [2, 32, 32, 32, 3];
    const go = await goInit({ sizes, x: raw, steps: 40, seed: 4 });
    expect(go.inputNormalization.mean[0]).toBeGreaterThan(150);
    expect(go.inputNormalization.std[1]).toBeLessThan(0.01);
    for (const seed of [0, 7]) {
      const folded = go.createMlp(seed);
      const unfolded = createMlp({ sizes, init: 'fan-in-normal', seed, layerScales: [...go.layerScales], layerBiases: [...go.layerBiases] });
      const xt = tf.tensor2d(raw);
      const xn = go.normalizeInputs(xt);
      const a = folded.forward(xt);
      const b = unfolded.forward(xn);
      const err = relativeError(await a.data(), await b.data());
      expect(err).toBeLessThan(bound);
      // Layers past the first are the same draw, untouched by the fold.
      for (let l = 1; l < sizes.length - 1; l++) {
        expect(Array.from((await folded.weights[l]?.data()) ?? [])).toEqual(Array.from((await unfolded.weights[l]?.data()) ?? []));
      }
      // And the raw inputs really needed the map: the unfolded draw on raw inputs is far off.
      const c = unfolded.forward(xt);
      expect(relativeError(await c.data(), await b.data())).toBeGreaterThan(0.1);
      tf.dispose([xt, xn, a, b, c]);
      folded.dispose();
      unfolded.dispose();
    }
  });

  it('toJSON / fromJSON carry the map: the restored result builds the same raw-input network', async () => {
    const go = await goInit({ sizes: [2, 16, 16, 1], x: raw, steps: 10, seed: 2 });
    const back = GoResult.fromJSON(JSON.stringify(go.toJSON()));
    expect(back.inputNormalization).toEqual(go.inputNormalization);
    const m1 = go.createMlp(5);
    const m2 = back.createMlp(5);
    const a = m1.forward(raw);
    const b = m2.forward(raw);
    expect(Array.from(await a.data())).toEqual(Array.from(await b.data()));
    tf.dispose([a, b]);
    m1.dispose();
    m2.dispose();
  });

  it('normalizeInputs gives zero mean and unit variance on the points GO saw', async () => {
    const go = await goInit({ sizes: [2, 8, 8, 1], x: raw, steps: 3, seed: 1 });
    const xn = go.normalizeInputs(raw);
    for (let j = 0; j < 2; j++) {
      const col = xn.map((r) => r[j] as number);
      const m = col.reduce((s, v) => s + v, 0) / col.length;
      const v = col.reduce((s, x) => s + (x - m) ** 2, 0) / col.length;
      expect(Math.abs(m)).toBeLessThan(1e-4);
      expect(v).toBeCloseTo(1, 3);
    }
  });

  it('transfer: the frozen law on new points normalises them, keeps (c, b), may change widths, and builds the law applied to them', async () => {
    const go = await goInit({ sizes: [2, 16, 16, 16, 1], x: raw, steps: 20, seed: 3 });
    // Other data: a box elsewhere, of another shape.
    const rng2 = new Rng(5);
    const other = Array.from({ length: 200 }, () => [-3 + 0.5 * rng2.uniform(), 40 + 10 * rng2.uniform()]);
    const sizes = [2, 24, 24, 24, 1];
    const moved = go.transfer({ x: other, sizes });
    expect(moved.sizes).toEqual(sizes);
    expect(moved.layerScales).toEqual(go.layerScales);
    expect(moved.layerBiases).toEqual(go.layerBiases);
    expect(moved.strength).toEqual({ rule: 'fixed', pathSteps: go.strength.pathSteps });
    // The new points' statistics, by a second computation (two-pass in float64 over the columns).
    for (let j = 0; j < 2; j++) {
      const col = other.map((r) => r[j] as number);
      const m = col.reduce((s, v) => s + v, 0) / col.length;
      const sd = Math.sqrt(col.reduce((s, v) => s + (v - m) ** 2, 0) / col.length);
      expect(moved.inputNormalization.mean[j]).toBeCloseTo(m, 10);
      expect(moved.inputNormalization.std[j]).toBeCloseTo(sd, 10);
    }
    // Its network on the raw new points is the law's unfolded draw on the hand-normalised points.
    const before = tf.memory().numTensors;
    const folded = moved.createMlp(9);
    const unfolded = createMlp({ sizes, init: 'fan-in-normal', seed: 9, layerScales: [...go.layerScales], layerBiases: [...go.layerBiases] });
    const m = moved.inputNormalization.mean;
    const sd = moved.inputNormalization.std;
    const a = folded.forward(other);
    const b = unfolded.forward(other.map((r) => r.map((v, j) => (v - (m[j] as number)) / (sd[j] as number))));
    expect(relativeError(await a.data(), await b.data())).toBeLessThan(bound);
    tf.dispose([a, b]);
    folded.dispose();
    unfolded.dispose();
    expect(tf.memory().numTensors).toBe(before);
    // The original is untouched, and a round trip keeps the transfer.
    expect(go.sizes).toEqual([2, 16, 16, 16, 1]);
    expect(GoResult.fromJSON(JSON.stringify(moved.toJSON())).inputNormalization).toEqual(moved.inputNormalization);
    // Depth and input dimension belong to the law; bad points are named.
    expect(() => go.transfer({ x: other, sizes: [2, 16, 16, 1] })).toThrow(/opts\.sizes.*hidden layers|hidden layers/);
    expect(() => go.transfer({ x: other, sizes: [3, 16, 16, 16, 1] })).toThrow(/input dimension 2/);
    expect(() => go.transfer({ x: [[1, 2, 3]] })).toThrow(/rows with 2 numbers/);
    expect(() => go.transfer({ x: [[1, Number.NaN]] })).toThrow(/opts\.x/);
  });
});
