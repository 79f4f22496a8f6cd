import { type Matrix2D, MlpinitError, abortError, assertFinite, assertInteger, assertPositive, assertSizes, createMlp, ready, toTensor2D } from '@mlpinit/core';
import { goInit } from './go-init.js';
import { type KERNEL_RULE_K0, boundingBox, kernelRuleK, sampleSpacing, trainingEpochs } from './kernel-rule.js';
import { type LocalizedWidth, localizedHalfWidth } from './localized-width.js';
import type { GoTraining } from './strength.js';

/**
 * The three families of coordinate networks whose one scale the rule sets:
 * - `fourier`: random Fourier features (Tancik et al., NeurIPS 2020) in front
 *   of an MLP (relu by default); the scale is σ of B ~ N(0, σ²), in cycles per
 *   unit of the inputs as given.
 * - `siren`: SIREN (Sitzmann et al., NeurIPS 2020); the scale is ω₀ of
 *   sin(ω₀·z), for inputs as given.
 * - `go`: a tanh MLP with GO (Wang & Perdikaris 2021); the scale is GO's
 *   strength (path steps), chosen by {@link goInit}'s `strength: 'kernel'`.
 */
export type ScaleFamily = 'fourier' | 'siren' | 'go';

/**
 * k₀ of the rule per family: the localised half-width must span
 * k = k₀·√(E/100) sample spacings. One principle, one constant per family:
 * a single k₀ does not fit all three (the kernels' shapes differ — a relu
 * network behind Fourier features has a cusp and a heavy tail, SIREN a
 * smooth peak), see docs/scale-rule.md. Rule v2's constants: calibrated on
 * three photographs the bench does not report on (astronaut, coffee and
 * rocket, 256 px, 25% of the pixels, 1,500 steps of batch 1,024, training
 * seeds 0 and 1, five scales per family each) by replaying the rule
 * ({@link SCALE_RULE_PROBES} draws, interpolated) against the trained sweeps:
 * the k₀ of the highest mean held-out SNR (Fourier 1.8, SIREN 4.2; ratios
 * measured at these k₀, since the probe's reach grows with k). Rule v1 (one
 * draw, a candidate) used 1.3 and 4.2 from astronaut and coffee.
 * GO's own k₀ is {@link KERNEL_RULE_K0}.
 */
export const SCALE_RULE_K0: Readonly<Record<'fourier' | 'siren', number>> = { fourier: 1.8, siren: 4.2 };

/** Probe networks per candidate in {@link chooseScale} (rule v2; v1 drew one). */
export const SCALE_RULE_PROBES = 4;

/** How far (in multiples of k spacings) {@link chooseScale}'s probe reaches from its centre. */
const PROBE_REACH = 1.2;

/** Options of {@link chooseScale}. */
export interface ScaleRuleOptions {
  family: ScaleFamily;
  /** `[d_in, h_1, …, h_L, d_out]` of the network that will be trained (d_in raw, before any encoding). */
  sizes: number[];
  /** The training inputs [N, d_in] (1- to 3-D), in the coordinates the network will see. */
  x: Matrix2D;
  /** The training that follows (steps, batch size): its epochs E set the demanded ratio k = k₀·√(E/100). */
  training: GoTraining;
  /**
   * Scales to choose from: σ values (`fourier`), ω₀ values (`siren`) or GO
   * path steps (`go`). Default: {@link defaultScaleCandidates}.
   */
  candidates?: readonly number[];
  /** Activation behind the Fourier features (default `relu`, as Tancik et al.). */
  activation?: string;
  /** Fourier features m (default 256, as Tancik et al.). */
  features?: number;
  /**
   * Seed of the probe networks (default 0; use the seed of the network you
   * will train): draw 0 is that network, draws 1, 2, … are seeded by
   * {@link probeSeed} so that two training seeds share no probe network.
   */
  seed?: number;
  /**
   * Probe networks drawn per candidate (default {@link SCALE_RULE_PROBES}):
   * each candidate's ratio is the geometric median over these draws (the
   * median of the log-ratios). One draw's ratio can differ from another's by
   * up to about 2× (calibration data, both families), so a single draw can
   * decide a choice on the boundary (rule v1 used one). Ignored for `go`.
   */
  probes?: number;
  /**
   * How the scale is read off the candidates' ratios: `'interpolate'`
   * (default, rule v2) — where the ratio crosses k, by log–log interpolation
   * between the two candidates that bracket it (a kernel's half-width scales
   * about as 1/scale, so the ratio is nearly a power law in the scale);
   * `'candidate'` (rule v1) — the narrowest candidate whose ratio is at least k.
   * Neither extrapolates beyond the candidates. Ignored for `go` (GO's rule
   * picks a candidate path length).
   */
  pick?: 'interpolate' | 'candidate';
  /** A fixed ratio k instead of k₀·√(E/100). */
  kernelK?: number;
  /** Called after each probe network is measured: `done` of `total` = candidates × probes. */
  onProgress?: (p: { done: number; total: number }) => void;
  signal?: AbortSignal;
}

