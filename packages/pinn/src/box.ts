import { MlpinitError, type Rng } from '@mlpinit/core';

/** An axis-aligned box [lower_k, upper_k]^K: the domains of the shipped problems. */
export interface Box {
  readonly lower: readonly number[];
  readonly upper: readonly number[];
}

/** Checks a box: equal lengths, finite bounds, lower < upper. */
export function checkBox(box: Box, param = 'domain'): void {
  if (!box || !Array.isArray(box.lower) || !Array.isArray(box.upper) || box.lower.length === 0 || box.lower.length !== box.upper.length) {
    throw new MlpinitError('INVALID_ARGUMENT', 'expected {lower: number[], upper: number[]} of equal, non-zero length', param);
  }
  box.lower.forEach((lo, k) => {
    const hi = box.upper[k] as number;
    if (!Number.isFinite(lo) || !Number.isFinite(hi) || !(lo < hi)) {
      throw new MlpinitError('INVALID_ARGUMENT', `expected finite lower[${k}] < upper[${k}], got ${lo} and ${hi}`, param);
    }
  });
}

/** n points drawn uniformly in the box from `rng`, [n][K]. */
export function uniformInBox(box: Box, n: number, rng: Rng): number[][] {
  const K = box.lower.length;
  const u = rng.uniformArray(n * K, 0, 1);
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: K }, (_, k) => (box.lower[k] as number) + (u[i * K + k] as number) * ((box.upper[k] as number) - (box.lower[k] as number))),
  );
}

/**
 * `perFace` points drawn uniformly on each of the box's 2K faces, face by
 * face (x_k = lower_k, then x_k = upper_k, for k = 0, 1, …): [2K·perFace][K].
 * In one dimension the faces are the two end points.
 */
export function uniformOnFaces(box: Box, perFace: number, rng: Rng): number[][] {
  const K = box.lower.length;
  const out: number[][] = [];
  for (let k = 0; k < K; k++) {
    for (const side of [box.lower[k] as number, box.upper[k] as number]) {
      const pts = uniformInBox(box, perFace, rng);
      for (const p of pts) {
        p[k] = side;
        out.push(p);
      }
    }
  }
  return out;
}

/** A tensor-product grid of `n` equispaced points per axis, end points included: [n^K][K], the last axis fastest. */
export function boxGrid(box: Box, n: number): number[][] {
  const K = box.lower.length;
  const axes = box.lower.map((lo, k) => Array.from({ length: n }, (_, i) => lo + (i * ((box.upper[k] as number) - lo)) / (n - 1)));
  let pts: number[][] = [[]];
  for (let k = 0; k < K; k++) pts = pts.flatMap((p) => (axes[k] as number[]).map((v) => [...p, v]));
  return pts;
}

/**
 * Per-axis mean and standard deviation of the uniform law on the box,
 * (a + b)/2 and (b − a)/√12: the input standardisation of the authors' PINN
 * codes (they estimate it from 10⁵ uniform samples; this is its limit).
 */
export function uniformMoments(box: Box): { mean: number[]; std: number[] } {
  return {
    mean: box.lower.map((lo, k) => (lo + (box.upper[k] as number)) / 2),
    std: box.lower.map((lo, k) => ((box.upper[k] as number) - lo) / Math.sqrt(12)),
  };
}
