import { describe, expect, it } from 'vitest';
import { describeScales } from './describe-scales.js';

describe('describeScales', () => {
  it('lists a few candidates, ranges many interpolated scales', () => {
    expect(describeScales([])).toBe('–');
    expect(describeScales([20, 10, 10, 20])).toBe('10, 20');
    expect(describeScales([18.7342, 18.7342])).toBe('18.7');
    // Five distinct values: min–max with the median by a plain sort.
    expect(describeScales([19.21, 17.5, 18.04, 21.33, 16.9])).toBe('16.9–21.3 (median 18)');
    expect(describeScales([1, 2, 3, 4, 5, 6])).toBe('1–6 (median 3.5)');
  });
});
