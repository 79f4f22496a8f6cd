import type { VegaLiteSpec } from '@mlpinit/core';
import { empiricalNtk, ntkHeatmapSpec, ntkLocalization } from '@mlpinit/ntk';
import { round } from '../report/stats.js';
import type { NtkProfile } from '../suites/profiles.js';
import { type GoSummary, buildMlp } from '../trials/build-mlp.js';
import { type InitSpec, parseInit } from '../trials/init-spec.js';
import type { TrialRunOptions } from '../trials/trial-kinds.js';

/** One kernel of Figure 3. */
export interface NtkRun {
  init: string;
  seed: number;
  lambda: number | null;
  meanHalfWidth: number;
  rmsWidth: number;
  effectiveNeighbours: number;
  censored: number;
  seconds: number;
  go?: GoSummary;
  /** The heatmap spec (data inline) returned by @mlpinit/ntk. */
  heatmap: VegaLiteSpec;
}

/** One (init, seed) kernel of the ntk suite, as plain data (it crosses to a worker or a browser page). */
export interface NtkTrialSpec extends Pick<NtkProfile, 'depth' | 'width' | 'points' | 'goSteps' | 'trainingSteps'> {
  init: string;
  seed: number;
}

/** A panel's title: what the init is, in words. */
export function ntkPanelTitle(spec: InitSpec, go: GoSummary | undefined): string {
  switch (spec.kind) {
    case 'plain':
      return spec.name === 'glorot' ? 'Glorot (c = 1)' : spec.name;
    case 'scaled':
      return `fixed scale c = ${spec.c} (glorot-c${spec.c})`;
    case 'go-ntk':
      return `${spec.name}: GO, ${go?.stepsRun ?? '?'} path steps (kernel rule)`;
    case 'go':
      return `GO, λ = ${spec.lambda}, ${spec.steps.toLocaleString('en-US')} steps (authors)`;
    default:
      return spec.name;
  }
}

/**
 * One panel of Figure 3: the empirical NTK of a 1 → depth×width → 1 tanh MLP
 * under one init over a grid of `points` on [−1, 1], with its half-widths.
 * Inputs are standardised (zero mean, unit variance) as GO and training
 * assume; the heatmap is drawn over the raw grid. The kernel rule of `go`
 * needs the training that would follow (its epochs set k); no targets are used.
 */
export async function runNtkTrial(spec: NtkTrialSpec, opts: TrialRunOptions = {}): Promise<NtkRun> {
  const t0 = performance.now();
  const x = Array.from({ length: spec.points }, (_, i) => -1 + (2 * i) / (spec.points - 1));
  const std = Math.sqrt(x.reduce((a, v) => a + v * v, 0) / x.length);
  const xn = x.map((v) => v / std);
  const points = xn.map((v) => [v]);
  const sizes = [1, ...new Array(spec.depth).fill(spec.width), 1];
  const initSpec = parseInit(spec.init, { goSteps: spec.goSteps, goLambdaSteps: spec.goSteps });
  const plan = { x: points, budget: { steps: spec.trainingSteps } };
  const { mlp, go } = await buildMlp(initSpec, sizes, spec.seed, points, opts.signal, plan);
  try {
    const K = await empiricalNtk(mlp, xn, null, opts.signal ? { signal: opts.signal } : {});
    const loc = ntkLocalization(K, x);
    opts.onStep?.(1, 1);
    return {
      init: spec.init,
      seed: spec.seed,
      lambda: go?.lambda ?? null,
      meanHalfWidth: loc.meanHalfWidth,
      rmsWidth: loc.rmsWidth,
      effectiveNeighbours: loc.effectiveNeighbours,
      censored: loc.censored,
      seconds: round((performance.now() - t0) / 1000, 2),
      ...(go ? { go } : {}),
      heatmap: ntkHeatmapSpec(K, x, { title: ntkPanelTitle(initSpec, go), width: 220, height: 220 }),
    };
  } finally {
    mlp.dispose();
  }
}
