import type * as tf from '@tensorflow/tfjs-core';
import { type Activation, type Matrix2D, MlpinitError, type Mlp, assertAllFinite, assertFinite, assertSizes, createMlp, getActivation, toTensor2D } from '@mlpinit/core';
import type { AutoStrengthReport } from './auto-strength.js';
import { type InputNormalization, foldInputNormalization, normalize, stdOrOne } from './input-normalization.js';
import type { GoStrengthReport } from './strength.js';
import { type TfjsKernelForm, type TfjsLayerInitializers, tfjsLayersInitializers } from './tfjs-layers-initializers.js';

/** The settings a GO run used (echoed in the result). */
export interface GoSettings {
  lambda: number;
  /** Steps requested. */
  steps: number;
  lr: number;
  batchSize: number;
  seed: number;
  fixedBase: boolean;
  /** @deprecated Read `GoResult.strength`. For `strength: 'holdout'`: the candidates, their held-out errors and the choice. */
  auto?: AutoStrengthReport;
}

/** The JSON form of a {@link GoResult} (what `toJSON` returns and `fromJSON` takes). */
export interface GoResultJSON {
  format: 'mlpinit-go-result';
  /** 2 adds `strength`; version 1 (no `strength`) is still read, as a fixed strength. */
  version: 2;
  sizes: number[];
  activation: string;
  layerScales: number[];
  layerBiases: number[];
  lossHistory: number[];
  stepsRun: number;
  stoppedEarly: boolean;
  seconds: number;
  meanCos2Before: number;
  meanCos2After: number;
  inputNormalization: InputNormalization;
  strength: GoStrengthReport;
  settings: GoSettings;
}

/**
 * The outcome of {@link goInit}: the learned initialization distribution
 * W_l = c_l·W̃_l, W̃_l ~ N(0, 1/d_in), bias b_l on every entry of hidden layer l
 * (Wang & Perdikaris 2021), plus the run's diagnostics. Plain data; holds no
 * tensors.
 */
export class GoResult {
  /** `[d_in, h_1, ..., h_L, d_out]`. */
  readonly sizes: readonly number[];
  /** Activation name. */
  readonly activation: string;
  /** c_l, one per hidden layer. */
  readonly layerScales: readonly number[];
  /** b_l, one per hidden layer. */
  readonly layerBiases: readonly number[];
  /** Objective value at every step run (orthogonality term + λ‖c‖², on that step's batch and base draw). */
  readonly lossHistory: readonly number[];
  /** Optimizer steps actually run (fewer than requested after an early stop). */
  readonly stepsRun: number;
  /** True when the plateau rule stopped the run. */
  readonly stoppedEarly: boolean;
  /** Wall-clock seconds of the whole `goInit` call. */
  readonly seconds: number;
  /**
   * Mean cos²θ_ij (i ≠ j) of the last hidden layer for a Glorot-normal draw
   * (`createMlp({init: 'glorot-normal', seed})` of core, with the run's seed) on
   * the normalized points (all of `x` up to {@link GO_EVAL_POINTS}, else a
   * seeded subset; with a sampler, `sampler(0)`).
   */
  readonly meanCos2Before: number;
  /** The same for `this.createMlp(seed)`, a draw from the learned law: same points, same seed. */
  readonly meanCos2After: number;
  /**
   * The normalization GO applied to its inputs: x → (x − mean)/std per
   * dimension, the statistics of `x` (or `sampler(0)`). Networks built from
   * this result fold it into layer 0, so they take raw inputs.
   */
  readonly inputNormalization: InputNormalization;
  /** How strong GO is and why: the rule, the chosen path length and what the rule measured for every candidate. */
  readonly strength: GoStrengthReport;
  readonly settings: GoSettings;
  private readonly activationImpl: Activation | undefined;

