import * as tf from '@tensorflow/tfjs-core';
import { Rng, abortError, assertAllFinite, ready } from '@mlpinit/core';
import { type BaseLayer, disposeBase, drawBase } from './base-draw.js';
import { type AutoStrengthReport, resolveAuto, selectStrength } from './auto-strength.js';
import { chooseByKernelWidth, kernelRuleK, scoreKernelWidth, trainingEpochs } from './kernel-rule.js';
import type { GoStrengthReport } from './strength.js';
import { evaluateGo } from './go-evaluate.js';
import { goBatchSource, ownedPoints, sampled, subsetRows } from './go-inputs.js';
import { runGoOptimizer } from './go-optimizer.js';
import { type GoOptions, resolveGoOptions } from './go-options.js';
import { GoResult } from './go-result.js';
import { type InputNormalization, normalizationOf, normalize } from './input-normalization.js';

/** At most this many of `x`'s points (a seeded subset) measure `meanCos2Before/After`. */
export const GO_EVAL_POINTS = 4096;

/**
 * The per-hidden-layer scales c_l = √(2·d_in/(d_in + d_out)) that make GO's law
 * W_l = c_l·W̃_l, W̃_l ~ N(0, 1/d_in) the Glorot normal draw (Glorot & Bengio
 * 2010, variance 2/(d_in + d_out)): the "no GO" point of a strength rule.
 */
export function glorotScales(sizes: readonly number[]): number[] {
  return Array.from({ length: sizes.length - 2 }, (_, l) => {
    const dIn = sizes[l] as number;
    const dOut = sizes[l + 1] as number;
    return Math.fround(Math.sqrt((2 * dIn) / (dIn + dOut)));
  });
}

/**
 * Globally orthogonal (GO) initialization (Wang & Perdikaris 2021, "GO
 * initialization of MLPs"): learns per-hidden-layer scales c and biases b of
 * the law W_l = c_l·W̃_l, W̃_l ~ N(0, 1/d_in), bias b_l on every entry (output
 * layer unscaled), by minimizing
 *
 *   L(c, b) = −Σ_{i≠j} log(1 − cos²θ_ij)/(d(d−1)) + λ‖c‖²
 *
 * over the angles θ_ij between the last hidden layer's features on the
 * (normalized) domain points. As in the authors' code: Adam (lr 5e-3),
 * λ = 1e-4, c_l = exp(0.25ε), b_l = 0.05ε with ε ~ N(0, 1) from the seed, and a
 * fresh W̃ from the seeded generator every step, so (c, b) describe a
 * distribution rather than one network. Inputs are normalized to zero mean
 * and unit variance per dimension (statistics of `x`, or of `sampler(0)`);
 * every network the result builds takes raw inputs (the map is folded into
 * layer 0).
 *
 * How far GO goes is `strength` (`GoStrength`): a fixed path (the
 * authors' behaviour, the default), the project's kernel-width rule
 * (`'kernel'`, with the `training` budget that follows) or the held-out rule
 * (`'holdout'`, with targets `y`); `result.strength` reports what the rule
 * measured for every candidate.
 *
 * Resolves to a {@link GoResult}; rejects with `ABORTED` when `signal` fires
 * and `NON_FINITE` if the objective diverges. Starts the default backend if
 * none is active.
 */
