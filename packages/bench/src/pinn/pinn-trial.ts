import { MlpinitError, Rng } from '@mlpinit/core';
import type { ScaleChoice } from '@mlpinit/go-init';
import { type PinnProblem, boxGrid, helmholtz2d, inputMap, multiscalePoisson1d, relativeL2Error, smoothPoisson1d, solve, toNetwork } from '@mlpinit/pinn';
import { type GoSummary, buildMlp } from '../trials/build-mlp.js';
import { type GoDefaults, familyLr, familyOf, parseInit } from '../trials/init-spec.js';
import type { TrialRunOptions } from '../trials/trial-kinds.js';

/** The problems of the pinn suite (keys of results and flags). */
export type PinnProblemName = 'poisson-smooth' | 'poisson-multiscale' | 'helmholtz';
export const PINN_PROBLEM_NAMES: readonly PinnProblemName[] = ['poisson-smooth', 'poisson-multiscale', 'helmholtz'];

/** The @mlpinit/pinn problem of a key. */
export function pinnProblem(name: PinnProblemName): PinnProblem {
  switch (name) {
    case 'poisson-smooth':
      return smoothPoisson1d();
    case 'poisson-multiscale':
      return multiscalePoisson1d();
    case 'helmholtz':
      return helmholtz2d();
  }
}

/**
 * The pinn suite's init names: the bench's (`glorot`, `go`, `ff`,
 * `siren-auto`, …) plus `<init>-anneal`, the same network trained with
 * Wang–Teng–Perdikaris learning-rate annealing of the boundary weight.
 */
export function parsePinnInit(name: string, go: GoDefaults): { base: string; anneal: boolean } {
  const n = String(name).trim();
  const anneal = n.endsWith('-anneal');
  const base = anneal ? n.slice(0, -'-anneal'.length) : n;
  parseInit(base, go);
  return { base, anneal };
}

/** Validates a comma-separated `--inits` list of the pinn suite. */
export function parsePinnInitList(text: string, go: GoDefaults): string[] {
  const names = String(text)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (names.length === 0) throw new MlpinitError('INVALID_ARGUMENT', 'expected at least one init name', '--inits');
  for (const n of names) parsePinnInit(n, go);
  return [...new Set(names)];
}

/** One (problem, init, seed) trial of the pinn suite, as plain data. */
export interface PinnTrialSpec {
  problem: PinnProblemName;
  init: string;
  seed: number;
  steps: number;
  /** Relative-L2 checkpoints during training. */
  checkpoints: number;
  go: GoDefaults;
  /** Collocation points the GO and scale rules see (a fixed seeded draw of the residual term's points). */
  rulePoints: number;
  /** Network widths (default: the problem's, from its source code). */
  sizes?: number[];
  /** Points per step (default: the problem's). */
  batch?: { residual?: number; boundary?: number };
  /** Keep the trained solution on a grid of this many points per axis (the first seed's figure). */
  solutionGrid?: number;
}

/** The trained solution on a coarse grid (physical points), for the solution figure. */
export interface PinnSolution {
  points: number[][];
  u: number[];
}

/** A finished pinn trial (`results.json` → `runs[]`). */
export interface PinnRun {
  problem: PinnProblemName;
  init: string;
  seed: number;
  steps: number;
  /** Final relative L2 error on the problem's grid. */
  relL2: number;
  /** Relative L2 error at the checkpoints (step 0 = the initial network). */
  errors: { step: number; relL2: number }[];
  /** Wall time of the trial (rules and training). */
  seconds: number;
  /** Training time alone. */
  trainSeconds: number;
  /** Final loss-term weights (annealed for `…-anneal`, else the fixed ones). */
  lambdas: Record<string, number>;
  /** Whether the boundary weight was annealed. */
  anneal: boolean;
  lr: number;
  sizes: number[];
  finalLoss: number;
  go?: GoSummary;
  scale?: ScaleChoice;
  solution?: PinnSolution;
}

const r5 = (x: number): number => (Number.isFinite(x) ? Number(x.toPrecision(5)) : x);

/**
 * Trains a PINN of one problem from one init with @mlpinit/pinn's `solve`
 * (the problem's source settings; the family's learning rate for `ff` and
 * `siren-auto`). GO and the scale rules see a fixed seeded draw of the
 * residual term's collocation points in the network's (standardised)
 * coordinates, and the run's budget.
 */
export async function runPinnTrial(spec: PinnTrialSpec, opts: TrialRunOptions = {}): Promise<PinnRun> {
  const t0 = performance.now();
  const problem = pinnProblem(spec.problem);
  const d = problem.defaults;
  const { base, anneal } = parsePinnInit(spec.init, spec.go);
  const initSpec = parseInit(base, spec.go);
  const lr = familyLr(familyOf(initSpec), d.lr);
  const sizes = spec.sizes ?? d.sizes;
  const map = inputMap(problem);
  const residual = problem.terms[0];
  if (!residual) throw new Error(`${problem.name} has no residual term`);
  // A fixed draw per problem (seed 12345), so every init and seed's rule sees the same points.
  const x = toNetwork(residual.sample(new Rng(12345), spec.rulePoints), map);
  const batchR = spec.batch?.residual ?? d.batch.residual;
  const plan = { x, budget: { steps: spec.steps, batchSize: Math.min(batchR, x.length) } };
  const built = await buildMlp(initSpec, sizes, spec.seed, x, opts.signal, plan);
  const { mlp } = built;
  try {
    const errors: { step: number; relL2: number }[] = [{ step: 0, relL2: r5(await relativeL2Error(problem, mlp, map)) }];
    const res = await solve(problem, {
      mlp,
      steps: spec.steps,
      lr,
      seed: spec.seed,
      checkpoints: spec.checkpoints,
      adaptiveWeights: anneal,
      ...(spec.batch ? { batch: spec.batch } : {}),
      ...(opts.signal ? { signal: opts.signal } : {}),
      onProgress: (p) => {
        opts.onStep?.(p.step, p.steps);
      },
    });
    errors.push(...res.errors.map((e) => ({ step: e.step, relL2: r5(e.relL2) })));
    let solution: PinnSolution | undefined;
    if (spec.solutionGrid) {
      const n = spec.solutionGrid;
      const points = boxGrid(problem.domain, n);
      const u = await res.predict(points);
      solution = { points: points.map((p) => p.map(r5)), u: u.map(r5) };
    }
    return {
      problem: spec.problem,
      init: spec.init,
      seed: spec.seed,
      steps: spec.steps,
      relL2: r5(res.relL2),
      errors,
      seconds: (performance.now() - t0) / 1000,
      trainSeconds: res.seconds,
      lambdas: Object.fromEntries(Object.entries(res.lambdas).map(([k, v]) => [k, r5(v)])),
      anneal,
      lr,
      sizes,
      finalLoss: r5(res.loss[res.loss.length - 1] as number),
      ...(built.go ? { go: built.go } : {}),
      ...(built.scale ? { scale: built.scale } : {}),
      ...(solution ? { solution } : {}),
    };
  } finally {
    mlp.dispose();
  }
}