/** One candidate scale as measured. */
export interface ScaleCandidate {
  /** σ, ω₀ or GO path steps. */
  scale: number;
  /** Half-width of the kernel's localised part ({@link localizedHalfWidth}), in input units (geometric median over the probe draws). */
  halfWidth: number;
  /** The kernel's far-field level, mean over the probe draws (0 for GO's candidates, whose rule measures the plain half-width). */
  floor: number;
  /** Sample spacing of the training inputs, in input units. */
  spacing: number;
  /** halfWidth / spacing (the geometric median over the probe draws). A candidate with `censored` > 0 has a ratio that is partly a lower bound. */
  ratio: number;
  /** The ratio of each probe draw (seeds `probeSeed(seed, 0)`, `probeSeed(seed, 1)`, …). */
  ratios: number[];
  /** Fraction of probe points whose kernel stayed above 1/2 across the probe (then `ratio` is a lower bound), mean over the draws. */
  censored: number;
}

/** What {@link chooseScale} measured and chose. */
export interface ScaleChoice {
  family: ScaleFamily;
  rule: 'kernel';
  /** How the scale was read off the candidates (always `'candidate'` for `go`). */
  pick: 'interpolate' | 'candidate';
  /** The chosen σ, ω₀ or GO path steps (with `'interpolate'`, usually between two candidates). */
  scale: number;
  /**
   * The two candidates whose ratios bracket k (the scale lies between them),
   * or null when every candidate's ratio is below k (the broadest is chosen),
   * the narrowest candidate's ratio is at least k (the narrowest is chosen),
   * or `pick` is `'candidate'`.
   */
  bracket: [number, number] | null;
  /** The ratio demanded. */
  k: number;
  /** Epochs of the training that follows (null when `kernelK` fixed k). */
  epochs: number | null;
  /** Every candidate, broadest kernel (smallest scale) first. */
  candidates: ScaleCandidate[];
}

/**
 * Default candidates, scaled to the inputs' extent D (the mean side of their
 * bounding box): σ·D ∈ {1.25, 2.5, 5, 10, 20, 40, 80} for `fourier` (Tancik et
 * al.'s σ = 1, 10, 100 on [0, 1] bracket these), ω₀·D/2 ∈ {5, 10, 20, 30,
 * 60, 120} for `siren` (SIREN's ω₀ = 30 on [−1, 1]), and go-init's
 * `AUTO_CANDIDATES` for `go`.
 */
export function defaultScaleCandidates(family: ScaleFamily, extent: number): number[] {
  if (family === 'fourier') return [1.25, 2.5, 5, 10, 20, 40, 80].map((s) => s / extent);
  if (family === 'siren') return [5, 10, 20, 30, 60, 120].map((w) => (2 * w) / extent);
  return [0, 25, 75, 250, 750];
}

/** The network a family builds at one scale (its standard init; `seed` fixes every draw). */
export function familyNetworkOptions(
  family: 'fourier' | 'siren',
  scale: number,
  sizes: readonly number[],
  seed: number,
  opts: { activation?: string; features?: number } = {},
): Parameters<typeof createMlp>[0] {
  if (family === 'fourier') {
    return {
      sizes: [...sizes],
      activation: opts.activation ?? 'relu',
      init: 'glorot-normal',
      seed,
      encoding: { type: 'fourier', features: opts.features ?? 256, sigma: scale },
    };
  }
  return { sizes: [...sizes], init: 'siren', omega0: scale, seed };
}

/**
 * The kernel-width rule for any family (this project's; bench README,
 * "Choosing the scale of every family"): for each candidate scale, draw the
 * network, measure the half-width of the localised part of its empirical NTK
 * (Jacot et al. 2018) near the centre of the training inputs
 * ({@link localizedHalfWidth}: the far-field floor removed, probed at half
 * the sample spacing) and divide by their spacing ({@link sampleSpacing}),
 * as the geometric median over {@link SCALE_RULE_PROBES} seeded draws of the
 * network; take the scale where that ratio crosses
 * k = {@link SCALE_RULE_K0}[family]·√(E/100), interpolated log–log between
 * the two candidates that bracket it ({@link pickScale}; the broadest
 * candidate when none reaches k, the narrowest when its own ratio does);
 * `probes: 1, pick: 'candidate'` is rule v1. The
 * same principle as GO's `strength: 'kernel'`, which `family: 'go'` runs
 * with its own calibrated probe (a tanh network's floor is ≈ 0). No
 * training happens.
 */