  /** @internal Use {@link goInit} or {@link GoResult.fromJSON}. */
  constructor(json: Omit<GoResultJSON, 'format' | 'version'>, activationImpl?: Activation) {
    this.sizes = Object.freeze([...json.sizes]);
    this.activation = json.activation;
    this.layerScales = Object.freeze([...json.layerScales]);
    this.layerBiases = Object.freeze([...json.layerBiases]);
    this.lossHistory = Object.freeze([...json.lossHistory]);
    this.stepsRun = json.stepsRun;
    this.stoppedEarly = json.stoppedEarly;
    this.seconds = json.seconds;
    this.meanCos2Before = json.meanCos2Before;
    this.meanCos2After = json.meanCos2After;
    this.inputNormalization = {
      mean: [...json.inputNormalization.mean],
      std: [...json.inputNormalization.std],
    };
    this.strength = JSON.parse(JSON.stringify(json.strength)) as GoStrengthReport;
    this.settings = { ...json.settings };
    this.activationImpl = activationImpl;
  }

  /**
   * An MLP of core drawn from the learned distribution that takes **raw**
   * inputs: core's `createMlp` with `init: 'fan-in-normal'` (N(0, 1/d_in)),
   * `layerScales` = c and `layerBiases` = b, then the input normalization
   * folded into layer 0 exactly (W₀ ← diag(1/std)·W₀, b₀ ← b₀ − (mean/std)·W₀,
   * computed in float64), so `createMlp(s).forward(x)` is the unfolded draw
   * applied to `normalizeInputs(x)`. The output layer is N(0, 1/d_in) with
   * zero bias. Needs an active backend (`await ready()`).
   */
  createMlp(seed = 0): Mlp {
    const mlp = createMlp({
      sizes: [...this.sizes],
      activation: this.activationImpl ?? this.activation,
      init: 'fan-in-normal',
      seed,
      layerScales: [...this.layerScales],
      layerBiases: [...this.layerBiases],
    });
    foldInputNormalization(mlp, this.inputNormalization);
    return mlp;
  }

  /**
   * Applies {@link GoResult.inputNormalization} to raw points: a Tensor2D in
   * gives a new Tensor2D the caller owns, rows in give rows out (float64).
   */
  normalizeInputs(x: tf.Tensor2D): tf.Tensor2D;
  normalizeInputs(x: number[][]): number[][];
  normalizeInputs(x: Matrix2D): tf.Tensor2D | number[][] {
    const { mean, std } = this.inputNormalization;
    if (Array.isArray(x)) {
      const d = this.sizes[0] as number;
      if (x.length === 0 || x.some((row) => !Array.isArray(row) || row.length !== d)) {
        throw new MlpinitError('SHAPE_MISMATCH', `expected a non-empty array of rows with ${d} numbers`, 'x');
      }
      assertAllFinite(x.flat(), 'x');
      return x.map((row) => row.map((v, j) => (v - (mean[j] as number)) / (std[j] as number)));
    }
    const t = toTensor2D(x, 'x', this.sizes[0]);
    return normalize(t, this.inputNormalization);
  }

