import { type Mlp, createMlp } from '@mlpinit/core';
import type { GoInitModule } from './analysis-api.js';
import { type AutoFit, goAuto } from './go-auto.js';
import { type GoKernelChoice, goKernelRule } from './go-kernel-rule.js';
import { type InitSpec, kernelRuleK, trainingEpochs } from './init-spec.js';
import { importPackage } from './unavailable.js';

/** What GO learned, kept in results. */
export interface GoSummary {
  /** `go-auto`: the candidates it scored and the one it chose. */
  auto?: { chosenSteps: number; candidates: Array<{ steps: number; heldOutMse: number; meanC: number }> };
  /** `go-ntk`: NTK half-width over sample spacing of each candidate and the one it chose. */
  kernel?: GoKernelChoice;
  lambda: number;
  stepsRun: number;
  seconds: number;
  layerScales: number[];
  layerBiases: number[];
  meanCos2Before: number;
  /** Mean cos² of a draw from the learned law (null when a rule chose a snapshot before the path's end). */
  meanCos2After: number | null;
}

/** An initialised network and, for GO, what GO learned. */
export interface BuiltMlp {
  mlp: Mlp;
  go?: GoSummary;
}

/** Loads @mlpinit/go-init (throws {@link UnavailableError} until it has landed). */
export function loadGoInit(): Promise<GoInitModule> {
  return importPackage<GoInitModule>('@mlpinit/go-init', ['goInit', 'glorotScales', 'AUTO_PATH_LAMBDA', 'AUTO_PATH_LR']);
}

/**
 * Builds the network of a benchmark init: core's initializers, scaled fan-in
 * normal N(0, c²/d_in) on every hidden layer for `glorot-c<c>`, SIREN (sin,
 * ω₀ = 30) or GO fitted on `domain` (normalised inputs, Wang & Perdikaris
 * 2021, Sec. 3) and then drawn from the learned distribution.
 */
export async function buildMlp(
  spec: InitSpec,
  sizes: number[],
  seed: number,
  domain: number[][],
  signal?: AbortSignal,
  fit?: AutoFit,
): Promise<BuiltMlp> {
  const hidden = sizes.length - 2;
  switch (spec.kind) {
    case 'plain':
      return { mlp: createMlp({ sizes, activation: spec.activation, init: spec.init, seed }) };
    case 'scaled':
      return {
        mlp: createMlp({ sizes, activation: 'tanh', init: 'fan-in-normal', seed, layerScales: new Array(hidden).fill(spec.c) }),
      };
    case 'siren':
      return { mlp: createMlp({ sizes, activation: 'sin', init: 'siren', seed, gain: spec.omega0 }) };
    case 'go-auto': {
      if (!fit) throw new Error('go-auto needs training data for its trial fits');
      return goAuto(sizes, seed, spec.candidates, fit, signal);
    }
    case 'go-ntk': {
      const x = fit?.x ?? domain;
      let k = spec.k;
      if (k === null) {
        if (!fit?.budget) throw new Error('go-ntk without a fixed k needs the training budget');
        k = kernelRuleK(trainingEpochs(fit.budget.steps, fit.budget.batchSize, x.length));
      }
      return goKernelRule(sizes, seed, spec.candidates, x, k, signal);
    }
    case 'go': {
      const { goInit } = await loadGoInit();
      const res = await goInit({
        sizes,
        activation: spec.activation,
        x: domain,
        lambda: spec.lambda,
        steps: spec.steps,
        seed,
        ...(signal ? { signal } : {}),
      });
      return {
        mlp: res.createMlp(seed),
        go: {
          lambda: spec.lambda,
          stepsRun: res.stepsRun,
          seconds: res.seconds,
          layerScales: [...res.layerScales],
          layerBiases: [...res.layerBiases],
          meanCos2Before: res.meanCos2Before,
          meanCos2After: res.meanCos2After,
        },
      };
    }
  }
}