export async function goInit(opts: GoOptions): Promise<GoResult> {
  const start = performance.now();
  const o = resolveGoOptions(opts);
  await ready();
  if (opts.signal?.aborted) throw abortError('GO initialization');
  const rng = new Rng(o.seed);
  const hidden = o.sizes.length - 2;
  const eps = Array.from({ length: 2 * hidden }, () => rng.normal());
  const c0 = eps.slice(0, hidden).map((e) => Math.exp(0.25 * e));
  const b0 = eps.slice(hidden).map((e) => 0.05 * e);
  const baseRng = rng.split();
  const batchRng = rng.split();
  const evalRng = rng.split();

  const owned: tf.Tensor[] = [];
  let fixed: BaseLayer[] | undefined;
  // The 2L parameters live in JavaScript (float64); Adam runs there too.
  const params = Float64Array.from([...c0, ...b0]);
  try {
    let norm: InputNormalization;
    let xs: tf.Tensor2D | undefined;
    let evalPoints: tf.Tensor2D;
    if (opts.x !== undefined) {
      const raw = await ownedPoints(opts.x, o.sizes[0] as number);
      owned.push(raw);
      norm = await normalizationOf(raw);
      xs = normalize(raw, norm);
      owned.push(xs);
      evalPoints = subsetRows(xs, GO_EVAL_POINTS, evalRng);
    } else {
      const sampler = opts.sampler as NonNullable<GoOptions['sampler']>;
      const first = tf.tidy(() => tf.clone(sampled(sampler, 0, o.sizes[0] as number)));
      owned.push(first);
      assertAllFinite(await first.data(), 'opts.sampler(0)');
      norm = await normalizationOf(first);
      evalPoints = normalize(first, norm);
    }
    owned.push(evalPoints);
    if (o.fixedBase) fixed = drawBase(o.sizes, baseRng);

    const n = xs?.shape[0] ?? 0;
    const batch = Math.min(o.batchSize, n || o.batchSize);
    const batchAt = goBatchSource(xs, batch, batchRng, evalPoints, opts.sampler, norm, o.sizes[0] as number);

    // Validate the held-out rule's targets before the (long) path runs.
    const rule = o.strength.rule;
    const auto = rule === 'holdout' ? resolveAuto(opts.auto, opts.y, o.candidates, n, o.sizes[o.sizes.length - 1] as number) : undefined;
    if (auto) owned.push(auto.y);
    let candidates = [...o.candidates];
    const snapshots = new Map<number, Float64Array>();
    // Candidate 0 is "no GO": Glorot's draw in GO's law, not the path's random start.
    if (candidates.includes(0)) snapshots.set(0, Float64Array.from([...glorotScales(o.sizes), ...new Array<number>(hidden).fill(0)]));
    const history = await runGoOptimizer(o, opts, params, batchAt, () => fixed ?? drawBase(o.sizes, baseRng), !fixed, start, rule === 'fixed' ? undefined : new Set(candidates), snapshots);
    let autoReport: AutoStrengthReport | undefined;
    let strength: GoStrengthReport = { rule: 'fixed', pathSteps: history.losses.length };
    if (rule !== 'fixed' && xs) {
      if (history.stoppedEarly) {
        // The plateau came first: the path's end competes for the candidates it never reached.
        const end = history.losses.length;
        snapshots.set(end, Float64Array.from(params));
        candidates = [...candidates.filter((c) => c < end), end];
      }
      let chosen: number;
      if (auto) {
        auto.candidates = candidates;
        autoReport = await selectStrength(o.sizes, o.activation, xs, auto, snapshots, o.seed, opts.signal);
        chosen = autoReport.chosenSteps;
        strength = {
          rule: 'holdout',
          pathSteps: chosen,
          candidates: autoReport.candidates.map((c) => ({ pathSteps: c.steps, heldOutMse: c.heldOutMse, meanScale: mean(c.layerScales) })),
          trialSteps: autoReport.trialSteps,
          holdout: autoReport.holdout,
          seconds: autoReport.seconds,
        };
      } else {
        const t0 = performance.now();
        const { training, k: fixedK } = o.strength as Extract<typeof o.strength, { rule: 'kernel' }>;
        const xn = Float64Array.from(await xs.data());
        const snaps = candidates.map((pathSteps) => {
          const p = snapshots.get(pathSteps) as Float64Array;
          return { pathSteps, layerScales: Array.from(p.subarray(0, hidden), Math.fround), layerBiases: Array.from(p.subarray(hidden), Math.fround) };
        });
        const scored = await scoreKernelWidth(o.sizes, o.activation, xn, snaps, o.seed, opts.signal);
        const epochs = training ? trainingEpochs(training.steps, training.batchSize, n) : null;
        const k = fixedK ?? kernelRuleK(epochs as number);
        chosen = chooseByKernelWidth(scored, k).pathSteps;
        strength = { rule: 'kernel', pathSteps: chosen, k, epochs, candidates: scored, seconds: (performance.now() - t0) / 1000 };
      }
      params.set(snapshots.get(chosen) as Float64Array);
      history.losses = history.losses.slice(0, chosen);
    }
    // Round to float32, the precision the network's weights will have.
    const layerScales = Array.from(params.subarray(0, hidden), Math.fround);
    const layerBiases = Array.from(params.subarray(hidden), Math.fround);
    const [before, after] = await evaluateGo(evalPoints, o, layerScales, layerBiases, o.seed);
    return new GoResult(
      {
        sizes: o.sizes,
        activation: o.activation.name,
        layerScales,
        layerBiases,
        lossHistory: history.losses,
        stepsRun: history.losses.length,
        stoppedEarly: history.stoppedEarly,
        seconds: (performance.now() - start) / 1000,
        meanCos2Before: before,
        meanCos2After: after,
        inputNormalization: norm,
        strength,
        settings: {
          lambda: o.lambda,
          steps: o.steps,
          lr: o.lr,
          batchSize: xs ? batch : o.batchSize,
          seed: o.seed,
          fixedBase: o.fixedBase,
          ...(autoReport ? { auto: autoReport } : {}),
        },
      },
      o.activation,
    );
  } finally {
    if (fixed) disposeBase(fixed);
    for (const t of owned) t.dispose();
  }
}

const mean = (v: readonly number[]): number => v.reduce((a, b) => a + b, 0) / v.length;

