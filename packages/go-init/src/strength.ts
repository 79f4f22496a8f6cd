import { MlpinitError, assertInteger } from '@mlpinit/core';
import type { KernelCandidate } from './kernel-rule.js';

/**
 * How strong GO should be. GO's strength grows with the length of its path
 * (c keeps growing; Wang & Perdikaris 2021's λ mostly sets where it would stop):
 * - `'kernel'`: the project's rule (beyond the paper). Walk one GO path
 *   (λ = 1e-4, lr {@link AUTO_PATH_LR}), keep (c, b) at every candidate path
 *   length, measure each candidate's empirical NTK half-width on a probe grid
 *   and keep the strongest whose half-width spans at least
 *   k = {@link KERNEL_RULE_K0}·√(E/100) sample spacings, E the epochs of the
 *   training that follows (`training`). No training is involved.
 * - `'holdout'`: short trial fits from each candidate on 90% of `(x, y)`,
 *   scored by mean squared error on the held-out 10% (`auto` options).
 * - `{ steps }`: a fixed path of that many Adam steps at `lr` (default 5e-3);
 *   the authors ran `{ steps: 20000 }`.
 */
export type GoStrength = 'kernel' | 'holdout' | { steps: number };

/** The training that will follow GO: the budget the kernel-width rule scales its k with. */
export interface GoTraining {
  /** Optimizer steps of that training (integer ≥ 1). */
  steps: number;
  /** Points per step (default: full batch). Epochs are steps·min(batchSize, N)/N, N = rows of `x`. */
  batchSize?: number;
}

/** A held-out candidate, as reported. */
export interface HoldoutCandidate {
  pathSteps: number;
  /** Mean squared error on the held-out points after the trial fit. */
  heldOutMse: number;
  /** Mean c over the hidden layers. */
  meanScale: number;
}

/** What the strength choice measured and chose (`GoResult.strength`). */
export type GoStrengthReport =
  | {
      rule: 'kernel';
      /** GO path steps of the chosen candidate (at the path's lr). */
      pathSteps: number;
      /** The ratio the rule demanded, {@link kernelRuleK} of `epochs`. */
      k: number;
      /** Epochs of the training budget it was given (null when `kernelK` fixed k). */
      epochs: number | null;
      candidates: KernelCandidate[];
      /** Seconds spent measuring kernels (the path is in `GoResult.seconds`). */
      seconds: number;
    }
  | {
      rule: 'holdout';
      pathSteps: number;
      candidates: HoldoutCandidate[];
      trialSteps: number;
      holdout: number;
      seconds: number;
    }
  | { rule: 'fixed'; pathSteps: number };

/** @internal The validated strength. */
export type ResolvedStrength =
  | { rule: 'kernel'; training: { steps: number; batchSize: number | undefined } | undefined; k: number | undefined }
  | { rule: 'holdout' }
  | { rule: 'fixed'; steps: number };

/** @internal Validates `strength` (and the deprecated `lambda: 'auto'`) and the training budget. */
export function resolveStrength(
  strength: unknown,
  lambda: unknown,
  steps: unknown,
  training: unknown,
  kernelK?: unknown,
): ResolvedStrength {
  if (strength !== undefined && lambda === 'auto' && strength !== 'holdout') {
    throw new MlpinitError('INVALID_ARGUMENT', "lambda 'auto' is the deprecated form of strength 'holdout'; pass one of them, not both", 'opts.lambda');
  }
  const s = strength ?? (lambda === 'auto' ? 'holdout' : undefined);
  if (s === undefined) {
    const n = steps ?? 1000;
    assertInteger(n, 'opts.steps', 1);
    return { rule: 'fixed', steps: n as number };
  }
  if (s === 'holdout') return { rule: 'holdout' };
  if (s === 'kernel') {
    if (kernelK !== undefined) {
      if (typeof kernelK !== 'number' || !(kernelK > 0) || !Number.isFinite(kernelK)) {
        throw new MlpinitError('INVALID_ARGUMENT', `expected a positive finite ratio, got ${String(kernelK)}`, 'opts.kernelK');
      }
      if (training === undefined) return { rule: 'kernel', training: undefined, k: kernelK };
    }
    const t = training as Partial<GoTraining> | undefined;
    if (!t || typeof t !== 'object') {
      throw new MlpinitError(
        'INVALID_ARGUMENT',
        "strength 'kernel' needs the training that follows GO: pass training: {steps, batchSize?} (its epochs set the rule's k)",
        'opts.training',
      );
    }
    assertInteger(t.steps, 'opts.training.steps', 1);
    if (t.batchSize !== undefined) assertInteger(t.batchSize, 'opts.training.batchSize', 1);
    return { rule: 'kernel', training: { steps: t.steps as number, batchSize: t.batchSize }, k: kernelK as number | undefined };
  }
  if (s && typeof s === 'object' && 'steps' in s) {
    const n = (s as { steps: unknown }).steps;
    assertInteger(n, 'opts.strength.steps', 1);
    if (steps !== undefined && steps !== n) {
      throw new MlpinitError('INVALID_ARGUMENT', `opts.steps (${String(steps)}) and opts.strength.steps (${String(n)}) disagree; pass strength only`, 'opts.steps');
    }
    return { rule: 'fixed', steps: n as number };
  }
  throw new MlpinitError('INVALID_ARGUMENT', `expected 'kernel', 'holdout' or {steps}, got ${JSON.stringify(s)}`, 'opts.strength');
}
