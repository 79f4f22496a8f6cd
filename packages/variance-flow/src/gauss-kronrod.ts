/**
 * Adaptive 7/15-point Gauss–Kronrod quadrature on a finite interval
 * (Piessens et al. 1983, QUADPACK `qk15`/`qag`): the interval with the largest
 * error estimate |K15 − G7| is bisected until the summed estimate meets the
 * tolerance, with QUADPACK's scaled error estimate.
 */

/** Kronrod abscissae on [0, 1] (symmetric), QUADPACK qk15. */
export const KRONROD_15_NODES: readonly number[] = [
  0.9914553711208126, 0.9491079123427585, 0.8648644233597691,
  0.7415311855993945, 0.5860872354676911, 0.4058451513773972,
  0.20778495500789848, 0,
];
/** Kronrod weights matching {@link KRONROD_15_NODES}. */
export const KRONROD_15_WEIGHTS: readonly number[] = [
  0.022935322010529224, 0.06309209262997856, 0.10479001032225019,
  0.14065325971552592, 0.1690047266392679, 0.19035057806478542,
  0.20443294007529889, 0.20948214108472782,
];
/** Gauss 7-point weights at the odd Kronrod abscissae 1, 3, 5, 7. */
export const GAUSS_7_WEIGHTS: readonly number[] = [
  0.1294849661688697, 0.27970539148927664, 0.3818300505051189,
  0.4179591836734694,
];

/** A vector-valued integrand: writes its k components at z into `out`. */
export type VectorIntegrand = (z: number, out: Float64Array) => void;

interface Panel {
  a: number;
  b: number;
  value: Float64Array;
  error: Float64Array;
  abs: Float64Array;
}

function gk15(h: VectorIntegrand, k: number, a: number, b: number, fv: Float64Array): Panel {
  const mid = 0.5 * (a + b);
  const half = 0.5 * (b - a);
  const out = new Float64Array(k);
  // fv[j·k + i]: component i at Kronrod abscissa j (0..14, ascending).
  h(mid, out);
  fv.set(out, 7 * k);
  for (let j = 0; j < 7; j++) {
    const dx = half * (KRONROD_15_NODES[j] as number);
    h(mid - dx, out);
    fv.set(out, j * k);
    h(mid + dx, out);
    fv.set(out, (14 - j) * k);
  }
  const value = new Float64Array(k);
  const error = new Float64Array(k);
  const absOut = new Float64Array(k);
  const w = Math.abs(half);
  for (let i = 0; i < k; i++) {
    const fc = fv[7 * k + i] as number;
    let kron = fc * (KRONROD_15_WEIGHTS[7] as number);
    let gauss = fc * (GAUSS_7_WEIGHTS[3] as number);
    let abs = Math.abs(kron);
    for (let j = 0; j < 7; j++) {
      const f1 = fv[j * k + i] as number;
      const f2 = fv[(14 - j) * k + i] as number;
      const wk = KRONROD_15_WEIGHTS[j] as number;
      kron += wk * (f1 + f2);
      abs += wk * (Math.abs(f1) + Math.abs(f2));
      if (j % 2 === 1) gauss += (GAUSS_7_WEIGHTS[(j - 1) / 2] as number) * (f1 + f2);
    }
    // QUADPACK's error scaling: |K − G| overstates the error of K15 by orders.
    const meanValue = 0.5 * kron;
    let asc = (KRONROD_15_WEIGHTS[7] as number) * Math.abs(fc - meanValue);
    for (let j = 0; j < 7; j++) {
      asc += (KRONROD_15_WEIGHTS[j] as number) * (Math.abs((fv[j * k + i] as number) - meanValue) + Math.abs((fv[(14 - j) * k + i] as number) - meanValue));
    }
    asc *= w;
    let err = Math.abs((kron - gauss) * half);
    if (asc !== 0 && err !== 0) err = asc * Math.min(1, (200 * err) / asc) ** 1.5;
    value[i] = kron * half;
    error[i] = Math.max(err, 50 * Number.EPSILON * abs * w);
    absOut[i] = abs * w;
  }
  return { a, b, value, error, abs: absOut };
}

/** Options of {@link integrateAdaptive}. */
export interface AdaptiveOptions {
  /** Relative tolerance on the integral (default 1e-12). */
  relTol?: number;
  /** Absolute tolerance relative to ∫|h| (default 1e-13, above the 50·ε floor of each panel's estimate). */
  absTolScale?: number;
  /** Absolute tolerance (default 0): for integrands that may vanish, at the scale the caller cares about. */
  absTol?: number;
  /** Maximum number of panels (default 2000). */
  maxPanels?: number;
}

/**
 * ∫ h over the union of [breaks[j], breaks[j+1]] (breaks ascending) for a
 * k-component integrand sharing its evaluations, each break being a panel
 * edge so that kinks of h are never inside a panel. Every component must meet
 * the tolerance; the panel whose error is largest relative to its
 * component's tolerance is bisected next.
 */
export function integrateAdaptiveVector(h: VectorIntegrand, k: number, breaks: readonly number[], opts: AdaptiveOptions = {}): Float64Array {
  const relTol = opts.relTol ?? 1e-12;
  const absScale = opts.absTolScale ?? 1e-13;
  const maxPanels = opts.maxPanels ?? 2000;
  const absTol = opts.absTol ?? 0;
  const fv = new Float64Array(15 * k);
  const panels: Panel[] = [];
  for (let j = 0; j + 1 < breaks.length; j++) {
    const a = breaks[j] as number;
    const b = breaks[j + 1] as number;
    if (b > a) panels.push(gk15(h, k, a, b, fv));
  }
  const value = new Float64Array(k);
  const error = new Float64Array(k);
  const abs = new Float64Array(k);
  const tol = new Float64Array(k);
  for (;;) {
    value.fill(0);
    error.fill(0);
    abs.fill(0);
    for (const p of panels) {
      for (let i = 0; i < k; i++) {
        value[i] = (value[i] as number) + (p.value[i] as number);
        error[i] = (error[i] as number) + (p.error[i] as number);
        abs[i] = (abs[i] as number) + (p.abs[i] as number);
      }
    }
    let done = true;
    let finite = true;
    for (let i = 0; i < k; i++) {
      tol[i] = Math.max(relTol * Math.abs(value[i] as number), absScale * (abs[i] as number), absTol, Number.MIN_VALUE);
      if ((error[i] as number) > (tol[i] as number)) done = false;
      if (!Number.isFinite(value[i] as number)) finite = false;
    }
    if (done || panels.length === 0 || panels.length >= maxPanels || !finite) return value;
    let worst = 0;
    let worstRatio = -1;
    panels.forEach((p, j) => {
      for (let i = 0; i < k; i++) {
        const r = (p.error[i] as number) / (tol[i] as number);
        if (r > worstRatio) {
          worstRatio = r;
          worst = j;
        }
      }
    });
    const p = panels[worst] as Panel;
    const m = 0.5 * (p.a + p.b);
    panels[worst] = gk15(h, k, p.a, m, fv);
    panels.push(gk15(h, k, m, p.b, fv));
  }
}

/** Scalar form of {@link integrateAdaptiveVector}. */
export function integrateAdaptive(h: (z: number) => number, breaks: readonly number[], opts: AdaptiveOptions = {}): number {
  return integrateAdaptiveVector(
    (z, out) => {
      out[0] = h(z);
    },
    1,
    breaks,
    opts,
  )[0] as number;
}
