import * as tf from '@tensorflow/tfjs-core';
import { getBackendInfo } from './backend.js';
import { describe, expect, it } from 'vitest';
import { psnrDb, relativeL2, snrDb } from './metrics.js';
import { MlpinitError } from './errors.js';
import { describeBackends } from './testing/describe-backends.js';

describe('metrics (closed forms)', () => {
  it('snrDb: error of 1/10 of the signal norm is 20 dB', () => {
    expect(snrDb([3.1, 4], [3, 4])).toBeCloseTo(20 * Math.log10(5 / 0.1), 10);
    expect(snrDb([1.1, 1.1, 1.1, 1.1], [1, 1, 1, 1])).toBeCloseTo(20, 10);
  });
  it('psnrDb: MSE 0.01 at peak 1 is 20 dB', () => {
    expect(psnrDb([0.1, 0.6], [0.2, 0.5], 1)).toBeCloseTo(20, 10);
    expect(psnrDb([10, 60], [20, 50], 255)).toBeCloseTo(10 * Math.log10(255 ** 2 / 100), 10);
  });
  it('relativeL2', () => {
    expect(relativeL2([[0, 0]], [[3, 4]])).toBeCloseTo(1, 12);
    expect(relativeL2([3, 4.5], [3, 4])).toBeCloseTo(0.1, 12);
  });
  it('is Infinity for an exact fit', () => {
    expect(snrDb([1, 2], [1, 2])).toBe(Number.POSITIVE_INFINITY);
  });
  it('rejects mismatched lengths and NaN with a typed error', () => {
    expect(() => snrDb([1, 2, 3], [1, 2])).toThrow(MlpinitError);
    expect(() => snrDb([1, Number.NaN], [1, 2])).toThrow(/pred: entry 1 is NaN/);
  });
});

describeBackends('metrics on tensors', () => {
  it('agree with the array form (or refuse, typed, where reads cannot be synchronous)', async () => {
    const p = tf.tensor2d([[1, 2], [3, 4.5]]);
    const t = tf.tensor2d([[1, 2.2], [3, 4]]);
    if (getBackendInfo()?.syncReads) expect(snrDb(p, t)).toBeCloseTo(snrDb([1, 2, 3, 4.5], [1, 2.2, 3, 4]), 5);
    else expect(() => snrDb(p, t)).toThrow(expect.objectContaining({ code: 'SYNC_READ_UNSUPPORTED', param: 'pred' }));
    expect(snrDb(await p.data(), await t.data())).toBeCloseTo(snrDb([1, 2, 3, 4.5], [1, 2.2, 3, 4]), 5);
    p.dispose();
    t.dispose();
  });
});
