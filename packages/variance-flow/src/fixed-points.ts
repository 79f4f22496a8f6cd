import { type Activation, MlpinitError, assertInteger, assertPositive } from '@mlpinit/core';
import { brentRoot } from './brent.js';
import { lengthMapResolved, lengthMapSlopeResolved } from './length-map.js';
import { type MapOptions, type ResolvedMap, resolveMap } from './map-options.js';

/** A fixed point s* = L(s*) of the length map. */
export interface FixedPoint {
  /** The fixed point s*. */
  s: number;
  /** dL/ds at s* (the one-sided limit at s* = 0). */
  slope: number;
  /** |slope| < 1: nearby lengths converge to s* under iteration. */
  stable: boolean;
  /**
   * The fixed point's kind under iteration: `stable` (|slope| < 1),
   * `unstable` (|slope| > 1), and where |slope| = 1 (to 1e-9), read from the
   * sign of L(s) − s on either side (|slope| within 1e-7 of 1): `marginally stable` (lengths still
   * drift to s*, slowly: tanh at c = 1 collapses to 0 this way),
   * `marginally unstable`, or `neutral` (L(s) = s on both sides: the ends of an
   * interval of fixed points, e.g. relu at c = √2).
   */
  stability: FixedPointStability;
}

/** See {@link FixedPoint.stability}. */
export type FixedPointStability = 'stable' | 'marginally stable' | 'neutral' | 'marginally unstable' | 'unstable';

/** Options of {@link fixedPoints}. */
export interface FixedPointOptions extends MapOptions {
  /** Upper end of the search interval [0, sMax] (default 10). */
  sMax?: number;
  /** Number of grid intervals scanned for sign changes of L(s) − s (default 200). */
  grid?: number;
}

/** |L(s) − s| below this (relative to 1 + s) counts as zero. */
const ZERO_TOL = 1e-11;

/** Relative width of the probe beside a fixed point whose |slope| is 1. */
const PROBE = 0.02;

function stabilityOf(m: ResolvedMap, s: number, slope: number): FixedPointStability {
  if (Math.abs(Math.abs(slope) - 1) > 1e-7) return Math.abs(slope) < 1 ? 'stable' : 'unstable';
  const h = PROBE * (1 + s);
  const side = (t: number): number => {
    const v = lengthMapResolved(m, t) - t;
    return Math.abs(v) <= 1e-12 * (1 + t) ? 0 : Math.sign(v);
  };
  const above = side(s + h);
  // Lengths are ≥ 0: at s* = 0 only the right side exists.
  const below = s - h >= 0 ? side(s - h) : null;
  if (above === 0 && (below === null || below === 0)) return 'neutral';
  // Attracting: below s* the map moves up (L > s), above it moves down (L < s).
  return above <= 0 && (below === null || below >= 0) ? 'marginally stable' : 'marginally unstable';
}

function point(m: ResolvedMap, s: number): FixedPoint {
  const slope = lengthMapSlopeResolved(m, s);
  return { s, slope, stable: Math.abs(slope) < 1, stability: stabilityOf(m, s, slope) };
}

/** @internal {@link fixedPoints} on resolved options. */
export function fixedPointsResolved(m: ResolvedMap, sMax: number, grid: number): FixedPoint[] {
  const xs: number[] = [];
  const ls: number[] = [];
  for (let k = 0; k <= grid; k++) {
    const s = (sMax * k) / grid;
    xs.push(s);
    ls.push(lengthMapResolved(m, s));
  }
  return fixedPointsOnGrid(m, xs, ls);
}

/**
 * @internal Fixed points from samples ls[k] = L(xs[k]) on an ascending,
 * uniform grid xs starting at 0 (so that curve data can be reused).
 */
