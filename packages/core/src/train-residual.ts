import * as tf from '@tensorflow/tfjs-core';
import type { AdamOptions } from './adam.js';
import { ready } from './backend.js';
import { EpochSampler } from './epoch-sampler.js';
import { MlpinitError, abortError } from './errors.js';
import { FlatTrainer } from './flat-trainer.js';
import { assertTaylorSupport } from './input-derivatives.js';
import type { Mlp } from './mlp.js';
import { PointDerivatives } from './point-derivatives.js';
import { type ResidualContext, type ResidualTerm, checkTerms } from './residual-term.js';
import { Rng } from './rng.js';
import { type LrDecay, checkDecay, learningRateAt } from './schedule.js';
import { taylorBackward } from './taylor-backward.js';
import { type DerivativeOrder, inputJet, taylorForward } from './taylor-forward.js';
import { toTensor2D } from './tensor-input.js';
import { assertFinite, assertInteger, assertPositive } from './validate.js';

export type { ResidualContext, ResidualTerm } from './residual-term.js';

/**
 * Learning-rate annealing of the term weights (Wang, Teng & Perdikaris 2021,
 * "Understanding and mitigating gradient pathologies in physics-informed
 * neural networks", SIAM J. Sci. Comput. 43(5), Algorithm 2.1, eqs. 2.30–2.31,
 * and their code): every `every` steps, for each term i other than the
 * reference (the PDE residual), λ̂_i = max_θ|∇_θ(w_ref·L_ref)| / mean_θ|∇_θ(λ_i·w_i·L_i)|
 * over the layers' weight matrices (the mean of the per-layer means; biases
 * excluded), and λ_i ← (1 − α)·λ_i + α·λ̂_i. The loss is w_ref·L_ref + Σ_i λ_i·w_i·L_i,
 * w_i the term's fixed weight (the authors' code sums one mean per edge: w_i = 4
 * on a square; w_ref = 1 there). Because λ_i sits in the denominator, λ_i
 * settles at √(w_ref·max|∇L_ref| / (w_i·mean|∇L_i|)). `denominator:
 * 'unweighted'` uses the arXiv v1 form (2001.04536, Algorithm 1:
 * mean|∇(w_i·L_i)|, recommended α = 0.9), which settles at the ratio itself.
 * The statistics come from the step's own gradients, before its Adam update
 * (the authors' code takes them just after it, on the same batch).
 */
export interface AdaptiveWeights {
  /** Name of the reference term (default: the first). */
  reference?: string;
  /** Steps between updates (default 10, as in the authors' code). */
  every?: number;
  /** Moving-average factor α on the new estimate (default 0.1, as in the published paper and code). */
  alpha?: number;
  /** `weighted` (default, the published form): mean|∇(λ_i·w_i·L_i)|; `unweighted`: mean|∇(w_i·L_i)| (arXiv v1). */
  denominator?: 'weighted' | 'unweighted';
}

/** Progress of {@link trainResidual}. */
export interface ResidualProgress {
  step: number;
  steps: number;
  /** Total weighted loss at the last step. */
  loss: number;
  /** Each term's unweighted mean(r²) at the last step. */
  terms: Record<string, number>;
  /** Each term's adaptive weight λ (1 without `adaptiveWeights`). */
  lambdas: Record<string, number>;
  lr: number;
  elapsedMs: number;
}

/** Options of {@link trainResidual}. */
export interface TrainResidualOptions {
  steps: number;
  /** Adam's learning rate (default 1e-3). */
  lr?: number;
  /** Exponential decay lr·rate^(step/every) (TensorFlow's exponential_decay, not staircase). */
  lrDecay?: LrDecay;
  /** Seed of the mini-batches and point samplers (default 0). */
  seed?: number;
  adam?: AdamOptions;
  /** Learning-rate annealing of the term weights; off by default. */
  adaptiveWeights?: AdaptiveWeights;
  /**
   * `explicit`: reverse mode written out through the Taylor pass (needs the
   * activation's grad, grad2 and, for order-2 terms, grad3); `autodiff`:
   * tfjs's tape through the same Taylor pass, the reference; `auto`
   * (default): explicit when the activation allows.
   */
  gradients?: 'auto' | 'explicit' | 'autodiff';
  onProgress?: (p: ResidualProgress) => unknown;
  /** Steps between progress reports and loss read-backs (default steps/100). */
  progressEvery?: number;
  signal?: AbortSignal;
}

/** What {@link trainResidual} resolves to. */
export interface ResidualTrainResult {
  /** The total weighted loss of every step. */
  loss: number[];
  /** Each term's unweighted mean(r²) at every step. */
  terms: Record<string, number[]>;
  /** Each term's final adaptive weight λ (1 without `adaptiveWeights`). */
  lambdas: Record<string, number>;
  /** The gradient path that ran. */
  gradients: 'explicit' | 'autodiff';
}

