import { type Mlp, createMlp } from '@mlpinit/core';
import { type ScaleChoice, chooseScale, goInit } from '@mlpinit/go-init';
import { FAMILY_DEFAULT_LR, FIT_FAMILIES, type FitFamily, type FitParams, type FitProgress } from '../protocol.js';
import type { CoordinateRange } from './pixel-coordinates.js';
import { InputError, type TaskContext } from './task-context.js';

/** Random Fourier features in front of the relu MLP (m; Tancik et al. 2020 use 256). */
export const FOURIER_FEATURES = 256;

/** What each family is called on the page, its scale's symbol and the coordinates it is trained on. */
export const FAMILY_INFO: Record<FitFamily, { name: string; symbol: string; range: CoordinateRange; rangeText: string }> = {
  go: { name: 'GO', symbol: 'path steps', range: 'standardized', rangeText: 'standardized inputs (zero mean, unit variance per axis)' },
  fourier: { name: 'Fourier', symbol: 'σ', range: 'unit', rangeText: 'x ∈ [0, 1]²' },
  siren: { name: 'SIREN', symbol: 'ω₀', range: 'symmetric', rangeText: 'x ∈ [−1, 1]²' },
};

/** Validates the family fields of a fit (the rest is checked by the fit task). */
export function checkFamilyParams(p: FitParams): void {
  if (!FIT_FAMILIES.includes(p.family)) {
    throw new InputError(`family must be one of ${FIT_FAMILIES.map((f) => `'${f}'`).join(', ')} (got ${JSON.stringify(p.family)})`);
  }
  if (p.familyLr !== 'auto' && !(typeof p.familyLr === 'number' && p.familyLr > 0 && p.familyLr <= 1)) {
    throw new InputError(`learning rate of the second network must be in (0, 1] or 'auto' (got ${String(p.familyLr)})`);
  }
  if (p.family === 'go') {
    if (!Number.isInteger(p.goSteps) || (p.goSteps as number) < 1 || (p.goSteps as number) > 5000) {
      throw new InputError(`GO steps must be a whole number from 1 to 5000 (got ${p.goSteps})`);
    }
    if (p.goStrength !== 'kernel' && p.goStrength !== 'fixed') throw new InputError(`GO strength must be 'kernel' or 'fixed' (got ${String(p.goStrength)})`);
    if (!(typeof p.lambda === 'number' && p.lambda >= 0 && Number.isFinite(p.lambda))) throw new InputError(`λ must be a finite number ≥ 0 (got ${p.lambda})`);
    return;
  }
  const symbol = FAMILY_INFO[p.family].symbol;
  if (p.scale !== 'auto' && !(typeof p.scale === 'number' && Number.isFinite(p.scale) && p.scale > 0)) {
    throw new InputError(`${symbol} must be a number greater than 0 or 'auto' (got ${String(p.scale)})`);
  }
}

/** The learning rate the second network trains with. */
export function familyLearningRate(p: FitParams): number {
  if (p.familyLr !== 'auto') return p.familyLr;
  return p.family === 'go' ? p.lr : FAMILY_DEFAULT_LR[p.family];
}

/** A scale as the page shows it: at most 3 significant digits, no trailing zeros. */
export function formatScale(v: number): string {
  return String(Number(v.toPrecision(3)));
}

/** The second network's panel label before its scale is known. */
export function provisionalLabel(p: FitParams): string {
  if (p.family === 'go') return p.goStrength === 'fixed' ? `GO, ${p.goSteps} steps (fixed)` : 'GO (rule)';
  const { name, symbol } = FAMILY_INFO[p.family];
  return p.scale === 'auto' ? `${name} ${symbol} = … (rule)` : `${name} ${symbol} = ${formatScale(p.scale)} (typed)`;
}

/** The second network, ready to train, and what the page says about it. */
export interface SecondNetwork {
  mlp: Mlp;
  label: string;
  scale: number;
  scaleSource: 'rule' | 'given';
  note: string;
}

/**
 * Builds the second network of a fit on inputs `x` (already in the family's
 * coordinates, {@link FAMILY_INFO}): GO through goInit, Fourier features and
 * SIREN through core's createMlp, with the scale from the form or from
 * go-init's kernel-width rule (`chooseScale`) for this fit's training budget
 * (full batch). Aborts through `ctx.signal`.
 */