export function fixedPointsOnGrid(m: ResolvedMap, xs: readonly number[], ls: readonly number[]): FixedPoint[] {
  const g = (s: number): number => lengthMapResolved(m, s) - s;
  const isZero = (v: number, s: number): boolean => Math.abs(v) <= ZERO_TOL * (1 + s);
  const grid = xs.length - 1;
  const sMax = xs[grid] as number;
  const gs = ls.map((l, k) => l - (xs[k] as number));
  const roots: number[] = [];
  const push = (s: number): void => {
    const last = roots[roots.length - 1];
    if (last === undefined || Math.abs(s - last) > 1e-9 * (1 + s)) roots.push(s);
  };
  // A run of grid points where L(s) = s (e.g. the identity map of linear or
  // relu at the critical scale) is reported by its two ends.
  for (let k = 0; k <= grid; k++) {
    const s = xs[k] as number;
    const v = gs[k] as number;
    if (isZero(v, s)) {
      push(s);
      continue;
    }
    if (k === grid) break;
    const s1 = xs[k + 1] as number;
    const v1 = gs[k + 1] as number;
    if (!isZero(v1, s1) && v * v1 < 0) {
      push(brentRoot(g, s, s1, v, v1));
    } else if (!isZero(v1, s1) && k > 0) {
      // A tangential root (double root) between grid points: |g| has a local
      // minimum near zero; polish it with a golden-section search.
      const v0 = gs[k - 1] as number;
      if (Math.sign(v0) === Math.sign(v) && Math.sign(v) === Math.sign(v1) && Math.abs(v) < Math.abs(v0) && Math.abs(v) < Math.abs(v1)) {
        const t = goldenMinAbs(g, xs[k - 1] as number, s1);
        if (isZero(g(t), t)) push(t);
      }
    }
  }
  const interior = roots.filter((s, i) => {
    // Drop interior points of runs of zeros, keep the run's ends.
    const prev = roots[i - 1];
    const next = roots[i + 1];
    const h = sMax / grid;
    return !(prev !== undefined && next !== undefined && s - prev <= h * 1.0001 && next - s <= h * 1.0001);
  });
  return interior.map((s) => point(m, s));
}

function goldenMinAbs(g: (s: number) => number, a0: number, b0: number): number {
  const r = (Math.sqrt(5) - 1) / 2;
  let a = a0;
  let b = b0;
  let x1 = b - r * (b - a);
  let x2 = a + r * (b - a);
  let f1 = Math.abs(g(x1));
  let f2 = Math.abs(g(x2));
  for (let it = 0; it < 80 && b - a > 1e-12 * (1 + Math.abs(a)); it++) {
    if (f1 < f2) {
      b = x2;
      x2 = x1;
      f2 = f1;
      x1 = b - r * (b - a);
      f1 = Math.abs(g(x1));
    } else {
      a = x1;
      x1 = x2;
      f1 = f2;
      x2 = a + r * (b - a);
      f2 = Math.abs(g(x2));
    }
  }
  return f1 < f2 ? x1 : x2;
}

/**
 * Every fixed point s* = L(s*) of the {@link lengthMap} in [0, sMax],
 * ascending, with its slope and stability (|slope| < 1). Stable fixed points
 * at 0 mean collapsing hidden outputs in deep MLPs (Wang & Perdikaris 2021,
 * "Flow of variance"; Poole et al. 2016, Sec. 2).
 *
 * L(s) − s is scanned on a grid of `grid` intervals; sign changes are refined
 * with Brent's method and tangential (double) roots with a golden-section
 * search. Where L is the identity on a whole interval (linear activation with
 * c = 1, relu with c = √2), the interval's two ends are reported.
 */
export function fixedPoints(activation: string | Activation, opts?: FixedPointOptions): FixedPoint[] {
  const m = resolveMap(activation, opts);
  const sMax = opts?.sMax ?? 10;
  const grid = opts?.grid ?? 200;
  assertPositive(sMax, 'opts.sMax');
  assertInteger(grid, 'opts.grid', 2);
  if (grid > 1e6) throw new MlpinitError('INVALID_ARGUMENT', `expected at most 1e6 grid intervals, got ${grid}`, 'opts.grid');
  return fixedPointsResolved(m, sMax, grid);
}