export async function chooseScale(opts: ScaleRuleOptions): Promise<ScaleChoice> {
  if (!opts || typeof opts !== 'object') throw new MlpinitError('INVALID_ARGUMENT', 'expected an options object', 'opts');
  const { family, sizes, training, signal } = opts;
  if (family !== 'fourier' && family !== 'siren' && family !== 'go') {
    throw new MlpinitError('INVALID_ARGUMENT', `expected 'fourier', 'siren' or 'go', got ${JSON.stringify(family)}`, 'opts.family');
  }
  assertSizes(sizes, 'opts.sizes');
  if (!training || typeof training !== 'object') {
    throw new MlpinitError('INVALID_ARGUMENT', 'expected the training that follows: {steps, batchSize?}', 'opts.training');
  }
  assertInteger(training.steps, 'opts.training.steps', 1);
  if (training.batchSize !== undefined) assertInteger(training.batchSize, 'opts.training.batchSize', 1);
  if (opts.kernelK !== undefined) assertPositive(opts.kernelK, 'opts.kernelK');
  if (opts.seed !== undefined) assertFinite(opts.seed, 'opts.seed');
  if (opts.probes !== undefined) assertInteger(opts.probes, 'opts.probes', 1);
  const pick = opts.pick ?? 'interpolate';
  assertPick(pick, 'opts.pick');
  const seed = opts.seed ?? 0;
  await ready();
  const d = sizes[0] as number;
  const xt = toTensor2D(opts.x, 'opts.x', d);
  // Plain arrays keep their float64 values (the spacing and probe grid are measured on them).
  const flat = Array.isArray(opts.x) ? Float64Array.from((opts.x as number[][]).flat()) : Float64Array.from(await xt.data());
  if (xt !== opts.x) xt.dispose();
  const n = flat.length / d;
  const spacing = sampleSpacing(flat, d);
  const epochs = opts.kernelK === undefined ? trainingEpochs(training.steps, training.batchSize, n) : null;
  if (family === 'go') return goFamily(opts, epochs, opts.kernelK ?? kernelRuleK(epochs as number));
  const k = opts.kernelK ?? kernelRuleK(epochs as number, SCALE_RULE_K0[family]);
  if (d > 3) throw new MlpinitError('INVALID_ARGUMENT', `the kernel-width rule probes 1- to 3-D inputs (coordinate networks), got ${d}-D`, 'opts.x');
  const extent = boundingBox(flat, d).reduce((e, [lo, hi]) => e + (hi - lo) / d, 0);
  const candidates = [...(opts.candidates ?? defaultScaleCandidates(family, extent))];
  if (candidates.length === 0) throw new MlpinitError('INVALID_ARGUMENT', 'expected at least one candidate scale', 'opts.candidates');
  candidates.forEach((c, i) => {
    assertPositive(c, `opts.candidates[${i}]`);
  });
  candidates.sort((a, b) => a - b);
  for (let i = candidates.length - 1; i > 0; i--) if (candidates[i] === candidates[i - 1]) candidates.splice(i, 1);
  const probes = opts.probes ?? SCALE_RULE_PROBES;
  const total = candidates.length * probes;
  let done = 0;
  const scored: ScaleCandidate[] = [];
  for (const scale of candidates) {
    const draws: LocalizedWidth[] = [];
    for (let p = 0; p < probes; p++) {
      if (signal?.aborted) throw abortError('chooseScale');
      const net = createMlp(familyNetworkOptions(family, scale, sizes, probeSeed(seed, p), opts));
      try {
        // The probe spans 1.2·k spacings from its centre, so a ratio near k is measured, not capped.
        draws.push(await localizedHalfWidth(net, flat, d, spacing, signal, PROBE_REACH * k));
      } finally {
        net.dispose();
      }
      opts.onProgress?.({ done: ++done, total });
    }
    const ratios = draws.map((w) => w.halfWidth / spacing);
    const ratio = geometricMedian(ratios);
    scored.push({ scale, halfWidth: ratio * spacing, floor: mean(draws.map((w) => w.floor)), spacing, ratio, ratios, censored: mean(draws.map((w) => w.censored)) });
  }
  return { family, rule: 'kernel', pick, ...pickScale(scored, k, pick), k, epochs, candidates: scored };
}