interface PreparedTerm {
  term: ResidualTerm;
  order: DerivativeOrder;
  weight: number;
  fixed?: tf.Tensor2D;
  sampler?: EpochSampler;
  rng: Rng;
}

function explicitSupported(mlp: Mlp, terms: readonly PreparedTerm[]): boolean {
  try {
    for (const t of terms) assertTaylorSupport(mlp.activation, t.order, true);
    return true;
  } catch {
    return false;
  }
}

/**
 * Trains an MLP on a physics-informed loss Σ_i λ_i·w_i·mean(r_i²) with Adam
 * (Kingma & Ba 2015) and an optional exponential learning-rate decay: each
 * term's residual r_i is built from the network's input derivatives at its
 * points (see {@link ResidualTerm}; Raissi, Perdikaris & Karniadakis 2019,
 * J. Comput. Phys. 378). The derivatives come from a forward-mode Taylor
 * pass ({@link inputDerivatives}); parameter gradients from explicit reverse
 * mode through it (no tape) or, as the reference, tfjs's autodiff. Losses
 * are read back asynchronously in chunks. Rejects with `ABORTED` when
 * `signal` fires (the MLP keeps its progress) and `NON_FINITE` on divergence.
 */
export async function trainResidual(mlp: Mlp, terms: readonly ResidualTerm[], opts: TrainResidualOptions): Promise<ResidualTrainResult> {
  checkTerms(terms);
  if (!opts || typeof opts !== 'object') throw new MlpinitError('INVALID_ARGUMENT', 'expected an options object', 'opts');
  assertInteger(opts.steps, 'opts.steps', 1);
  if (opts.lr !== undefined) assertPositive(opts.lr, 'opts.lr');
  checkDecay(opts.lrDecay, 'opts.lrDecay');
  if (opts.progressEvery !== undefined) assertInteger(opts.progressEvery, 'opts.progressEvery', 1);
  if (opts.gradients !== undefined && !['auto', 'explicit', 'autodiff'].includes(opts.gradients)) {
    throw new MlpinitError('INVALID_ARGUMENT', `expected 'auto', 'explicit' or 'autodiff', got ${JSON.stringify(opts.gradients)}`, 'opts.gradients');
  }
  if (opts.seed !== undefined) assertFinite(opts.seed, 'opts.seed');
  const adaptive = opts.adaptiveWeights ?? undefined;
  const refName = adaptive?.reference ?? (terms[0] as ResidualTerm).name;
  if (adaptive !== undefined) {
    if (typeof adaptive !== 'object' || adaptive === null) throw new MlpinitError('INVALID_ARGUMENT', 'expected {reference?, every?, alpha?}', 'opts.adaptiveWeights');
    if (!terms.some((t) => t.name === refName)) {
      throw new MlpinitError('INVALID_ARGUMENT', `no term is named ${JSON.stringify(refName)}`, 'opts.adaptiveWeights.reference');
    }
    if (adaptive.every !== undefined) assertInteger(adaptive.every, 'opts.adaptiveWeights.every', 1);
    if (adaptive.denominator !== undefined && adaptive.denominator !== 'weighted' && adaptive.denominator !== 'unweighted') {
      throw new MlpinitError('INVALID_ARGUMENT', `expected 'weighted' or 'unweighted', got ${JSON.stringify(adaptive.denominator)}`, 'opts.adaptiveWeights.denominator');
    }
    if (adaptive.alpha !== undefined) {
      assertPositive(adaptive.alpha, 'opts.adaptiveWeights.alpha');
      if (adaptive.alpha > 1) throw new MlpinitError('INVALID_ARGUMENT', `expected alpha in (0, 1], got ${adaptive.alpha}`, 'opts.adaptiveWeights.alpha');
    }
  }
  await ready();
  const seed = opts.seed ?? 0;
  const prepared: PreparedTerm[] = [];
  try {
    for (const [i, term] of terms.entries()) {
      const order = (term.order ?? 2) as DerivativeOrder;
      // Streams 40–64 of the seed: one per term (terms beyond 25 share them).
      const rng = Rng.stream(seed, 40 + (i % 25));
      const p: PreparedTerm = { term, order, weight: term.weight ?? 1, rng };
      if (typeof term.points !== 'function') {
        const fixed = toTensor2D(term.points, `terms[${i}].points`, mlp.inputSize);
        // A tensor the caller passed stays theirs: train on a copy we can free.
        p.fixed = fixed === term.points ? tf.clone(fixed) : fixed;
        const n = p.fixed.shape[0];
        if (term.batchSize !== undefined && term.batchSize < n) p.sampler = new EpochSampler(n, term.batchSize, rng);
      }
      prepared.push(p);
    }
    // Both paths run the Taylor pass: it needs the tensor f' (and f'' at order 2) whatever differentiates it.
    for (const t of prepared) assertTaylorSupport(mlp.activation, t.order, false);
    const possible = explicitSupported(mlp, prepared);
    if (opts.gradients === 'explicit' && !possible) {
      for (const t of prepared) assertTaylorSupport(mlp.activation, t.order, true, 'opts.gradients');
    }
    const path = opts.gradients === 'autodiff' || !possible ? 'autodiff' : 'explicit';
    return await loop(mlp, prepared, opts, path, refName);
  } finally {
    for (const p of prepared) p.fixed?.dispose();
  }
}

