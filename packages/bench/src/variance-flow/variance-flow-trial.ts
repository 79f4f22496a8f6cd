import { type DepthSimulation, type FixedPointStability, type LengthMapCurves, lengthMapCurves, simulateDepth } from '@mlpinit/variance-flow';
import type { VarianceFlowProfile } from '../suites/profiles.js';
import type { TrialRunOptions } from '../trials/trial-kinds.js';

/** One curve point: a scheme's length map and slope at s, or a layer's std at depth l. */
export type VarianceFlowRun =
  | { kind: 'map'; scheme: string; s: number; next: number; slope: number }
  | { kind: 'fixed-point'; scheme: string; s: number; slope: number; stable: boolean; /** Absent in results of earlier versions. */ stability?: FixedPointStability }
  /** `measured` and `spread` are null only in results of early versions, which ran the length map without simulated networks. */
  | { kind: 'depth'; layer: number; predicted: number; measured: number | null; spread: number | null }
  | { kind: 'raw'; simulation: DepthSimulation; curves: LengthMapCurves; /** tanh with c = 2 (a stable s* > 0), drawn beside c = 1 in Figure 1. */ contrast?: DepthSimulation };

/** The variance-flow suite's computation, as plain data (it crosses to a browser page). */
export interface VarianceFlowTrialSpec extends VarianceFlowProfile {
  seed: number;
}

/**
 * The length maps and fixed points of the schemes (Figure 2) and simulated
 * deep tanh networks at c = 1 and c = 2 (Figure 1) on the active backend.
 */
export async function measureVarianceFlow(spec: VarianceFlowTrialSpec, opts: TrialRunOptions = {}): Promise<{ runs: VarianceFlowRun[] }> {
  const runs: VarianceFlowRun[] = [];
  const curves = lengthMapCurves({ points: spec.points });
  for (const c of curves.curves) runs.push({ kind: 'map', scheme: c.scheme, s: c.s, next: c.map, slope: c.slope });
  for (const f of curves.fixedPoints) runs.push({ kind: 'fixed-point', scheme: f.scheme, s: f.s, slope: f.slope, stable: f.stable, stability: f.stability });
  opts.onStep?.(1, 3);
  const signal = opts.signal;
  // Figure 1: tanh with c = 1 (the Glorot-like fan-in scale the paper analyses).
  const sim = { activation: 'tanh' as const, width: spec.width, depth: spec.depth, samples: spec.samples, seed: spec.seed, ...(signal ? { signal } : {}) };
  const simulation = await simulateDepth({ ...sim, c: 1 });
  opts.onStep?.(2, 3);
  // The contrast: c = 2 has a stable fixed point s* > 0, so its outputs keep their spread with depth.
  const contrast = await simulateDepth({ ...sim, c: 2 });
  for (const l of simulation.layers) {
    if (l.layer === 0) continue;
    runs.push({ kind: 'depth', layer: l.layer, predicted: l.predictedStd, measured: l.stdMean, spread: l.stdSpread });
  }
  runs.push({ kind: 'raw', simulation, curves, contrast });
  opts.onStep?.(3, 3);
  return { runs };
}