export async function buildSecondNetwork(p: FitParams, sizes: number[], x: number[][], ctx: TaskContext<FitProgress>): Promise<SecondNetwork> {
  const lr = familyLearningRate(p);
  const lrText = `trained at lr ${lr}${p.familyLr === 'auto' ? ' (auto)' : ''} on ${FAMILY_INFO[p.family].rangeText}`;
  if (p.family === 'go') {
    // The project's GO (strength 'kernel': the rule reads this fit's budget, full batch) or the authors' fixed path.
    const res = await goInit({
      sizes,
      activation: 'tanh',
      x,
      lambda: p.lambda as number,
      ...(p.goStrength === 'kernel' ? { strength: 'kernel' as const, training: { steps: p.steps } } : { strength: { steps: p.goSteps as number } }),
      seed: p.seed,
      signal: ctx.signal,
      onProgress: (q) => ctx.progress({ run: 1, phase: 'init', stage: 'GO initialization, step', step: q.step, steps: q.steps, loss: q.loss }),
    });
    const s = res.strength;
    const why =
      s.rule === 'kernel'
        ? `; kernel rule chose ${s.pathSteps} path steps (NTK half-width / spacing ${s.candidates.map((c) => `${c.pathSteps}: ${c.ratio.toFixed(2)}`).join(', ')}; needs ≥ ${s.k.toFixed(2)})`
        : '';
    const note = `GO ran ${res.stepsRun} steps in ${res.seconds.toFixed(1)} s${why}: c = ${res.layerScales.map((c) => c.toFixed(2)).join(', ')}; b = ${res.layerBiases.map((b) => b.toFixed(2)).join(', ')}; ${lrText}`;
    const label = s.rule === 'kernel' ? `GO, ${s.pathSteps} path steps (rule)` : `GO, ${res.stepsRun} steps (fixed)`;
    return { mlp: res.createMlp(p.seed), label, scale: s.pathSteps, scaleSource: s.rule === 'kernel' ? 'rule' : 'given', note };
  }
  const family = p.family;
  const { name, symbol } = FAMILY_INFO[family];
  let scale: number;
  let why: string;
  if (p.scale === 'auto') {
    const t0 = performance.now();
    const choice: ScaleChoice = await chooseScale({
      family,
      sizes,
      x,
      training: { steps: p.steps },
      seed: p.seed,
      features: FOURIER_FEATURES,
      signal: ctx.signal,
      onProgress: (q) => ctx.progress({ run: 1, phase: 'init', stage: `kernel-width rule for ${symbol}, probe network`, step: q.done, steps: q.total, loss: Number.NaN }),
    });
    scale = choice.scale;
    const epochs = choice.epochs === null ? '' : `, ${formatScale(choice.epochs)} epochs`;
    const ratios = choice.candidates.map((c) => `${formatScale(c.scale)}: ${c.ratio.toFixed(2)}`).join(', ');
    const draws = choice.candidates[0]?.ratios.length ?? 1;
    const where = choice.bracket
      ? `the ratio crosses k = ${choice.k.toFixed(2)} between ${symbol} = ${formatScale(choice.bracket[0])} and ${formatScale(choice.bracket[1])}`
      : `no candidate brackets k = ${choice.k.toFixed(2)}`;
    why = `kernel rule chose ${symbol} = ${formatScale(scale)} in ${((performance.now() - t0) / 1000).toFixed(1)} s (NTK half-width / spacing per ${symbol}, geometric median of ${draws} draws, ${ratios}; ${where}${epochs})`;
  } else {
    scale = p.scale;
    why = `${symbol} = ${formatScale(scale)} as typed (kernel rule not run)`;
  }
  const mlp =
    family === 'fourier'
      ? createMlp({ sizes, activation: 'relu', init: 'glorot-normal', seed: p.seed, encoding: { type: 'fourier', features: FOURIER_FEATURES, sigma: scale } })
      : createMlp({ sizes, init: 'siren', omega0: scale, seed: p.seed });
  const what = family === 'fourier' ? `Fourier features (m = ${FOURIER_FEATURES}, B ~ N(0, σ²)) + relu MLP` : 'SIREN (sin(ω₀·z) layers)';
  const label = `${name} ${symbol} = ${formatScale(scale)} (${p.scale === 'auto' ? 'rule' : 'typed'})`;
  return { mlp, label, scale, scaleSource: p.scale === 'auto' ? 'rule' : 'given', note: `${what}: ${why}; ${lrText}` };
}