async function loop(mlp: Mlp, terms: PreparedTerm[], opts: TrainResidualOptions, path: 'explicit' | 'autodiff', refName: string): Promise<ResidualTrainResult> {
  const { steps, lrDecay, onProgress, signal } = opts;
  const lr0 = opts.lr ?? 1e-3;
  const every = opts.progressEvery ?? Math.max(1, Math.round(steps / 100));
  const adaptive = opts.adaptiveWeights ?? undefined;
  const adaptEvery = adaptive?.every ?? 10;
  const alpha = adaptive?.alpha ?? 0.1;
  const weighted = adaptive?.denominator !== 'unweighted';
  const refIndex = terms.findIndex((t) => t.term.name === refName);
  const lambdas = terms.map(() => 1);
  const names = terms.map((t) => t.term.name);
  const trainer = new FlatTrainer(mlp.sizes, mlp.activation, mlp.variables, opts.adam);
  const numWeights = mlp.numLayers;
  const history: number[] = [];
  const perTerm: number[][] = terms.map(() => []);
  const pending: tf.Tensor1D[] = [];
  const pendingStats: tf.Tensor1D[] = [];
  const start = performance.now();
  let lr = lr0;

  const pointsAt = (t: PreparedTerm, step: number): tf.Tensor2D => {
    if (t.fixed) return t.sampler ? tf.gather(t.fixed, tf.tensor1d(t.sampler.next(), 'int32')) : t.fixed;
    const ctx: ResidualContext = { step, rng: t.rng };
    const raw = (t.term.points as (c: ResidualContext) => Parameters<typeof toTensor2D>[0])(ctx);
    return toTensor2D(raw, `${t.term.name}: points(ctx)`, mlp.inputSize);
  };

  const termLoss = (t: PreparedTerm, x: tf.Tensor2D, out: tf.Tensor2D): tf.Scalar => {
    const r = t.term.residual(new PointDerivatives(x, out, t.order));
    if (!(r instanceof tf.Tensor)) throw new MlpinitError('INVALID_ARGUMENT', 'expected the residual to return a tensor', `${t.term.name}.residual`);
    return tf.mean(tf.square(r)) as tf.Scalar;
  };

  /** One term's unweighted loss and flat parameter gradient. */
  const termGradient = (t: PreparedTerm, x: tf.Tensor2D): { loss: tf.Scalar; grad: tf.Tensor1D; perLayer: tf.Tensor[] } => {
    const [n, K] = x.shape;
    const jet = inputJet(x, t.order, mlp.encoding);
    if (path === 'explicit') {
      const { weights, biases } = trainer.params();
      const pass = taylorForward(mlp.activation, weights, biases, jet, n, K, t.order, true);
      const { value, grad } = tf.valueAndGrad((out: tf.Tensor2D) => termLoss(t, x, out))(pass.out);
      const grads = taylorBackward(pass, weights, grad as tf.Tensor2D);
      return { loss: value, grad: tf.concat(grads.map((g) => tf.reshape(g, [-1]))) as tf.Tensor1D, perLayer: grads.filter((_, i) => i % 2 === 0) };
    }
    const flat = trainer.variable;
    const res = tf.variableGrads(() => {
      const { weights, biases } = trainer.params();
      const pass = taylorForward(mlp.activation, weights, biases, jet, n, K, t.order, false);
      return termLoss(t, x, pass.out);
    }, [flat]);
    const grad = res.grads[flat.name] as tf.Tensor1D;
    const perLayer: tf.Tensor[] = [];
    let offset = 0;
    for (let l = 0; l < numWeights; l++) {
      const din = mlp.sizes[l] as number;
      const dout = mlp.sizes[l + 1] as number;
      perLayer.push(tf.slice(grad, [offset], [din * dout]));
      offset += din * dout + dout;
    }
    return { loss: res.value, grad, perLayer };
  };

  const flush = async (step: number): Promise<void> => {
    if (pending.length === 0) return;
    const stacked = tf.stack(pending);
    const values = await stacked.data();
    stacked.dispose();
    for (const t of pending) t.dispose();
    pending.length = 0;
    const width = 1 + terms.length;
    for (let s = 0; s < values.length / width; s++) {
      const total = values[s * width] as number;
      if (!Number.isFinite(total)) {
        throw new MlpinitError('NON_FINITE', `the loss became ${total} at step ${history.length + 1}; lower the learning rate or check the residuals`, 'opts.lr');
      }
      history.push(total);
      for (let i = 0; i < terms.length; i++) (perTerm[i] as number[]).push(values[s * width + 1 + i] as number);
    }
    if (onProgress) {
      trainer.writeTo(mlp.variables);
      await onProgress({
        step,
        steps,
        loss: history[history.length - 1] as number,
        terms: Object.fromEntries(names.map((nm, i) => [nm, (perTerm[i] as number[]).at(-1) as number])),
        lambdas: Object.fromEntries(names.map((nm, i) => [nm, lambdas[i] as number])),
        lr,
        elapsedMs: performance.now() - start,
      });
    }
  };

  const updateLambdas = async (): Promise<void> => {
    const stats = pendingStats.splice(0);
    const values = await Promise.all(stats.map((s) => s.data()));
    for (const s of stats) s.dispose();
    const last = values.at(-1);
    if (!last) return;
    // The reference's statistic is of its term as it enters the loss (w_ref·L_ref; w_ref = 1 as in the paper).
    const maxRef = (last[refIndex] as number) * (terms[refIndex] as PreparedTerm).weight;
    terms.forEach((_, i) => {
      if (i === refIndex) return;
      const lambda = lambdas[i] as number;
      // The step's gradients are of the unweighted term: the weighted form scales them by λ_i.
      const mean = (last[i] as number) * (terms[i] as PreparedTerm).weight * (weighted ? lambda : 1);
      if (!(mean > 0) || !Number.isFinite(maxRef)) return;
      lambdas[i] = (1 - alpha) * lambda + alpha * (maxRef / mean);
    });
  };

  try {
    for (let step = 0; step < steps; step++) {
      if (signal?.aborted) throw abortError('training');
      lr = learningRateAt(lr0, step, lrDecay);
      const measure = adaptive !== undefined && step % adaptEvery === 0;
      const { grad, losses, stats } = tf.tidy(() => {
        const parts = terms.map((t) => {
          const x = pointsAt(t, step);
          return termGradient(t, x);
        });
        let total: tf.Tensor1D | undefined;
        let totalLoss: tf.Scalar | undefined;
        parts.forEach((p, i) => {
          const scale = (terms[i] as PreparedTerm).weight * (lambdas[i] as number);
          const g = scale === 1 ? p.grad : (tf.mul(p.grad, scale) as tf.Tensor1D);
          const l = scale === 1 ? p.loss : (tf.mul(p.loss, scale) as tf.Scalar);
          total = total ? (tf.add(total, g) as tf.Tensor1D) : g;
          totalLoss = totalLoss ? (tf.add(totalLoss, l) as tf.Scalar) : l;
        });
        const losses = tf.stack([totalLoss as tf.Scalar, ...parts.map((p) => p.loss)]) as tf.Tensor1D;
        // Annealing statistics: max|∇L_ref| for the reference, the mean of per-layer mean|∇L_i| for the others.
        const stats = measure
          ? (tf.stack(
              parts.map((p, i) =>
                i === refIndex ? tf.max(tf.stack(p.perLayer.map((g) => tf.max(tf.abs(g))))) : tf.mean(tf.stack(p.perLayer.map((g) => tf.mean(tf.abs(g))))),
              ),
            ) as tf.Tensor1D)
          : undefined;
        return { grad: total as tf.Tensor1D, losses, stats };
      });
      trainer.apply(grad, lr);
      grad.dispose();
      pending.push(losses);
      if (stats) {
        pendingStats.push(stats);
        await updateLambdas();
      }
      if ((step + 1) % every === 0 || step === steps - 1) {
        await flush(step + 1);
        await tf.nextFrame();
      }
    }
  } finally {
    for (const t of [...pending, ...pendingStats]) t.dispose();
    // Also on cancellation: the MLP keeps the progress made so far.
    trainer.writeTo(mlp.variables);
    trainer.dispose();
  }
  return {
    loss: history,
    terms: Object.fromEntries(names.map((nm, i) => [nm, perTerm[i] as number[]])),
    lambdas: Object.fromEntries(names.map((nm, i) => [nm, lambdas[i] as number])),
    gradients: path,
  };
}
