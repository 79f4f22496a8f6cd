import { MlpinitError } from '@mlpinit/core';
import { type Kernel, type KernelInput, readKernel } from './kernel.js';
import { type Points, readPoints } from './points.js';

/** Locality measures of a kernel over a set of points (see {@link ntkLocalization}). */
export interface NtkLocalization {
  /** K(x, y)/√(K(x, x)·K(y, y)): 1 on the diagonal, in [−1, 1] for a PSD kernel. */
  normalized: Kernel;
  /**
   * Per point: the distance at which the normalised kernel first falls below
   * 1/2, linearly interpolated between neighbouring points. 1-D: the mean over
   * the two directions (one at the ends of the grid); d ≥ 2: walking outwards
   * over all points by distance. A point whose kernel never falls below 1/2
   * gets the distance to the farthest point (a lower bound; see `censored`).
   */
  halfWidths: number[];
  /** Mean of `halfWidths` over the points. */
  meanHalfWidth: number;
  /** How many points never fell below 1/2 (their half-width is a lower bound). */
  censored: number;
  /**
   * Mean over points x of the kernel-energy-weighted RMS distance
   * √(Σ_y k(x,y)²·|x − y|² / Σ_y k(x,y)²), k the normalised kernel. Unlike the
   * half-width it sees side lobes, negative lobes and heavy tails and needs no
   * threshold; for the Gaussian kernel exp(−d²/2ℓ²) it is ℓ/√2 in 1-D and ℓ
   * in 2-D.
   */
  rmsWidth: number;
  /**
   * Mean over points x of Σ_y k(x,y)²: how many points a point's kernel
   * effectively reaches (1 for a perfectly local kernel, N for a constant one).
   * Grid-dependent: ≈ ℓ√π/Δ for a Gaussian kernel on a 1-D grid of spacing Δ.
   */
  effectiveNeighbours: number;
}

const crossing = (dPrev: number, vPrev: number, d: number, v: number): number =>
  vPrev === v ? d : dPrev + ((d - dPrev) * (vPrev - 0.5)) / (vPrev - v);

/** Walks points in the given order (distances ascending) from (0, 1); the first crossing of 1/2 or null. */
function firstCrossing(order: number[], dist: (j: number) => number, value: (j: number) => number): number | null {
  let dPrev = 0;
  let vPrev = 1;
  for (const j of order) {
    const d = dist(j);
    const v = value(j);
    if (v < 0.5) return crossing(dPrev, vPrev, d, v);
    dPrev = d;
    vPrev = v;
  }
  return null;
}

/**
 * Locality of a kernel in the data domain (the analysis behind Figure 3 of
 * Wang & Perdikaris 2021: under GO the NTK of a deep tanh MLP is localized,
 * under Glorot it is not). Normalises K to k(x, y) = K(x, y)/√(K(x, x)K(y, y))
 * and measures how fast k decays with |x − y|: the mean half-width (intended
 * for 1-D and 2-D inputs), the energy-weighted RMS width and the effective
 * number of neighbours (see {@link NtkLocalization}).
 *
 * @param K an N × N kernel of the points with themselves (`'trace'` layout), positive diagonal.
 * @param x the N points (rows, or `number[]` for 1-D points).
 */
export function ntkLocalization(K: KernelInput, x: Points): NtkLocalization {
  const pts = readPoints(x, 'x');
  const n = pts.length;
  const { values, rows, cols } = readKernel(K, 'K');
  if (rows !== n || cols !== n) {
    throw new MlpinitError('SHAPE_MISMATCH', `expected an ${n} × ${n} kernel (one row and column per point), got ${rows} × ${cols}`, 'K');
  }
  const diag = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i * n + i] as number;
    if (!(v > 0)) throw new MlpinitError('INVALID_ARGUMENT', `diagonal entry ${i} is ${v}; a kernel's diagonal must be positive`, 'K');
    diag[i] = Math.sqrt(v);
  }
  const norm = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) norm[i * n + j] = (values[i * n + j] as number) / ((diag[i] as number) * (diag[j] as number));
  const dim = (pts[0] as number[]).length;
  const dist = (i: number, j: number): number => {
    const a = pts[i] as number[];
    const b = pts[j] as number[];
    let s = 0;
    for (let k = 0; k < dim; k++) s += ((a[k] as number) - (b[k] as number)) ** 2;
    return Math.sqrt(s);
  };

  const halfWidths: number[] = [];
  let censored = 0;
  let rmsSum = 0;
  let neighbourSum = 0;
  const sorted = [...pts.keys()].sort((a, b) => ((pts[a] as number[])[0] as number) - ((pts[b] as number[])[0] as number));
  for (let i = 0; i < n; i++) {
    const row = (j: number): number => norm[i * n + j] as number;
    const di = new Float64Array(n);
    for (let j = 0; j < n; j++) di[j] = dist(i, j);
    const d = (j: number): number => di[j] as number;
    let found: number[] = [];
    let farthest = 0;
    if (dim === 1) {
      const xi = (pts[i] as number[])[0] as number;
      const right = sorted.filter((j) => ((pts[j] as number[])[0] as number) > xi);
      const left = sorted.filter((j) => ((pts[j] as number[])[0] as number) < xi).reverse();
      for (const side of [left, right]) {
        const c = firstCrossing(side, d, row);
        if (c !== null) found.push(c);
        else if (side.length > 0) farthest = Math.max(farthest, d(side.at(-1) as number));
      }
    } else {
      // Walking outwards by distance, the first point below 1/2 is the nearest such point, and the point
      // before it is the farthest of those nearer (all ≥ 1/2): O(N) per point, no sort.
      let dBelow = Number.POSITIVE_INFINITY;
      let vBelow = 0;
      for (let j = 0; j < n; j++) {
        if (j !== i && row(j) < 0.5 && d(j) < dBelow) {
          dBelow = d(j);
          vBelow = row(j);
        }
      }
      let dPrev = 0;
      let vPrev = 1;
      for (let j = 0; j < n; j++) {
        if (j !== i && d(j) < dBelow && d(j) > dPrev) {
          dPrev = d(j);
          vPrev = row(j);
        }
        if (j !== i) farthest = Math.max(farthest, d(j));
      }
      if (Number.isFinite(dBelow)) found = [crossing(dPrev, vPrev, dBelow, vBelow)];
    }
    if (found.length > 0) halfWidths.push(found.reduce((s, v) => s + v, 0) / found.length);
    else {
      censored += 1;
      halfWidths.push(farthest);
    }
    let w = 0;
    let wd = 0;
    for (let j = 0; j < n; j++) {
      const k2 = row(j) ** 2;
      w += k2;
      wd += k2 * d(j) ** 2;
    }
    rmsSum += Math.sqrt(wd / w);
    neighbourSum += w;
  }
  return {
    normalized: { values: norm, rows: n, cols: n, n1: n, n2: n, outputs: 1 },
    halfWidths,
    meanHalfWidth: halfWidths.reduce((s, v) => s + v, 0) / n,
    censored,
    rmsWidth: rmsSum / n,
    effectiveNeighbours: neighbourSum / n,
  };
}
