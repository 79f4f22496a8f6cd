import { type Activation, MlpinitError, createMlp } from '@mlpinit/core';
import { empiricalNtk, ntkLocalization } from '@mlpinit/ntk';

/**
 * k₀ of the kernel-width rule: the NTK half-width must span
 * k = k₀·√(E/100) sample spacings, E the epochs of the training that follows
 * ({@link kernelRuleK}). Calibrated in the bench (bench README, "Choosing GO's
 * strength") on five runs of 2 → 8×64 → d_out tanh networks: the city photo
 * at 256×192 (E = 125) and 128×96 (E = 5,000, full batch) and the synthetic
 * task at n = 256, 1,024, 4,096 (E = 600, 300, 75). Out of sample (bench
 * README, "The strength rule out of sample"; four photographs it was not
 * fitted on): right where more GO is always better (25% and 50% of the
 * pixels, 1,500 and 4,000 steps), wrong where GO must be rationed (10% of the
 * pixels: regret +0.33 dB; long full-batch training: regret +1.50 dB).
 */
export const KERNEL_RULE_K0 = 0.8;

/** Points per axis of the probe grid whose NTK half-width is measured (1-D and 2-D inputs; 3-D uses 8). */
export const KERNEL_PROBE_SIDE = 24;

/** The probe grid spans this fraction of the (normalised) inputs' bounding box per axis, around its centre. */
export const KERNEL_PROBE_SPAN = 0.28;

/** Largest input dimension the kernel-width rule probes (a regular grid in d_in dimensions). */
export const KERNEL_RULE_MAX_INPUT_DIM = 3;

/**
 * Passes over `n` training points of `steps` mini-batches of `batchSize`
 * (full batch when `batchSize` is undefined or ≥ n): E = steps·min(B, n)/n.
 */
export function trainingEpochs(steps: number, batchSize: number | undefined, n: number): number {
  return (steps * Math.min(batchSize ?? n, n)) / n;
}

/**
 * The ratio of NTK half-width to sample spacing the kernel-width rule demands
 * for a training of `epochs` passes: k = {@link KERNEL_RULE_K0}·√(epochs/100).
 * The more often each sample is revisited, the more a narrow kernel memorises it.
 */
export function kernelRuleK(epochs: number, k0 = KERNEL_RULE_K0): number {
  return k0 * Math.sqrt(Math.max(epochs, 1e-9) / 100);
}

/** @internal Per-axis [min, max] of row-major points [n·d] (a loop: no spread of 10⁵ coordinates into Math.min). */
export function boundingBox(x: Float64Array | Float32Array, d: number): Array<[number, number]> {
  const box = Array.from({ length: d }, (): [number, number] => [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]);
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as number;
    const b = box[i % d] as [number, number];
    if (v < b[0]) b[0] = v;
    if (v > b[1]) b[1] = v;
  }
  return box;
}

/**
 * Typical spacing of n points in d dimensions: (volume of their bounding box /
 * n)^(1/d), the side of the cell each point owns in a regular lattice.
 *
 * @param x row-major points, n·d numbers.
 */
export function sampleSpacing(x: Float64Array | Float32Array, d: number): number {
  const n = x.length / d;
  if (n < 2) throw new MlpinitError('INVALID_ARGUMENT', 'the kernel-width rule needs at least 2 points', 'opts.x');
  const volume = boundingBox(x, d).reduce((v, [lo, hi]) => v * (hi - lo), 1);
  if (!(volume > 0)) {
    throw new MlpinitError('INVALID_ARGUMENT', 'the points span no volume (a constant coordinate); the kernel-width rule cannot measure their spacing', 'opts.x');
  }
  return (volume / n) ** (1 / d);
}

/**
 * A regular grid over the central `span` fraction of the points' bounding
 * box: `side` points per axis in 1-D and 2-D, 8 in 3-D. Where the kernel's
 * reach is probed.
 */
export function probeGrid(x: Float64Array | Float32Array, d: number, side = KERNEL_PROBE_SIDE, span = KERNEL_PROBE_SPAN): number[][] {
  if (d < 1 || d > KERNEL_RULE_MAX_INPUT_DIM) {
    throw new MlpinitError(
      'INVALID_ARGUMENT',
      `the kernel-width rule probes 1- to ${KERNEL_RULE_MAX_INPUT_DIM}-D inputs (coordinate networks), got ${d}-D; use strength 'holdout' or {steps}`,
      'opts.strength',
    );
  }
  const s = d === 3 ? Math.min(side, 8) : side;
  const axes = boundingBox(x, d).map(([lo, hi]) => {
    const half = (span * (hi - lo)) / 2;
    const mid = (lo + hi) / 2;
    return Array.from({ length: s }, (_, i) => mid - half + (2 * half * i) / (s - 1));
  });
  let grid: number[][] = [[]];
  for (const axis of axes) grid = grid.flatMap((p) => axis.map((v) => [...p, v]));
  return grid;
}

/** One candidate of the kernel-width rule, as reported. */
export interface KernelCandidate {
  /** GO path steps of this candidate (0 = no GO: Glorot's draw). */
  pathSteps: number;
  /** Mean NTK half-width on the probe grid (normalised input units). */
  halfWidth: number;
  /** Sample spacing of the normalised training inputs (the same for every candidate). */
  spacing: number;
  /** halfWidth / spacing; the rule keeps the strongest candidate with ratio ≥ k. */
  ratio: number;
  /** Mean c over the hidden layers. */
  meanScale: number;
}

/**
 * @internal Scores each snapshot (c, b) by the empirical NTK half-width
 * (Jacot et al. 2018; @mlpinit/ntk) of a draw from its law on the probe grid
 * of the normalised points `xn`.
 */
export async function scoreKernelWidth(
  sizes: readonly number[],
  activation: Activation,
  xn: Float64Array | Float32Array,
  snapshots: ReadonlyArray<{ pathSteps: number; layerScales: number[]; layerBiases: number[] }>,
  seed: number,
  signal: AbortSignal | undefined,
): Promise<KernelCandidate[]> {
  const d = sizes[0] as number;
  const spacing = sampleSpacing(xn, d);
  const probe = probeGrid(xn, d);
  const out: KernelCandidate[] = [];
  for (const s of snapshots) {
    const mlp = createMlp({ sizes: [...sizes], activation, init: 'fan-in-normal', seed, layerScales: s.layerScales, layerBiases: s.layerBiases });
    try {
      const K = await empiricalNtk(mlp, probe, null, signal ? { signal } : {});
      const halfWidth = ntkLocalization(K, probe).meanHalfWidth;
      out.push({
        pathSteps: s.pathSteps,
        halfWidth,
        spacing,
        ratio: halfWidth / spacing,
        meanScale: s.layerScales.reduce((a, v) => a + v, 0) / s.layerScales.length,
      });
    } finally {
      mlp.dispose();
    }
  }
  return out;
}

/**
 * @internal The kernel-width choice: the strongest candidate whose ratio is at
 * least k; when none reaches k, the weakest (no GO when 0 is a candidate).
 */
export function chooseByKernelWidth(scored: readonly KernelCandidate[], k: number): KernelCandidate {
  const ok = scored.filter((s) => s.ratio >= k);
  const strongest = (list: readonly KernelCandidate[]): KernelCandidate => list.reduce((a, b) => (b.pathSteps > a.pathSteps ? b : a));
  const weakest = scored.reduce((a, b) => (b.pathSteps < a.pathSteps ? b : a));
  return ok.length > 0 ? strongest(ok) : weakest;
}
