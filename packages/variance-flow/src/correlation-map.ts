import { type Activation, MlpinitError, assertFinite, assertNonNegative } from '@mlpinit/core';
import { attractingFixedPoint } from './attracting-fixed-point.js';
import { brentRoot } from './brent.js';
import { gaussianExpectation } from './gaussian-expectation.js';
import { type MapOptions, type ResolvedMap, quadratureRule, resolveMap } from './map-options.js';

/** Options of {@link correlationMap}. */
export interface CorrelationMapOptions extends MapOptions {
  /** Pre-activation variance q of both inputs (default q* reached from s0 = 1). */
  q?: number;
}

/** Inner and outer accuracy of the nested two-dimensional expectations. */
const REL_TOL_2D = 1e-8;

/**
 * E[g(u₁)·h(u₂)] for (u₁, u₂) Gaussian with mean b, variance q and
 * correlation ρ: nested one-dimensional expectations,
 * u₂ | u₁ ~ N(b + ρ(u₁ − b), q(1 − ρ²)).
 */
function pairExpectation(m: ResolvedMap, g: (x: number) => number, h: (x: number) => number, rho: number, q: number): number {
  const sd = Math.sqrt(q);
  const base = { ...quadratureRule(m.f), relTol: REL_TOL_2D };
  // The pair expectation can vanish (ρ = 0 with an odd f): tolerances
  // relative to its Cauchy–Schwarz bound √(E[g²]E[h²]) keep the integrator
  // from chasing rounding noise.
  const g2 = gaussianExpectation((x) => g(x) ** 2, m.bias, sd, base);
  const h2 = gaussianExpectation((x) => h(x) ** 2, m.bias, sd, base);
  const inner = { ...base, absTol: REL_TOL_2D * Math.sqrt(h2) };
  const outer = { ...base, absTol: REL_TOL_2D * Math.sqrt(g2 * h2) };
  const condSd = sd * Math.sqrt(Math.max(0, 1 - rho * rho));
  return gaussianExpectation((u1) => g(u1) * gaussianExpectation(h, m.bias + rho * (u1 - m.bias), condSd, inner), m.bias, sd, outer);
}

/** @internal ρ_{l+1} from ρ_l at pre-activation variance q. */
export function correlationMapResolved(m: ResolvedMap, rho: number, q: number): number {
  if (q === 0) return 1;
  const f = m.f.scalar;
  return (m.c * m.c * pairExpectation(m, f, f, rho, q) + m.biasStd ** 2) / q;
}

/** @internal χ_c(ρ) = c²·E[f'(u₁)f'(u₂)]. */
export function correlationSlopeResolved(m: ResolvedMap, rho: number, q: number): number {
  const df = m.f.derivative;
  return m.c * m.c * pairExpectation(m, df, df, rho, q);
}

function resolveQ(m: ResolvedMap, opts: CorrelationMapOptions | undefined): number {
  if (opts?.q !== undefined) {
    assertNonNegative(opts.q, 'opts.q');
    return opts.q;
  }
  const s = attractingFixedPoint(m, 1, 10);
  if (s === null) throw new MlpinitError('INVALID_ARGUMENT', 'the length map diverges from s0 = 1; pass opts.q explicitly', 'opts.q');
  return (m.c * s) ** 2 + m.biasStd ** 2;
}

function checkRho(rho: unknown): asserts rho is number {
  assertFinite(rho, 'rho');
  if (rho < -1 || rho > 1) throw new MlpinitError('INVALID_ARGUMENT', `expected a correlation in [-1, 1], got ${rho}`, 'rho');
}

/**
 * The correlation map (c-map) of two inputs whose pre-activations have
 * variance q and correlation ρ (Poole et al. 2016, Eq. 5):
 *
 *   ρ_{l+1} = ( c²·E[f(u₁)f(u₂)] + σ_b² ) / q,
 *
 * (u₁, u₂) ~ N(b, q·[[1, ρ], [ρ, 1]]), evaluated at the length fixed point
 * q = q* unless `opts.q` is given. ρ = 1 is always fixed; its slope there is χ₁.
 */
export function correlationMap(activation: string | Activation, rho: number, opts?: CorrelationMapOptions): number {
  const m = resolveMap(activation, opts);
  checkRho(rho);
  return correlationMapResolved(m, rho, resolveQ(m, opts));
}

/** Slope dρ_{l+1}/dρ_l = c²·E[f'(u₁)f'(u₂)] of the {@link correlationMap} (Poole et al. 2016, Eq. 7 at ρ = 1). */
export function correlationMapSlope(activation: string | Activation, rho: number, opts?: CorrelationMapOptions): number {
  const m = resolveMap(activation, opts);
  checkRho(rho);
  const q = resolveQ(m, opts);
  return correlationSlopeResolved(m, rho, q);
}

/** @internal The stable fixed point ρ* in [0, 1) of the correlation map at q = q* when χ₁ > 1. */
export function chaoticCorrelation(m: ResolvedMap, q: number): number {
  const g = (rho: number): number => correlationMapResolved(m, rho, q) - rho;
  const g0 = g(0);
  if (g0 <= 0) return 0;
  for (let delta = 0.25; delta > 1e-9; delta /= 4) {
    const gd = g(1 - delta);
    if (gd < 0) return brentRoot(g, 0, 1 - delta, g0, gd, 1e-9);
  }
  return 1;
}

/** The attracting fixed point of the correlation map. */
export interface CorrelationFixedPoint {
  /** ρ*: 1 in the ordered phase and at the edge of chaos, below 1 in the chaotic phase. */
  rho: number;
  /** χ_c(ρ*) = c²·E[f′(u₁)f′(u₂)], the map's slope there (χ₁ when ρ* = 1). */
  slope: number;
  /** |slope| < 1. */
  stable: boolean;
  /** The pre-activation variance q* the map runs at. */
  qStar: number;
}

/**
 * The fixed point of the {@link correlationMap} that correlations of two
 * inputs converge to with depth (Poole et al. 2016, Sec. 3; Schoenholz et
 * al. 2017, Sec. 3), at the length fixed point q* reached from s0 = 1: ρ* = 1
 * when χ₁ ≤ 1 (inputs become perfectly correlated), otherwise the stable root
 * ρ* < 1 of ρ = c-map(ρ) in [0, 1), found with Brent's method.
 */
export function correlationFixedPoint(activation: string | Activation, opts?: MapOptions): CorrelationFixedPoint {
  const m = resolveMap(activation, opts);
  const qStar = resolveQ(m, undefined);
  const chi1 = correlationSlopeResolved(m, 1, qStar);
  if (chi1 <= 1 || qStar === 0) return { rho: 1, slope: chi1, stable: chi1 < 1, qStar };
  const rho = chaoticCorrelation(m, qStar);
  const slope = correlationSlopeResolved(m, rho, qStar);
  return { rho, slope, stable: Math.abs(slope) < 1, qStar };
}
