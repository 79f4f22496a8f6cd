import { describe, expect, it } from 'vitest';
import { brentRoot } from './brent.js';

describe('brentRoot', () => {
  it('finds the Dottie number cos x = x and √2 as the root of x² − 2', () => {
    // Dottie number to 16 digits (OEIS A003957).
    expect(brentRoot((x) => Math.cos(x) - x, 0, 1)).toBeCloseTo(0.7390851332151607, 14);
    expect(brentRoot((x) => x * x - 2, 0, 2)).toBeCloseTo(Math.SQRT2, 14);
  });

  it('returns a bracket end that is already a root, and handles a root at a discontinuity', () => {
    expect(brentRoot((x) => x - 1, 1, 3)).toBe(1);
    const jump = brentRoot((x) => (x < 0.3 ? -1 : 1), 0, 1);
    expect(jump).toBeCloseTo(0.3, 12);
  });
});