  /**
   * The input normalization as a first, frozen `tf.layers.dense` layer of
   * tfjs-layers (which has no per-feature rescaling layer): d_in units, kernel
   * diag(1/std), bias −mean/std. Put it before the layers of
   * {@link GoResult.tfjsLayersInitializers} so the model takes raw inputs:
   *
   * `tf.layers.dense({ units, inputShape: [units], trainable: false, weights: [tf.tensor2d(kernel), tf.tensor1d(bias)] })`
   */
  tfjsInputNormalization(): { units: number; kernel: number[][]; bias: number[] } {
    const { mean, std } = this.inputNormalization;
    const d = this.sizes[0] as number;
    return {
      units: d,
      kernel: Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j ? 1 / (std[i] as number) : 0))),
      bias: mean.map((m, i) => -m / (std[i] as number)),
    };
  }

  /**
   * Kernel and bias initializer configs for every dense layer (hidden layers,
   * then the output layer), to paste into `tf.layers.dense` of tfjs-layers:
   * `VarianceScaling` (fanIn, 'normal') with scale c²/0.7737 by default — in
   * tfjs-layers 4.22 'normal' is a normal truncated at ±2σ without rescaling,
   * so the scale is divided by the truncated variance to give variance
   * exactly c²/d_in (see {@link TRUNCATED_NORMAL_VARIANCE}) — and `Constant`
   * b. `{kernel: 'randomNormal'}` gives `RandomNormal` with stddev c/√d_in
   * instead: the exact untruncated N(0, c²/d_in). These layers expect
   * normalized inputs: put {@link GoResult.tfjsInputNormalization}'s layer first.
   */
  tfjsLayersInitializers(opts: { kernel?: TfjsKernelForm } = {}): TfjsLayerInitializers[] {
    const kernel = opts.kernel ?? 'varianceScaling';
    if (kernel !== 'varianceScaling' && kernel !== 'randomNormal') {
      throw new MlpinitError('INVALID_ARGUMENT', `expected 'varianceScaling' or 'randomNormal', got ${JSON.stringify(kernel)}`, 'opts.kernel');
    }
    return tfjsLayersInitializers(this.sizes, this.layerScales, this.layerBiases, kernel);
  }

  /**
   * GO's law, frozen: the same learned (c_l, b_l) applied to other data without
   * optimising again. The copy's input normalization is the statistics of the
   * new points `x` (zero mean, unit variance per dimension, population std,
   * computed in float64; a constant dimension gets std 1), so its networks take
   * the new data raw; `sizes` may change the hidden widths (c_l scales
   * N(0, 1/d_in), a fan-in-relative law, so it carries over to other widths),
   * not the depth or the input dimension. The transferred result's `strength`
   * is `{rule: 'fixed', pathSteps}` of the law; the rest of the diagnostics are
   * the original run's. Wang & Perdikaris (2021) learn (c, b) per task; this is
   * the control that asks how much of GO is the task and how much the profile.
   */
  transfer(opts: { x: number[][]; sizes?: readonly number[] }): GoResult {
    if (!opts || typeof opts !== 'object') throw new MlpinitError('INVALID_ARGUMENT', 'expected { x, sizes? }', 'opts');
    const sizes = opts.sizes === undefined ? [...this.sizes] : [...opts.sizes];
    assertSizes(sizes, 'opts.sizes', 3);
    if (sizes.length !== this.sizes.length) {
      throw new MlpinitError('SHAPE_MISMATCH', `expected ${this.sizes.length - 2} hidden layers (the law's depth), got ${sizes.length - 2}`, 'opts.sizes');
    }
    if (sizes[0] !== this.sizes[0]) {
      throw new MlpinitError('SHAPE_MISMATCH', `expected input dimension ${this.sizes[0]} (the law's), got ${sizes[0]}`, 'opts.sizes');
    }
    const d = sizes[0] as number;
    const x = opts.x;
    if (!Array.isArray(x) || x.length === 0 || x.some((row) => !Array.isArray(row) || row.length !== d)) {
      throw new MlpinitError('SHAPE_MISMATCH', `expected a non-empty array of rows with ${d} numbers`, 'opts.x');
    }
    assertAllFinite(x.flat(), 'opts.x');
    const mean = new Array<number>(d).fill(0);
    for (const row of x) for (let j = 0; j < d; j++) mean[j] = (mean[j] as number) + (row[j] as number) / x.length;
    const variance = new Array<number>(d).fill(0);
    for (const row of x) for (let j = 0; j < d; j++) variance[j] = (variance[j] as number) + ((row[j] as number) - (mean[j] as number)) ** 2 / x.length;
    const std = variance.map((v, j) => stdOrOne(v, mean[j] as number));
    const json = this.toJSON();
    return new GoResult(
      { ...json, sizes, inputNormalization: { mean, std }, strength: { rule: 'fixed', pathSteps: this.strength.pathSteps } },
      this.activationImpl,
    );
  }

  /** A JSON-serialisable copy (round-trips through {@link GoResult.fromJSON}). */
  toJSON(): GoResultJSON {
    return {
      format: 'mlpinit-go-result',
      version: 2,
      sizes: [...this.sizes],
      activation: this.activation,
      layerScales: [...this.layerScales],
      layerBiases: [...this.layerBiases],
      lossHistory: [...this.lossHistory],
      stepsRun: this.stepsRun,
      stoppedEarly: this.stoppedEarly,
      seconds: this.seconds,
      meanCos2Before: this.meanCos2Before,
      meanCos2After: this.meanCos2After,
      inputNormalization: { mean: [...this.inputNormalization.mean], std: [...this.inputNormalization.std] },
      strength: JSON.parse(JSON.stringify(this.strength)) as GoStrengthReport,
      settings: { ...this.settings },
    };
  }

  /** Rebuilds a result from {@link GoResult.toJSON}'s output (an object or its JSON string). */
  static fromJSON(json: GoResultJSON | string): GoResult {
    let data: unknown = json;
    if (typeof json === 'string') {
      try {
        data = JSON.parse(json);
      } catch (err) {
        throw new MlpinitError('INVALID_ARGUMENT', `not valid JSON: ${(err as Error).message}`, 'json');
      }
    }
    const o = data as (Omit<Partial<GoResultJSON>, 'version'> & { version?: number }) | null;
    if (!o || typeof o !== 'object' || o.format !== 'mlpinit-go-result' || (o.version !== 1 && o.version !== 2)) {
      throw new MlpinitError('INVALID_ARGUMENT', "expected the output of GoResult.toJSON() (format 'mlpinit-go-result', version 1 or 2)", 'json');
    }
    assertSizes(o.sizes, 'json.sizes', 3);
    const hidden = o.sizes.length - 2;
    const perLayer = (v: unknown, name: string): number[] => {
      if (!Array.isArray(v) || v.length !== hidden) {
        throw new MlpinitError('SHAPE_MISMATCH', `expected ${hidden} numbers (one per hidden layer)`, `json.${name}`);
      }
      v.forEach((x, i) => {
        assertFinite(x, `json.${name}[${i}]`);
      });
      return v as number[];
    };
    const numbers = (v: unknown, name: string, length?: number): number[] => {
      if (!Array.isArray(v) || (length !== undefined && v.length !== length) || v.some((x) => typeof x !== 'number')) {
        throw new MlpinitError('INVALID_ARGUMENT', `expected an array of ${length ?? 'any number of'} numbers`, `json.${name}`);
      }
      return v as number[];
    };
    if (typeof o.activation !== 'string') throw new MlpinitError('INVALID_ARGUMENT', 'expected a string', 'json.activation');
    getActivation(o.activation);
    const norm = o.inputNormalization;
    if (!norm || typeof norm !== 'object') throw new MlpinitError('INVALID_ARGUMENT', 'expected {mean, std}', 'json.inputNormalization');
    const s = o.settings;
    if (!s || typeof s !== 'object') throw new MlpinitError('INVALID_ARGUMENT', 'expected the run settings', 'json.settings');
    for (const key of ['stepsRun', 'seconds', 'meanCos2Before', 'meanCos2After'] as const) assertFinite(o[key], `json.${key}`);
    const std = numbers(norm.std, 'inputNormalization.std', o.sizes[0]);
    std.forEach((v, i) => {
      if (!(v > 0) || !Number.isFinite(v)) throw new MlpinitError('INVALID_ARGUMENT', `expected a positive finite std, got ${v}`, `json.inputNormalization.std[${i}]`);
    });
    const strength = o.strength ?? { rule: 'fixed', pathSteps: o.stepsRun as number };
    if (!strength || typeof strength !== 'object' || !['kernel', 'holdout', 'fixed'].includes((strength as { rule?: string }).rule ?? '')) {
      throw new MlpinitError('INVALID_ARGUMENT', "expected {rule: 'kernel' | 'holdout' | 'fixed', pathSteps, …}", 'json.strength');
    }
    return new GoResult({
      sizes: o.sizes,
      activation: o.activation,
      layerScales: perLayer(o.layerScales, 'layerScales'),
      layerBiases: perLayer(o.layerBiases, 'layerBiases'),
      lossHistory: numbers(o.lossHistory, 'lossHistory'),
      stepsRun: o.stepsRun as number,
      stoppedEarly: Boolean(o.stoppedEarly),
      seconds: o.seconds as number,
      meanCos2Before: o.meanCos2Before as number,
      meanCos2After: o.meanCos2After as number,
      inputNormalization: {
        mean: numbers(norm.mean, 'inputNormalization.mean', o.sizes[0]),
        std,
      },
      strength,
      settings: { ...s },
    });
  }
}
