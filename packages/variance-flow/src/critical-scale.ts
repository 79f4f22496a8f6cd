import { type Activation, MlpinitError, assertFinite, assertInteger, assertNonNegative, assertPositive } from '@mlpinit/core';
import { brentRoot } from './brent.js';
import { attractingFixedPoint } from './attracting-fixed-point.js';
import { chi1Resolved } from './mean-field.js';
import { type ResolvedMap, assertLength, resolveActivation } from './map-options.js';

/** Options of {@link criticalScale}. */
export interface CriticalScaleOptions {
  /** Constant bias shift b (default 0). */
  bias?: number;
  /** Bias noise σ_b (default 0). */
  biasStd?: number;
  /** Search interval [cMin, cMax] for the weight scale (default [0.05, 4]). */
  cMin?: number;
  cMax?: number;
  /** Number of grid intervals scanned for the sign change of χ₁ − 1 (default 40). */
  grid?: number;
  /** Root second moment of the inputs (default 1) and divergence bound (default 10). */
  s0?: number;
  sMax?: number;
}

/** The edge of chaos found by {@link criticalScale}. */
export interface CriticalScale {
  /** The weight scale c with χ₁ = 1. */
  c: number;
  /** Length fixed point s* and pre-activation variance q* there. */
  sStar: number;
  qStar: number;
  /** χ₁ at c (1 up to the root-finding tolerance). */
  chi1: number;
}

/** |χ₁ − 1| at the returned scale, allowing for the root finder's tolerance. */
const EDGE_TOL = 1e-6;

/** χ₁ − 1 at scale c; divergent lengths count as chaotic (+1). */
function excess(f: Activation, c: number, bias: number, biasStd: number, s0: number, sMax: number): { value: number; s: number | null } {
  const m: ResolvedMap = { f, c, bias, biasStd };
  const s = attractingFixedPoint(m, s0, sMax);
  if (s === null) return { value: 1, s };
  return { value: chi1Resolved(m, (c * s) ** 2 + biasStd ** 2) - 1, s };
}

/**
 * The weight scale c that puts a deep MLP on the edge of chaos, χ₁ = 1
 * (Poole et al. 2016; Schoenholz et al. 2017, Sec. 3): the smallest c in
 * [cMin, cMax] where χ₁(c) − 1 changes sign from negative to positive,
 * with χ₁ evaluated at the length fixed point q*(c) reached from s0, refined
 * with Brent's method. Returns null when χ₁ stays on one side of 1 (e.g.
 * activations whose networks are ordered for every c in range) or crosses it
 * only by a jump of q* (a saddle-node bifurcation of the length map, as for
 * gelu, where the network switches from the zero fixed point to a large one
 * discontinuously). For tanh with σ_b = 0 it is c = 1; for relu, c = √2
 * (He et al. 2015); for relu with σ_b > 0 the lengths diverge (q* > sMax)
 * before χ₁ = c²/2 reaches 1, so the result is null.
 */
export function criticalScale(activation: string | Activation, opts: CriticalScaleOptions = {}): CriticalScale | null {
  const f = resolveActivation(activation);
  const bias = opts.bias ?? 0;
  const biasStd = opts.biasStd ?? 0;
  const cMin = opts.cMin ?? 0.05;
  const cMax = opts.cMax ?? 4;
  const grid = opts.grid ?? 40;
  const s0 = opts.s0 ?? 1;
  const sMax = opts.sMax ?? 10;
  assertFinite(bias, 'opts.bias');
  assertNonNegative(biasStd, 'opts.biasStd');
  assertNonNegative(cMin, 'opts.cMin');
  assertPositive(cMax, 'opts.cMax');
  if (cMax <= cMin) throw new MlpinitError('INVALID_ARGUMENT', `expected cMax > cMin, got [${cMin}, ${cMax}]`, 'opts.cMax');
  assertInteger(grid, 'opts.grid', 1);
  assertLength(s0, 'opts.s0');
  assertPositive(sMax, 'opts.sMax');
  const h = (c: number): number => excess(f, c, bias, biasStd, s0, Math.max(sMax, s0)).value;
  let a = cMin;
  let ha = h(a);
  for (let k = 1; k <= grid; k++) {
    const b = cMin + ((cMax - cMin) * k) / grid;
    const hb = h(b);
    if (ha <= 0 && hb > 0) {
      const c = ha === 0 ? a : brentRoot(h, a, b, ha, hb, 1e-12);
      // Accept a continuous crossing of χ₁ = 1 (checked on both sides of c,
      // since at relu's critical scale the lengths diverge just above it);
      // a jump of q* across 1 (a saddle-node of the length map, e.g. gelu)
      // is no edge of chaos: keep scanning.
      const d = 1e-9 * Math.max(1, c);
      const left = excess(f, Math.max(c - d, 0), bias, biasStd, s0, Math.max(sMax, s0));
      const right = excess(f, c + d, bias, biasStd, s0, Math.max(sMax, s0));
      const at = [left, right].find((r) => r.s !== null && Math.abs(r.value) <= EDGE_TOL);
      if (at && at.s !== null) {
        return { c, sStar: at.s, qStar: (c * at.s) ** 2 + biasStd ** 2, chi1: at.value + 1 };
      }
    }
    a = b;
    ha = hb;
  }
  return null;
}
