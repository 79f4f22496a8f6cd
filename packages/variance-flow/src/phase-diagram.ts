import { type Activation, MlpinitError, abortError, assertAllFinite, assertFinite, assertPositive } from '@mlpinit/core';
import { criticalScale } from './critical-scale.js';
import { type Phase, meanFieldResolved } from './mean-field.js';
import { assertLength, resolveActivation } from './map-options.js';

/** Options of {@link phaseDiagram}. */
export interface PhaseDiagramOptions {
  /** Weight scales c (default 21 values from 0.5 to 3). */
  cs?: number[];
  /** Bias noise levels σ_b (default 11 values from 0 to 0.5). */
  biasStds?: number[];
  /** Constant bias shift b (default 0). */
  bias?: number;
  /** Root second moment of the inputs (default 1) and divergence bound (default 10). */
  s0?: number;
  sMax?: number;
  /** Also trace the edge of chaos c(σ_b) with {@link criticalScale} (default true). */
  criticalLine?: boolean;
  /** Called after every row of the grid. */
  onProgress?: (p: { done: number; total: number }) => void;
  /** Cancels the computation (rejects with an `ABORTED` MlpinitError). */
  signal?: AbortSignal;
}

/** One grid point of the phase diagram. */
export interface PhaseCell {
  c: number;
  biasStd: number;
  phase: Phase;
  qStar: number | null;
  chi1: number | null;
  rhoStar: number | null;
  xiQ: number | null;
  xiC: number | null;
}

/** Data of a phase diagram over (c, σ_b). */
export interface PhaseDiagramData {
  activation: string;
  bias: number;
  cells: PhaseCell[];
  /** The edge of chaos: for each σ_b, the critical c (null where none in range). */
  criticalLine: { biasStd: number; c: number | null }[];
}

const range = (a: number, b: number, n: number): number[] => Array.from({ length: n }, (_, i) => a + ((b - a) * i) / (n - 1));
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function checkGrid(values: unknown, param: string): asserts values is number[] {
  if (!Array.isArray(values) || values.length === 0) throw new MlpinitError('INVALID_ARGUMENT', 'expected a non-empty array of numbers', param);
  assertAllFinite(values, param);
  values.forEach((v, i) => {
    if (v < 0) throw new MlpinitError('INVALID_ARGUMENT', `expected numbers >= 0, got ${v} at ${i}`, param);
  });
}

/**
 * The order-to-chaos phase diagram of deep random MLPs over a grid of weight
 * scales c and bias noise σ_b (Poole et al. 2016, Fig. 2; Schoenholz et al.
 * 2017, Fig. 1): at every point the length fixed point q*, χ₁, the phase and
 * the depth scales ξ_q and ξ_c of {@link meanField}, plus the edge of chaos
 * from {@link criticalScale}. Pure JavaScript, no tensors; yields to the
 * event loop after every row so that `signal` can cancel it.
 */
export async function phaseDiagram(activation: string | Activation, opts: PhaseDiagramOptions = {}): Promise<PhaseDiagramData> {
  const f = resolveActivation(activation);
  const cs = opts.cs ?? range(0.5, 3, 21);
  const biasStds = opts.biasStds ?? range(0, 0.5, 11);
  const bias = opts.bias ?? 0;
  const s0 = opts.s0 ?? 1;
  const sMax = opts.sMax ?? 10;
  checkGrid(cs, 'opts.cs');
  checkGrid(biasStds, 'opts.biasStds');
  assertFinite(bias, 'opts.bias');
  assertLength(s0, 'opts.s0');
  assertPositive(sMax, 'opts.sMax');
  const total = biasStds.length;
  const cells: PhaseCell[] = [];
  const criticalLine: { biasStd: number; c: number | null }[] = [];
  for (let i = 0; i < biasStds.length; i++) {
    if (opts.signal?.aborted) throw abortError('phaseDiagram');
    const biasStd = biasStds[i] as number;
    for (const c of cs) {
      const r = meanFieldResolved({ f, c, bias, biasStd }, s0, Math.max(sMax, s0), 1e-6);
      cells.push({ c, biasStd, phase: r.phase, qStar: r.qStar, chi1: r.chi1, rhoStar: r.rhoStar, xiQ: r.xiQ, xiC: r.xiC });
    }
    if (opts.criticalLine ?? true) {
      const crit = criticalScale(f, { bias, biasStd, cMin: Math.min(...cs), cMax: Math.max(...cs), s0, sMax });
      criticalLine.push({ biasStd, c: crit?.c ?? null });
    }
    opts.onProgress?.({ done: i + 1, total });
    await tick();
  }
  return { activation: f.name, bias, cells, criticalLine };
}
