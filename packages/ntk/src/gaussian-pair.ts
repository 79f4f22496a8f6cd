import { MlpinitError } from '@mlpinit/core';
import { type GaussRule, gaussHermiteNormal, gaussLegendre } from './gauss-rules.js';
import erfc from '@stdlib/math-base-special-erfc';
import type { KernelActivation } from './kernel-activation.js';
import { type SmoothingTable, buildSmoothingTable, isBounded } from './smoothing-table.js';

/** Beyond |z| = 9 the standard normal density is below 1.1e-18: the integrals are truncated there. */
const Z = 9;
/** Grid of panel edges in z (the density's own scale). */
const Z_GRID = [-7, -5, -3, -1, 1, 3, 5, 7];
/** Largest number of panels one integral may use (oscillating activations at large variance). */
const MAX_PANELS = 4096;
/** Inner smoothing by Gauss–Hermite when τ is this small and φ is smooth (error < 1e-15 for tanh-like φ). */
const GH_TAU = 0.3;

/** Offsets, in units of τ, where a smoothed kink changes shape. */
const SMOOTHED_KINK = [-6, -3, -1.5, -0.5, 0.5, 1.5, 3, 6];

let gl: GaussRule | undefined;
let gh: GaussRule | undefined;
const legendre = (): GaussRule => {
  gl ??= gaussLegendre(10);
  return gl;
};
const hermite = (): GaussRule => {
  gh ??= gaussHermiteNormal(24);
  return gh;
};

const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/**
 * Panel edges on [−Z, Z] for integrands in z that contain φ(c + k·z): the
 * density's grid plus the z where c + k·z crosses φ's kinks and features (or
 * every quarter period of an oscillating φ). Appends to `edges`.
 */
function addEdges(act: KernelActivation, c: number, k: number, edges: number[]): void {
  if (!(Math.abs(k) > 0)) return;
  const push = (u: number): void => {
    const z = (u - c) / k;
    if (z > -Z && z < Z) edges.push(z);
  };
  for (const u of act.kinks) push(u);
  if (Number.isFinite(act.oscillationStep)) {
    const lo = Math.min(c - k * Z, c + k * Z);
    const hi = Math.max(c - k * Z, c + k * Z);
    const step = act.oscillationStep;
    const first = Math.ceil(lo / step);
    const last = Math.floor(hi / step);
    if (last - first > MAX_PANELS) {
      throw new MlpinitError(
        'INVALID_ARGUMENT',
        `${act.name} oscillates ${Math.round((last - first) / 4)} times over ±9 standard deviations (variance ${(k * k).toPrecision(3)}); quadrature would need over ${MAX_PANELS} panels — use an activation with a closed form (sin, sin-w<ω₀>) or smaller scales`,
        'config.activation',
      );
    }
    for (let j = first; j <= last; j++) push(j * step);
  } else if (Math.abs(k) > 0.5) {
    // At slope ≤ ½ a smooth φ varies on the density's own scale: the z-grid's panels resolve it.
    for (const u of act.features) push(u);
  }
}

/** Sorted panel edges; edges closer than `gap` merge (a smooth φ needs no sliver panels; kinks keep gap ≈ 0). */
function panels(edges: number[], gap = 1e-12): number[] {
  edges.push(-Z, Z, ...Z_GRID);
  edges.sort((a, b) => a - b);
  const out: number[] = [edges[0] as number];
  for (let i = 1; i < edges.length; i++) {
    const e = edges[i] as number;
    if (e - (out[out.length - 1] as number) > gap || e === Z) out.push(e);
  }
  if ((out[out.length - 1] as number) !== Z) out.push(Z);
  return out;
}

/**
 * Visits every node of composite 10-point Gauss–Legendre on the panels `p`
 * (edges in z), with its weight times the standard normal density.
 */
function forEachNode(p: readonly number[], visit: (z: number, w: number) => void): void {
  const { nodes, weights } = legendre();
  for (let j = 0; j + 1 < p.length; j++) {
    const a = p[j] as number;
    const b = p[j + 1] as number;
    const mid = 0.5 * (a + b);
    const half = 0.5 * (b - a);
    for (let i = 0; i < nodes.length; i++) {
      const z = mid + half * (nodes[i] as number);
      visit(z, half * (weights[i] as number) * INV_SQRT_2PI * Math.exp(-0.5 * z * z));
    }
  }
}

/** Exact numeric smoothing by composite Gauss–Legendre panels: out[0] = E[φ(μ + τw)], out[1] = E[φ'(μ + τw)]. */
function smoothPanels(act: KernelActivation, mu: number, tau: number, out: Float64Array): void {
  const edges: number[] = [];
  addEdges(act, mu, tau, edges);
  let v = 0;
  let d = 0;
  forEachNode(panels(edges), (z, w) => {
    const u = mu + tau * z;
    v += w * act.phi(u);
    d += w * act.dphi(u);
  });
  out[0] = v;
  out[1] = d;
}

const tables = new WeakMap<(u: number) => number, SmoothingTable | null>();
const normalCdf = (x: number): number => 0.5 * erfc(-x * Math.SQRT1_2);

