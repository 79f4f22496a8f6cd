import { type Mlp, createMlp } from '@mlpinit/core';
import { GoResult, type GoResultJSON, type GoStrengthReport, type ScaleChoice, chooseScale, familyNetworkOptions, goInit } from '@mlpinit/go-init';
import { readBundledText } from '../io/read-bundled.js';
import { FF_CANDIDATES, type InitSpec, SIREN_CANDIDATES } from './init-spec.js';

/** What GO learned, kept in results. */
export interface GoSummary {
  lambda: number;
  /** GO path steps of the learned law (the chosen candidate for a strength rule). */
  stepsRun: number;
  seconds: number;
  layerScales: number[];
  layerBiases: number[];
  meanCos2Before: number;
  /** Mean cos² of a draw from the learned law (on the points GO saw). */
  meanCos2After: number;
  /** go-init's strength report: the rule, its candidates and what it measured for each. */
  strength: GoStrengthReport;
  /** The whole result (`GoResult.toJSON()`): the law `go-law` freezes is one of these. */
  law: GoResultJSON;
}

/** An initialised network and, for GO, what GO learned. */
export interface BuiltMlp {
  mlp: Mlp;
  go?: GoSummary;
  /** For `ff` and `siren-auto`: what go-init's `chooseScale` measured and chose. */
  scale?: ScaleChoice;
}

/** What the kernel-width rules (`go`, `ff`, `siren-auto`) and GO see: the training inputs and the training that follows. */
export interface TrainingPlan {
  x: number[][];
  /** The training that follows (the kernel-width rule scales its k with its epochs). */
  budget?: { steps: number; batchSize?: number };
}

/** The held-out rule's (`go-holdout`) trial fits: targets for the plan's inputs and their schedule. */
export interface HoldoutTrials {
  y: number[][];
  /** Steps of each trial fit. */
  steps: number;
  lr: number;
  batchSize?: number;
}

/** The plain summary of a GO result kept in `results.json`. */
export function goSummary(res: GoResult): GoSummary {
  return {
    lambda: res.settings.lambda,
    stepsRun: res.stepsRun,
    seconds: res.seconds,
    layerScales: [...res.layerScales],
    layerBiases: [...res.layerBiases],
    meanCos2Before: res.meanCos2Before,
    meanCos2After: res.meanCos2After,
    strength: res.strength,
    law: res.toJSON(),
  };
}

/**
 * Builds the network of a benchmark init: core's initializers, scaled fan-in
 * normal N(0, c²/d_in) on every hidden layer for `glorot-c<c>`, SIREN
 * (sin(ω₀z), `siren-w<ω₀>`), Fourier features + relu (`ff-s<σ>`), the last two
 * with their scale from go-init's `chooseScale` for `siren-auto` and `ff`, or GO from @mlpinit/go-init (Wang & Perdikaris 2021, Sec. 3; its
 * `strength: 'kernel'` for `go`, `'holdout'` for `go-holdout`), drawn from the
 * learned law as a network that takes the suite's inputs as they are (GO's
 * normalisation is folded into layer 0).
 */
export async function buildMlp(
  spec: InitSpec,
  sizes: number[],
  seed: number,
  domain: number[][],
  signal?: AbortSignal,
  fit?: TrainingPlan,
  holdout?: HoldoutTrials,
): Promise<BuiltMlp> {
  const hidden = sizes.length - 2;
  const common = { sizes, activation: spec.activation, seed, ...(signal ? { signal } : {}) };
  switch (spec.kind) {
    case 'plain':
      return { mlp: createMlp({ sizes, activation: spec.activation, init: spec.init, seed }) };
    case 'scaled':
      return {
        mlp: createMlp({ sizes, activation: 'tanh', init: 'fan-in-normal', seed, layerScales: new Array(hidden).fill(spec.c) }),
      };
    case 'siren':
    case 'fourier': {
      // Fourier features (Tancik et al. 2020) before a relu MLP, or SIREN (Sitzmann et al. 2020), each at a
      // fixed scale or at the scale go-init's kernel-width rule picks for these points and this budget.
      const family = spec.kind;
      const fixed = spec.kind === 'siren' ? spec.omega0 : spec.sigma;
      const netOpts = spec.kind === 'fourier' ? { features: spec.features, activation: spec.activation } : {};
      if (fixed !== null) return { mlp: createMlp(familyNetworkOptions(family, fixed, sizes, seed, netOpts)) };
      if (!fit?.budget) throw new Error(`${spec.name} needs the training points and budget for its scale rule`);
      const choice = await chooseScale({
        family,
        sizes,
        x: fit.x,
        training: fit.budget,
        candidates: [...(family === 'fourier' ? FF_CANDIDATES : SIREN_CANDIDATES)],
        seed,
        ...netOpts,
        ...(signal ? { signal } : {}),
      });
      return { mlp: createMlp(familyNetworkOptions(family, choice.scale, sizes, seed, netOpts)), scale: choice };
    }
    case 'go-auto': {
      if (!fit || !holdout) throw new Error('go-holdout needs training data and targets for its trial fits');
      // The trial fits need targets for the points GO runs on, so the path runs on
      // the training inputs (a seeded subset of the domain, e.g. 25% of the pixels).
      const res = await goInit({
        ...common,
        x: fit.x,
        y: holdout.y,
        strength: 'holdout',
        candidates: spec.candidates,
        // go-init's held-out fraction (10%); the trial fits follow this suite's training.
        auto: { trialSteps: holdout.steps, trialLr: holdout.lr, trialBatchSize: holdout.batchSize ?? Math.min(fit.x.length, 1024) },
      });
      return { mlp: res.createMlp(seed), go: goSummary(res) };
    }
    case 'go-ntk': {
      if (spec.k === null && !fit?.budget) throw new Error('go-ntk without a fixed k needs the training budget');
      const res = await goInit({
        ...common,
        x: fit?.x ?? domain,
        strength: 'kernel',
        candidates: spec.candidates,
        ...(fit?.budget ? { training: fit.budget } : {}),
        ...(spec.k !== null ? { kernelK: spec.k } : {}),
      });
      return { mlp: res.createMlp(seed), go: goSummary(res) };
    }
    case 'go-law': {
      // GO's law, frozen: a learned (c, b) profile applied to these points without optimising (go-init's transfer).
      const law = GoResult.fromJSON(await readBundledText(spec.file));
      const res = law.transfer({ x: fit?.x ?? domain, sizes });
      return { mlp: res.createMlp(seed), go: goSummary(res) };
    }
    case 'go': {
      const res = await goInit({ ...common, x: domain, lambda: spec.lambda, strength: { steps: spec.steps } });
      return { mlp: res.createMlp(seed), go: goSummary(res) };
    }
  }
}
