import { type Mlp, MlpinitError, createMlp } from '@mlpinit/core';
import type { NtkModule } from './analysis-api.js';
import type { GoSummary } from './build-mlp.js';
import { loadGoInit } from './build-mlp.js';
import { UnavailableError, importPackage } from './unavailable.js';

/** Points per side of the probe grid whose NTK half-width is measured. */
export const KERNEL_PROBE_SIDE = 24;
/** The probe grid spans this fraction of the training inputs' bounding box per axis, around its centre. */
export const KERNEL_PROBE_SPAN = 0.28;

/** How the kernel-width rule chose: NTK half-width over sample spacing per candidate. */
export interface GoKernelChoice {
  chosenSteps: number;
  /** Required ratio of NTK half-width to sample spacing. */
  k: number;
  /** (Bounding-box volume / N)^(1/d) of the normalised training inputs. */
  spacing: number;
  candidates: Array<{ steps: number; halfWidth: number; ratio: number; meanC: number }>;
}

/** Per-axis [min, max] of the points (a loop: spreading 10⁵ coordinates into Math.min overflows the stack). */
function boundingBox(x: readonly (readonly number[])[]): Array<[number, number]> {
  const d = (x[0] as readonly number[]).length;
  const box = Array.from({ length: d }, (): [number, number] => [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]);
  for (const p of x) {
    for (let j = 0; j < d; j++) {
      const v = p[j] as number;
      const b = box[j] as [number, number];
      if (v < b[0]) b[0] = v;
      if (v > b[1]) b[1] = v;
    }
  }
  return box;
}

/**
 * Typical spacing of n points in d dimensions: (volume of their bounding box /
 * n)^(1/d), the side of the cell each point would own in a regular lattice.
 */
export function sampleSpacing(x: readonly (readonly number[])[]): number {
  if (x.length < 2) throw new MlpinitError('INVALID_ARGUMENT', 'expected at least 2 points', 'x');
  const volume = boundingBox(x).reduce((v, [lo, hi]) => v * (hi - lo), 1);
  if (!(volume > 0)) throw new MlpinitError('INVALID_ARGUMENT', 'the points span no volume (a constant coordinate)', 'x');
  return (volume / x.length) ** (1 / (x[0] as readonly number[]).length);
}

/**
 * A regular grid of `side` points per axis (1-D or 2-D) over the central
 * `span` fraction of the points' bounding box: where the kernel's reach is probed.
 */
export function probeGrid(x: readonly (readonly number[])[], side = KERNEL_PROBE_SIDE, span = KERNEL_PROBE_SPAN): number[][] {
  const d = (x[0] as readonly number[]).length;
  if (d !== 1 && d !== 2) throw new MlpinitError('INVALID_ARGUMENT', `the kernel-width rule probes 1-D or 2-D inputs, got ${d}-D`, 'x');
  const axis = boundingBox(x).map(([lo, hi]) => {
    const half = (span * (hi - lo)) / 2;
    const mid = (lo + hi) / 2;
    return Array.from({ length: side }, (_, i) => mid - half + (2 * half * i) / (side - 1));
  });
  if (d === 1) return (axis[0] as number[]).map((v) => [v]);
  const out: number[][] = [];
  for (const a of axis[0] as number[]) for (const b of axis[1] as number[]) out.push([a, b]);
  return out;
}

/**
 * GO strength from the kernel's reach (beyond Wang & Perdikaris 2021): walk
 * one GO path (go-init's fast path, λ = 1e-4, lr 2e-2), keep (c, b) at each
 * candidate step count (0 = no GO: Glorot's draw), measure each candidate's
 * empirical NTK half-width on a probe grid (@mlpinit/ntk) and keep the
 * strongest candidate whose half-width is at least `k` sample spacings: GO
 * localizes the kernel, which helps until a training point's influence no
 * longer reaches its neighbours. No training is involved.
 */
export async function goKernelRule(
  sizes: number[],
  seed: number,
  candidates: number[],
  x: number[][],
  k: number,
  signal?: AbortSignal,
): Promise<{ mlp: Mlp; go: GoSummary & { kernel: GoKernelChoice } }> {
  let ntk: NtkModule;
  try {
    ntk = await importPackage<NtkModule>('@mlpinit/ntk', ['empiricalNtk', 'ntkLocalization']);
  } catch (err) {
    if (err instanceof UnavailableError) throw new UnavailableError(`go-ntk needs @mlpinit/ntk: ${err.message}`);
    throw err;
  }
  const { goInit, glorotScales, AUTO_PATH_LAMBDA, AUTO_PATH_LR } = await loadGoInit();
  const hidden = sizes.length - 2;
  const sorted = [...new Set(candidates)].sort((a, b) => a - b);
  const positive = sorted.filter((c) => c > 0);
  const every = positive.reduce((g, c) => gcd(g, c), positive[0] ?? 1);
  const snapshots = new Map<number, { c: number[]; b: number[] }>();
  if (sorted.includes(0)) snapshots.set(0, { c: glorotScales(sizes), b: new Array(hidden).fill(0) });
  const t0 = performance.now();
  const res = await goInit({
    sizes,
    activation: 'tanh',
    x,
    lambda: AUTO_PATH_LAMBDA,
    lr: AUTO_PATH_LR,
    steps: Math.max(1, ...positive),
    seed,
    progressEvery: every,
    onProgress: (p) => {
      const q = p as { step: number; layerScales: number[]; layerBiases: number[] };
      if (positive.includes(q.step)) snapshots.set(q.step, { c: q.layerScales.map(Math.fround), b: q.layerBiases.map(Math.fround) });
    },
    ...(signal ? { signal } : {}),
  });
  const norm = res.inputNormalization;
  const xn = norm ? x.map((p) => p.map((v, j) => (v - (norm.mean[j] as number)) / (norm.std[j] as number))) : x;
  const spacing = sampleSpacing(xn);
  const probe = probeGrid(xn);
  const scored: GoKernelChoice['candidates'] = [];
  for (const steps of sorted) {
    signal?.throwIfAborted();
    const snap = snapshots.get(steps);
    if (!snap) continue;
    const mlp = createMlp({ sizes, activation: 'tanh', init: 'fan-in-normal', seed, layerScales: snap.c, layerBiases: snap.b });
    try {
      const K = await ntk.empiricalNtk(mlp, probe, null, signal ? { signal } : {});
      const halfWidth = ntk.ntkLocalization(K, probe).meanHalfWidth;
      scored.push({ steps, halfWidth, ratio: halfWidth / spacing, meanC: snap.c.reduce((a, v) => a + v, 0) / hidden });
    } finally {
      mlp.dispose();
    }
  }
  const ok = scored.filter((s) => s.ratio >= k);
  const chosen = ok.length > 0 ? (ok[ok.length - 1] as (typeof scored)[number]) : (scored[0] as (typeof scored)[number]);
  const snap = snapshots.get(chosen.steps) as { c: number[]; b: number[] };
  const atEnd = chosen.steps === res.stepsRun;
  return {
    mlp: createMlp({ sizes, activation: 'tanh', init: 'fan-in-normal', seed, layerScales: snap.c, layerBiases: snap.b }),
    go: {
      lambda: AUTO_PATH_LAMBDA,
      stepsRun: chosen.steps,
      seconds: (performance.now() - t0) / 1000,
      layerScales: snap.c,
      layerBiases: snap.b,
      meanCos2Before: res.meanCos2Before,
      meanCos2After: atEnd ? res.meanCos2After : null,
      kernel: { chosenSteps: chosen.steps, k, spacing, candidates: scored },
    },
  };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
