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

interface Panel {
  a: number;
  b: number;
  value: number;
  error: number;
  abs: number;
}

function gk15(h: (z: number) => number, a: number, b: number): Panel {
  const mid = 0.5 * (a + b);
  const half = 0.5 * (b - a);
  const fv = new Float64Array(15);
  fv[7] = h(mid);
  let kron = (fv[7] as number) * (KRONROD_15_WEIGHTS[7] as number);
  let gauss = (fv[7] as number) * (GAUSS_7_WEIGHTS[3] as number);
  let abs = Math.abs(kron);
  for (let j = 0; j < 7; j++) {
    const dx = half * (KRONROD_15_NODES[j] as number);
    const f1 = h(mid - dx);
    const f2 = h(mid + dx);
    fv[j] = f1;
    fv[14 - j] = f2;
    const wk = KRONROD_15_WEIGHTS[j] as number;
    kron += wk * (f1 + f2);
    abs += wk * (Math.abs(f1) + Math.abs(f2));
    if (j % 2 === 1) gauss += (GAUSS_7_WEIGHTS[(j - 1) / 2] as number) * (f1 + f2);
  }
  // QUADPACK's error scaling: |K − G| overstates the error of K15 by orders.
  const meanValue = 0.5 * kron;
  let asc = (KRONROD_15_WEIGHTS[7] as number) * Math.abs((fv[7] as number) - meanValue);
  for (let j = 0; j < 7; j++) {
    asc += (KRONROD_15_WEIGHTS[j] as number) * (Math.abs((fv[j] as number) - meanValue) + Math.abs((fv[14 - j] as number) - meanValue));
  }
  const w = Math.abs(half);
  asc *= w;
  let error = Math.abs((kron - gauss) * half);
  if (asc !== 0 && error !== 0) error = asc * Math.min(1, (200 * error) / asc) ** 1.5;
  error = Math.max(error, 50 * Number.EPSILON * abs * w);
  return { a, b, value: kron * half, error, abs: abs * w };
}

/** Options of {@link integrateAdaptive}. */
export interface AdaptiveOptions {
  /** Relative tolerance on the integral (default 1e-12). */
  relTol?: number;
  /** Absolute tolerance relative to ∫|h| (default 1e-13, above the 50·ε floor of each panel's estimate). */
  absTolScale?: number;
  /** Maximum number of panels (default 2000). */
  maxPanels?: number;
}

/**
 * ∫ h over the union of [breaks[k], breaks[k+1]] (breaks ascending), each
 * break being a panel edge so that kinks of h are never inside a panel.
 */
export function integrateAdaptive(h: (z: number) => number, breaks: readonly number[], opts: AdaptiveOptions = {}): number {
  const relTol = opts.relTol ?? 1e-12;
  const absScale = opts.absTolScale ?? 1e-13;
  const maxPanels = opts.maxPanels ?? 2000;
  const panels: Panel[] = [];
  for (let k = 0; k + 1 < breaks.length; k++) {
    const a = breaks[k] as number;
    const b = breaks[k + 1] as number;
    if (b > a) panels.push(gk15(h, a, b));
  }
  for (;;) {
    let value = 0;
    let error = 0;
    let abs = 0;
    let worst = 0;
    for (let i = 0; i < panels.length; i++) {
      const p = panels[i] as Panel;
      value += p.value;
      error += p.error;
      abs += p.abs;
      if (p.error > (panels[worst] as Panel).error) worst = i;
    }
    if (panels.length === 0) return 0;
    if (error <= Math.max(relTol * Math.abs(value), absScale * abs) || panels.length >= maxPanels || !Number.isFinite(value)) {
      return value;
    }
    const p = panels[worst] as Panel;
    const m = 0.5 * (p.a + p.b);
    panels[worst] = gk15(h, p.a, m);
    panels.push(gk15(h, m, p.b));
  }
}
