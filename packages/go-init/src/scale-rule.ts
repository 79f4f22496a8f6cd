import { type Matrix2D, MlpinitError, abortError, assertFinite, assertInteger, assertPositive, assertSizes, createMlp, ready, toTensor2D } from '@mlpinit/core';
import { goInit } from './go-init.js';
import { type KERNEL_RULE_K0, boundingBox, kernelRuleK, sampleSpacing, trainingEpochs } from './kernel-rule.js';
import { localizedHalfWidth } from './localized-width.js';
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
 * smooth peak), see docs/scale-rule.md. Calibrated on two photographs the
 * bench does not report on (astronaut and coffee, 256 px, 25% of the pixels,
 * 1,500 steps of batch 1,024, five probe seeds); GO's own k₀ is
 * {@link KERNEL_RULE_K0}.
 */
export const SCALE_RULE_K0: Readonly<Record<'fourier' | 'siren', number>> = { fourier: 1.3, siren: 4.2 };

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
  /** Seed of the probe networks (default 0; use the seed of the network you will train). */
  seed?: number;
  /** A fixed ratio k instead of k₀·√(E/100). */
  kernelK?: number;
  /** Called after each candidate is measured. */
  onProgress?: (p: { done: number; total: number }) => void;
  signal?: AbortSignal;
}

/** One candidate scale as measured. */
export interface ScaleCandidate {
  /** σ, ω₀ or GO path steps. */
  scale: number;
  /** Half-width of the kernel's localised part ({@link localizedHalfWidth}), in input units. */
  halfWidth: number;
  /** The kernel's far-field level (0 for GO's candidates, whose rule measures the plain half-width). */
  floor: number;
  /** Sample spacing of the training inputs, in input units. */
  spacing: number;
  /** halfWidth / spacing. */
  ratio: number;
  /** Fraction of probe points whose kernel stayed above 1/2 across the probe (then `ratio` is a lower bound). */
  censored: number;
}

/** What {@link chooseScale} measured and chose. */
export interface ScaleChoice {
  family: ScaleFamily;
  rule: 'kernel';
  /** The chosen σ, ω₀ or GO path steps. */
  scale: number;
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
 * the sample spacing) and divide by their spacing ({@link sampleSpacing});
 * keep the narrowest kernel (largest scale) whose ratio is at least
 * k = {@link SCALE_RULE_K0}[family]·√(E/100), or the broadest when none is. The
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
  const scored: ScaleCandidate[] = [];
  for (const scale of candidates) {
    if (signal?.aborted) throw abortError('chooseScale');
    const net = createMlp(familyNetworkOptions(family, scale, sizes, seed, opts));
    try {
      // The probe spans 1.2·k spacings from its centre, so a ratio near k is measured, not capped.
      const { halfWidth, floor, censored } = await localizedHalfWidth(net, flat, d, spacing, signal, PROBE_REACH * k);
      scored.push({ scale, halfWidth, floor, spacing, ratio: halfWidth / spacing, censored });
    } finally {
      net.dispose();
    }
    opts.onProgress?.({ done: scored.length, total: candidates.length });
  }
  const ok = scored.filter((c) => c.ratio >= k);
  const chosen = ok.length > 0 ? (ok[ok.length - 1] as ScaleCandidate) : (scored[0] as ScaleCandidate);
  return { family, rule: 'kernel', scale: chosen.scale, k, epochs, candidates: scored };
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
    scale: report.pathSteps,
    k,
    epochs,
    candidates: report.candidates.map((c) => ({ scale: c.pathSteps, halfWidth: c.halfWidth, floor: 0, spacing: c.spacing, ratio: c.ratio, censored: 0 })),
  };
}