/** The activation's smoothing table (built on first use), or null when φ is not bounded. */
function tableFor(act: KernelActivation): SmoothingTable | null {
  let t = tables.get(act.phi);
  if (t === undefined) {
    t = isBounded(act) ? buildSmoothingTable(act, (mu, tau, out) => smoothPanels(act, mu, tau, out), normalCdf) : null;
    tables.set(act.phi, t);
  }
  return t;
}

/**
 * Numeric smoothing: φ itself for τ ≈ 0, Gauss–Hermite for small τ and smooth
 * φ, the interpolation table for bounded φ (`tabulate`, every τ), panels otherwise.
 */
function smoothNumeric(act: KernelActivation, mu: number, tau: number, out: Float64Array, tabulate: boolean): void {
  if (!(tau > 1e-14)) {
    out[0] = act.phi(mu);
    out[1] = act.dphi(mu);
    return;
  }
  const table = tabulate ? tableFor(act) : null;
  if (table) {
    table.lookup(mu, tau, out);
    return;
  }
  const smooth = act.kinks.length === 0 && !Number.isFinite(act.oscillationStep);
  if (tau <= GH_TAU && smooth) {
    const { nodes, weights } = hermite();
    let v = 0;
    let d = 0;
    for (let i = 0; i < nodes.length; i++) {
      const u = mu + tau * (nodes[i] as number);
      const w = weights[i] as number;
      v += w * act.phi(u);
      d += w * act.dphi(u);
    }
    out[0] = v;
    out[1] = d;
    return;
  }
  smoothPanels(act, mu, tau, out);
}

/**
 * How the infinite-width expectations are evaluated: `'auto'` uses closed
 * forms where they apply and an interpolation table of the Gaussian smoothing
 * for bounded activations (≲ 1e-8); `'quadrature'` uses quadrature alone
 * (~1e-9 or better at any variance, slower).
 */
export type ExpectationMethod = 'auto' | 'quadrature';

/**
 * @internal Gaussian pair expectations of an activation,
 * out[0] = E[φ(u)φ(v)] and out[1] = E[φ'(u)φ'(v)] for
 * (u, v) ~ N((m, m), [[a, s], [s, b]]).
 *
 * Quadrature: with u = m + √a·z₁, v = m + √b(ρz₁ + √(1−ρ²)z₂), ρ = s/√(ab),
 * E[g(u)h(v)] = E_{z₁}[g(u)·H(m + √b·ρ·z₁, √b·√(1−ρ²))] where
 * H(μ, τ) = E[h(μ + τw)] is the activation smoothed by a Gaussian of width τ
 * (closed form for relu, erf and sine; otherwise Gauss–Hermite for small τ
 * and panels for large). The outer integral is composite 10-point
 * Gauss–Legendre on |z₁| ≤ 9 with panels split at the density's grid and
 * where u or the smoothing's centre crosses the activation's kinks and shape
 * features, so a large variance (a narrow φ' in z) or a kink costs panels,
 * not accuracy (product Gauss–Hermite rules, as in neural-tangents'
 * `ElementwiseNumerical`, lose digits there).
 */
export function pairExpectations(act: KernelActivation, m: number, a: number, b: number, s: number, out: Float64Array, method: ExpectationMethod = 'auto'): void {
  if (method === 'auto' && act.closedForm?.(m, a, b, s, out)) return;
  const sa = Math.sqrt(Math.max(a, 0));
  const sb = Math.sqrt(Math.max(b, 0));
  // Within rounding of ±1, ρ is ±1 (a point with itself).
  const r0 = sa > 0 && sb > 0 ? s / (sa * sb) : 0;
  let rho = Number.isFinite(r0) ? Math.min(1, Math.max(-1, r0)) : 0;
  if (1 - Math.abs(rho) < 4 * Number.EPSILON) rho = Math.sign(rho);
  const k = sb * rho;
  const tau = sb * Math.sqrt(Math.max(0, 1 - rho * rho));
  const smooth = method === 'auto' && act.smooth ? act.smooth : null;
  const edges: number[] = [];
  addEdges(act, m, sa, edges);
  addEdges(act, m, k, edges);
  if (Math.abs(k) > 0 && tau > 0) {
    // The smoothing turns a kink into a ramp of width τ: split where the centre μ = m + k·z crosses it.
    for (const kink of act.kinks) {
      for (const t of SMOOTHED_KINK) {
        const z = (kink + t * tau - m) / k;
        if (z > -Z && z < Z) edges.push(z);
      }
    }
  }
  // Merge edges a twentieth of φ's feature scale apart (in z) when φ has no kinks.
  const p = panels(edges, act.kinks.length === 0 ? 0.05 / Math.max(1, sa, Math.abs(k)) : 1e-12);
  const g = new Float64Array(2);
  let ev = 0;
  let ed = 0;
  forEachNode(p, (z, w) => {
    const u = m + sa * z;
    const mu = m + k * z;
    if (smooth && tau > 1e-14) smooth(mu, tau, g);
    else smoothNumeric(act, mu, tau, g, method === 'auto');
    ev += w * act.phi(u) * (g[0] as number);
    ed += w * act.dphi(u) * (g[1] as number);
  });
  out[0] = ev;
  out[1] = ed;
}
