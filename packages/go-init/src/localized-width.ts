import type { Mlp } from '@mlpinit/core';
import { empiricalNtk, ntkLocalization } from '@mlpinit/ntk';
import { boundingBox } from './kernel-rule.js';

/** Probe points per axis of {@link localizedHalfWidth} (1-D: 64; 3-D: 8). */
export const LOCAL_PROBE_SIDE = 24;

/**
 * Smallest probe step in sample spacings: the probe resolves widths well below
 * one spacing. A wider `reach` widens the step (see {@link localizedHalfWidth}).
 */
export const LOCAL_PROBE_STEP = 0.5;

/** Far points (training points far from the probe) whose kernel values give the floor. */
export const FLOOR_POINTS = 64;

/** What {@link localizedHalfWidth} measured. */
export interface LocalizedWidth {
  /** Mean half-width of the floor-corrected kernel on the probe, in input units. */
  halfWidth: number;
  /** The kernel's far-field level: median normalised K(probe, far point). */
  floor: number;
  /**
   * Fraction of probe points whose kernel never fell below 1/2 inside the
   * probe: their half-width is a lower bound (the probe's extent), so a
   * `halfWidth` with `censored` > 0 is a lower bound too.
   */
  censored: number;
  /** The probe's step, in sample spacings. */
  step: number;
}

/** A regular grid of `side` points per axis, `step` apart, centred at `centre`. */
function centredGrid(centre: number[], side: number, step: number): number[][] {
  let grid: number[][] = [[]];
  for (const c of centre) {
    const axis = Array.from({ length: side }, (_, i) => c + (i - (side - 1) / 2) * step);
    grid = grid.flatMap((p) => axis.map((v) => [...p, v]));
  }
  return grid;
}

/**
 * The half-width of the localised part of a network's empirical NTK (Jacot et
 * al. 2018) near the centre of the points `x` (row-major, d per row):
 * 1. the kernel k(x, y) = K(x, y)/√(K(x, x)K(y, y)) on a probe grid whose step
 *    is half the sample spacing (so widths below one spacing are resolved);
 * 2. its floor f: the median of k between the probe and {@link FLOOR_POINTS}
 *    training points farthest from the centre — the level a kernel keeps
 *    however far apart two points are (a deep relu network behind Fourier
 *    features keeps k ≈ 0.5, SIREN ≈ 0.3, a GO tanh network ≈ 0);
 * 3. the half-width, where (k − f)/(1 − f) first falls below 1/2
 *    (@mlpinit/ntk's `ntkLocalization`).
 * A constant floor is one direction of function space (the mean); the
 * localised part is what interpolates between samples.
 *
 * `reach` (in sample spacings, default 0) is the distance the probe must span
 * from its centre along each axis: the step is the larger of
 * {@link LOCAL_PROBE_STEP} and 2·reach/(side − 1), so a caller that needs to
 * tell a half-width of k spacings from a wider one asks for reach ≥ k (the
 * probe's point count, and so its cost, stays fixed).
 */
export async function localizedHalfWidth(net: Mlp, x: Float64Array, d: number, spacing: number, signal?: AbortSignal, reach = 0): Promise<LocalizedWidth> {
  const n = x.length / d;
  const centre = boundingBox(x, d).map(([lo, hi]) => (lo + hi) / 2);
  const side = d === 1 ? 64 : d === 2 ? LOCAL_PROBE_SIDE : 8;
  const step = Math.max(LOCAL_PROBE_STEP, (2 * reach) / (side - 1));
  const probe = centredGrid(centre, side, step * spacing);
  // The training points farthest from the centre, by a deterministic order.
  const dist = Array.from({ length: n }, (_, i) => {
    let s = 0;
    for (let j = 0; j < d; j++) s += ((x[i * d + j] as number) - (centre[j] as number)) ** 2;
    return s;
  });
  const farIdx = [...dist.keys()].sort((a, b) => (dist[b] as number) - (dist[a] as number) || a - b).slice(0, Math.min(FLOOR_POINTS, n));
  const far = farIdx.map((i) => Array.from(x.subarray(i * d, (i + 1) * d)));
  const opts = signal ? { signal } : {};
  const K = await empiricalNtk(net, probe, null, opts);
  const cross = await empiricalNtk(net, probe, far, opts);
  const farSelf = await empiricalNtk(net, far, null, opts);
  const P = probe.length;
  const F = far.length;
  const dp = Array.from({ length: P }, (_, i) => Math.sqrt(K.values[i * P + i] as number));
  const df = Array.from({ length: F }, (_, i) => Math.sqrt(farSelf.values[i * F + i] as number));
  const ks: number[] = [];
  for (let i = 0; i < P; i++) for (let j = 0; j < F; j++) ks.push((cross.values[i * F + j] as number) / ((dp[i] as number) * (df[j] as number)));
  ks.sort((a, b) => a - b);
  const floor = Math.min(ks[Math.floor(ks.length / 2)] as number, 0.99);
  const values = new Float64Array(P * P);
  for (let i = 0; i < P; i++) {
    for (let j = 0; j < P; j++) values[i * P + j] = ((K.values[i * P + j] as number) / ((dp[i] as number) * (dp[j] as number)) - floor) / (1 - floor);
  }
  const loc = ntkLocalization({ values, rows: P, cols: P }, probe);
  return { halfWidth: loc.meanHalfWidth, floor, censored: loc.censored / P, step };
}