/**
 * Reads the scale off candidates sorted broadest (smallest scale) first: j is
 * the narrowest candidate whose ratio is at least k. `'candidate'` returns
 * it; `'interpolate'` returns the scale where the ratio crosses k between j
 * and j + 1 (whose ratio is below k, as j is the narrowest at least k), on
 * the line through (ln s_j, ln r_j) and (ln s_{j+1}, ln r_{j+1}). A larger k
 * never gives a larger scale (the bracket moves to broader candidates).
 * Scales must be positive and strictly ascending, ratios finite and ≥ 0
 * (0 = no measurable width), k positive.
 */
export function pickScale(
  candidates: readonly Pick<ScaleCandidate, 'scale' | 'ratio'>[],
  k: number,
  pick: 'interpolate' | 'candidate' = 'interpolate',
): { scale: number; bracket: [number, number] | null } {
  if (candidates.length === 0) throw new MlpinitError('INVALID_ARGUMENT', 'expected at least one candidate', 'candidates');
  assertPositive(k, 'k');
  assertPick(pick, 'pick');
  candidates.forEach((c, i) => {
    assertPositive(c.scale, `candidates[${i}].scale`);
    if (i > 0 && !(c.scale > (candidates[i - 1] as ScaleCandidate).scale)) {
      throw new MlpinitError('INVALID_ARGUMENT', 'expected candidates sorted by strictly ascending scale', `candidates[${i}].scale`);
    }
    if (!Number.isFinite(c.ratio) || c.ratio < 0) throw new MlpinitError('INVALID_ARGUMENT', `expected a finite ratio ≥ 0, got ${c.ratio}`, `candidates[${i}].ratio`);
  });
  let j = -1;
  candidates.forEach((c, i) => {
    if (c.ratio >= k) j = i;
  });
  if (j < 0) return { scale: (candidates[0] as ScaleCandidate).scale, bracket: null };
  const lo = candidates[j] as ScaleCandidate;
  const hi = candidates[j + 1];
  if (pick === 'candidate' || !hi) return { scale: lo.scale, bracket: null };
  const t = (Math.log(lo.ratio) - Math.log(k)) / (Math.log(lo.ratio) - Math.log(hi.ratio));
  const scale = Math.exp(Math.log(lo.scale) + t * (Math.log(hi.scale) - Math.log(lo.scale)));
  return { scale, bracket: [lo.scale, hi.scale] };
}

function assertPick(pick: unknown, param: string): void {
  if (pick !== 'interpolate' && pick !== 'candidate') throw new MlpinitError('INVALID_ARGUMENT', `expected 'interpolate' or 'candidate', got ${JSON.stringify(pick)}`, param);
}

function mean(v: readonly number[]): number {
  return v.reduce((a, b) => a + b, 0) / v.length;
}

/** exp(median(ln v)): robust to one outlying draw (the mean of the middle two for an even count). */
function geometricMedian(v: readonly number[]): number {
  const logs = v.map((x) => Math.log(x)).sort((a, b) => a - b);
  const m = logs.length / 2;
  const mid = logs.length % 2 ? (logs[Math.floor(m)] as number) : ((logs[m - 1] as number) + (logs[m] as number)) / 2;
  return Math.exp(mid);
}

/**
 * Seed of probe draw `p` for a network seeded `seed`: draw 0 is that network
 * itself; later draws take a 32-bit mix of (seed, p) (MurmurHash3's
 * finaliser), so that the probes of two training seeds s and s + 1 do not
 * coincide (with `seed + p` they shared all but one draw).
 */
export function probeSeed(seed: number, p: number): number {
  if (p === 0) return seed;
  let h = (Math.trunc(seed) | 0) ^ Math.imul(p, 0x9e3779b9);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

async function goFamily(opts: ScaleRuleOptions, epochs: number | null, k: number): Promise<ScaleChoice> {
  const res = await goInit({
    sizes: opts.sizes,
    x: opts.x,
    strength: 'kernel',
    training: opts.training,
    ...(opts.kernelK !== undefined ? { kernelK: opts.kernelK } : {}),
    ...(opts.candidates ? { candidates: [...opts.candidates] } : {}),
    ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
  const report = res.strength;
  if (report.rule !== 'kernel') throw new MlpinitError('INVALID_ARGUMENT', 'internal: goInit did not run the kernel rule', 'opts.family');
  return {
    family: 'go',
    rule: 'kernel',
    pick: 'candidate',
    scale: report.pathSteps,
    bracket: null,
    k,
    epochs,
    candidates: report.candidates.map((c) => ({ scale: c.pathSteps, halfWidth: c.halfWidth, floor: 0, spacing: c.spacing, ratio: c.ratio, ratios: [c.ratio], censored: 0 })),
  };
}
