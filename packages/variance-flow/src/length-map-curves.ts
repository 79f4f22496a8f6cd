import { MlpinitError, assertInteger, assertPositive } from '@mlpinit/core';
import { type FixedPointStability, fixedPointsOnGrid } from './fixed-points.js';
import { lengthMapWithSlope } from './length-map.js';
import { resolveMap } from './map-options.js';
import { type Scheme, type SchemeName, getScheme } from './schemes.js';

/** Options of {@link lengthMapCurves}. */
export interface LengthMapCurvesOptions {
  /** Schemes to plot, by name or as custom {@link Scheme}-like objects (default all three). */
  schemes?: (SchemeName | Pick<Scheme, 'label' | 'activation' | 'c'>)[];
  /** Right end of the s axis (default 4). */
  sMax?: number;
  /** Number of samples of each curve (default 101). */
  points?: number;
}

/** One sample of a length-map curve. */
export interface CurvePoint {
  scheme: string;
  s: number;
  /** s_{i+1} = L(s). */
  map: number;
  /** dL/ds. */
  slope: number;
}

/** A fixed point of one scheme's length map. */
export interface CurveFixedPoint extends CurvePoint {
  stable: boolean;
  /** See {@link FixedPoint.stability}. */
  stability: FixedPointStability;
}

/** The data of Figure 2. */
export interface LengthMapCurves {
  sMax: number;
  curves: CurvePoint[];
  fixedPoints: CurveFixedPoint[];
}

/**
 * The data of Figure 2 of Wang & Perdikaris (2021): every scheme's length map
 * L(s) and slope dL/ds on [0, sMax], with its fixed points in [0, sMax].
 */
export function lengthMapCurves(opts: LengthMapCurvesOptions = {}): LengthMapCurves {
  const sMax = opts.sMax ?? 4;
  const points = opts.points ?? 101;
  assertPositive(sMax, 'opts.sMax');
  assertInteger(points, 'opts.points', 2);
  const schemes = (opts.schemes ?? (['glorot', 'he', 'siren'] as SchemeName[])).map((s) => (typeof s === 'string' ? getScheme(s) : s));
  if (schemes.length === 0) throw new MlpinitError('INVALID_ARGUMENT', 'expected at least one scheme', 'opts.schemes');
  const curves: CurvePoint[] = [];
  const fixed: CurveFixedPoint[] = [];
  for (const scheme of schemes) {
    const m = resolveMap(scheme.activation, { c: scheme.c });
    const xs: number[] = [];
    const ls: number[] = [];
    for (let k = 0; k < points; k++) {
      const s = (sMax * k) / (points - 1);
      const { map, slope } = lengthMapWithSlope(m, s);
      xs.push(s);
      ls.push(map);
      curves.push({ scheme: scheme.label, s, map, slope });
    }
    for (const p of fixedPointsOnGrid(m, xs, ls)) fixed.push({ scheme: scheme.label, s: p.s, map: p.s, slope: p.slope, stable: p.stable, stability: p.stability });
  }
  return { sMax, curves, fixedPoints: fixed };
}
