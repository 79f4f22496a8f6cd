import { type Activation, assertFinite, assertPositive } from '@mlpinit/core';
import { attractingFixedPoint } from './attracting-fixed-point.js';
import { chaoticCorrelation, correlationSlopeResolved } from './correlation-map.js';
import { gaussianExpectation } from './gaussian-expectation.js';
import { lengthMapSlopeResolved } from './length-map.js';
import { type MapOptions, type ResolvedMap, assertLength, quadratureRule, resolveMap } from './map-options.js';

/** Phase of a deep random network (Poole et al. 2016; Schoenholz et al. 2017). */
export type Phase = 'ordered' | 'chaotic' | 'edge-of-chaos' | 'divergent';

/** Options of {@link meanField}. */
export interface MeanFieldOptions extends MapOptions {
  /** Root second moment of the inputs the length map starts from (default 1). */
  s0?: number;
  /** Lengths beyond sMax count as divergent (default 10). */
  sMax?: number;
  /** |χ₁ − 1| ≤ edgeTol counts as the edge of chaos (default 1e-6). */
  edgeTol?: number;
}

/** The mean-field description of a deep random MLP at its fixed point. */
export interface MeanField {
  /** Fixed point s* of the length map reached from s0 (null when divergent). */
  sStar: number | null;
  /** Pre-activation variance q* = c²s*² + σ_b² at the fixed point. */
  qStar: number | null;
  /** χ₁ = c²·E[f'(√q*·z + b)²], the slope of the correlation map at ρ = 1. */
  chi1: number | null;
  /** χ_q = dq_{l+1}/dq_l at q*. */
  chiQ: number | null;
  /** Stable fixed point ρ* of the correlation map (1 unless chaotic). */
  rhoStar: number | null;
  /** χ_c = c²·E[f'(u₁)f'(u₂)] at ρ*: the correlation map's slope there. */
  chiC: number | null;
  /** Depth scale of the length: ξ_q = −1/ln χ_q (Infinity at χ_q = 1). */
  xiQ: number | null;
  /** Depth scale of correlations: ξ_c = −1/ln χ_c (Infinity at the edge of chaos). */
  xiC: number | null;
  phase: Phase;
}

/** ξ = −1/ln χ for a contraction χ < 1; Infinity when χ is 1 up to rounding. */
const depthScale = (chi: number): number => (Math.abs(chi) >= 1 - 1e-12 ? Number.POSITIVE_INFINITY : -1 / Math.log(Math.abs(chi)));

/** χ₁ = c²·E[f'(√q·z + b)²] (Poole et al. 2016, Eq. 7; Schoenholz et al. 2017, Eq. 5). */
export function chi1Resolved(m: ResolvedMap, q: number): number {
  const df = m.f.derivative;
  const kinks = m.f.kinks;
  if (q === 0 && kinks?.includes(m.bias)) {
    const d = 1e-9 * (1 + Math.abs(m.bias));
    return m.c * m.c * 0.5 * (df(m.bias + d) ** 2 + df(m.bias - d) ** 2);
  }
  return m.c * m.c * gaussianExpectation((x) => df(x) ** 2, m.bias, Math.sqrt(q), quadratureRule(m.f));
}

/** @internal {@link meanField} on resolved options. */
export function meanFieldResolved(m: ResolvedMap, s0: number, sMax: number, edgeTol: number): MeanField {
  const sStar = attractingFixedPoint(m, s0, sMax);
  if (sStar === null) {
    return { sStar: null, qStar: null, chi1: null, chiQ: null, rhoStar: null, chiC: null, xiQ: null, xiC: null, phase: 'divergent' };
  }
  const qStar = (m.c * sStar) ** 2 + m.biasStd ** 2;
  const chi1 = chi1Resolved(m, qStar);
  const slope = lengthMapSlopeResolved(m, sStar);
  // dq'/dq = L(s)·L'(s)/s, which is L'(s*) at s* > 0 and L'(0)² at s* = 0.
  const chiQ = sStar > 0 ? slope : slope * slope;
  let phase: Phase = 'ordered';
  let rhoStar = 1;
  let chiC = chi1;
  if (Math.abs(chi1 - 1) <= edgeTol) phase = 'edge-of-chaos';
  else if (chi1 > 1) {
    phase = 'chaotic';
    rhoStar = chaoticCorrelation(m, qStar);
    chiC = correlationSlopeResolved(m, rhoStar, qStar);
  }
  return { sStar, qStar, chi1, chiQ, rhoStar, chiC, xiQ: depthScale(chiQ), xiC: phase === 'edge-of-chaos' ? Number.POSITIVE_INFINITY : depthScale(chiC), phase };
}

/**
 * Mean-field theory of signal propagation through a deep random MLP (Poole
 * et al. 2016; Schoenholz et al. 2017, "Deep information propagation"): the
 * length fixed point q* reached from inputs of root second moment s0, χ₁, the
 * phase (ordered χ₁ < 1: inputs become correlated and gradients vanish;
 * chaotic χ₁ > 1: inputs decorrelate to ρ* < 1 and gradients explode; edge of
 * chaos χ₁ = 1), and the depth scales ξ_q = −1/ln χ_q and ξ_c = −1/ln χ_c
 * (Schoenholz et al. 2017, Eqs. 7 and 9) over which lengths and correlations
 * approach their fixed points. 'divergent' means the lengths grow past sMax
 * (unbounded activations above their critical scale).
 */
export function meanField(activation: string | Activation, opts?: MeanFieldOptions): MeanField {
  const m = resolveMap(activation, opts);
  const s0 = opts?.s0 ?? 1;
  const sMax = opts?.sMax ?? 10;
  const edgeTol = opts?.edgeTol ?? 1e-6;
  assertLength(s0, 'opts.s0');
  assertPositive(sMax, 'opts.sMax');
  assertFinite(edgeTol, 'opts.edgeTol');
  return meanFieldResolved(m, s0, Math.max(sMax, s0), edgeTol);
}
