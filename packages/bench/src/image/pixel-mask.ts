import { MlpinitError, Rng } from '@mlpinit/core';

/** Disjoint, sorted pixel indices for training and for held-out evaluation. */
export interface PixelMask {
  train: Int32Array;
  heldOut: Int32Array;
}

/**
 * A seeded random subset of round(fraction·n) of n pixels for training (the
 * first entries of a seeded Fisher–Yates permutation, sorted); the rest are
 * held out. The same seed gives the same mask for every init.
 */
export function randomPixelMask(n: number, fraction: number, seed: number): PixelMask {
  if (!Number.isInteger(n) || n < 2) throw new MlpinitError('INVALID_ARGUMENT', `expected an integer ≥ 2, got ${n}`, 'n');
  if (!(fraction > 0 && fraction < 1)) {
    throw new MlpinitError('INVALID_ARGUMENT', `expected a fraction in (0, 1), got ${fraction}`, '--pixels');
  }
  const k = Math.min(n - 1, Math.max(1, Math.round(fraction * n)));
  const perm = new Rng(seed).permutation(n);
  const train = perm.slice(0, k).sort();
  const heldOut = perm.slice(k).sort();
  return { train, heldOut };
}
