import * as tf from '@tensorflow/tfjs-core';
import { type Activation, getActivation } from './activation.js';
import { requireBackend } from './backend.js';
import { dense } from './dense.js';
import { MlpinitError } from './errors.js';
import { INITIALIZERS, INIT_ALIASES, type InitName, type Initializer, sirenFirst, sirenHidden } from './initializers.js';
import { Rng } from './rng.js';
import { type Matrix2D, toTensor2D } from './tensor-input.js';
import { assertAllFinite, assertFinite, assertSizes } from './validate.js';

/** The plain, JSON-serialisable form of an MLP's parameters. */
export interface MlpWeights {
  /** Activation name (built-in or registered). */
  activation: string;
  /** `weights[l]`: d_in × d_out nested array; layer l computes x·W + b. */
  weights: number[][][];
  /** `biases[l]`: length d_out. */
  biases: number[][];
}

/** Options of {@link createMlp}. */
export interface CreateMlpOptions {
  /** `[d_in, h_1, ..., h_L, d_out]`. */
  sizes: number[];
  /** Activation after every layer but the last (default `tanh`). */
  activation?: string | Activation;
  /** Initializer name or function (default `glorot-normal`). */
  init?: InitName | keyof typeof INIT_ALIASES | Initializer;
  /** Seed of every draw (default 0). */
  seed?: number;
  /** Gain passed to the initializer (default 1; for `siren`, ω₀ = 30 of the first layer). */
  gain?: number;
  /** `layerScales[l]` multiplies hidden layer l's weight draw (length L). */
  layerScales?: number[];
  /** `layerBiases[l]` fills hidden layer l's bias vector (length L). */
  layerBiases?: number[];
}

/**
 * A multilayer perceptron on tfjs variables: layer l computes h_l = f(h_{l-1}·W_l + b_l),
 * the last layer is linear.
 */
export class Mlp {
  readonly sizes: readonly number[];
  readonly activation: Activation;
  /** Trainable weights, `weights[l]` of shape [d_l, d_{l+1}]. */
  readonly weights: tf.Variable<tf.Rank.R2>[];
  /** Trainable biases, `biases[l]` of shape [d_{l+1}]. */
  readonly biases: tf.Variable<tf.Rank.R1>[];
  private disposed = false;

  /** @internal Use {@link createMlp} or {@link mlpFromWeights}. */
  constructor(sizes: number[], activation: Activation, weights: Float32Array[], biases: Float32Array[]) {
    requireBackend();
    this.sizes = Object.freeze([...sizes]);
    this.activation = activation;
    // tidy frees the initial-value tensors; the variables keep their data.
    this.weights = weights.map((w, l) =>
      tf.tidy(() => tf.variable(tf.tensor2d(w, [sizes[l] as number, sizes[l + 1] as number], 'float32'), true)),
    );
    this.biases = biases.map((b) => tf.tidy(() => tf.variable(tf.tensor1d(b, 'float32'), true)));
  }

  /** Number of layers with weights (hidden layers + output layer). */
  get numLayers(): number {
    return this.weights.length;
  }

  /** Total number of trainable scalars. */
  get numParams(): number {
    let n = 0;
    for (let l = 0; l < this.numLayers; l++) n += (this.sizes[l] as number) * (this.sizes[l + 1] as number) + (this.sizes[l + 1] as number);
    return n;
  }

  /** All trainable variables, weights and biases interleaved per layer. */
  get variables(): tf.Variable[] {
    return this.weights.flatMap((w, l) => [w, this.biases[l] as tf.Variable]);
  }

  private input(x: Matrix2D): tf.Tensor2D {
    if (this.disposed) throw new MlpinitError('INVALID_ARGUMENT', 'this MLP has been disposed', 'mlp');
    return toTensor2D(x, 'x', this.sizes[0]);
  }

  /** Post-activation outputs of every hidden layer for inputs x: [N, d_in]. */
  layerOutputs(x: Matrix2D): tf.Tensor2D[] {
    const xt = this.input(x);
    const outs = tf.tidy(() => {
      const hs: tf.Tensor2D[] = [];
      let h = xt;
      for (let l = 0; l < this.numLayers - 1; l++) {
        h = this.activation.apply(dense(h, this.weights[l] as tf.Tensor2D, this.biases[l] as tf.Tensor1D)) as tf.Tensor2D;
        hs.push(h);
      }
      return hs;
    });
    if (xt !== x) xt.dispose();
    return outs;
  }

  /** Post-activation output of the last hidden layer, [N, h_L]. */
  hiddenFeatures(x: Matrix2D): tf.Tensor2D {
    if (this.numLayers < 2) throw new MlpinitError('INVALID_ARGUMENT', 'this MLP has no hidden layer', 'mlp');
    const xt = this.input(x);
    const out = tf.tidy(() => this.hidden(xt, this.numLayers - 1));
    if (xt !== x) xt.dispose();
    return out;
  }

  /** Network output, [N, d_out]. Differentiable with respect to the variables. */
  forward(x: Matrix2D): tf.Tensor2D {
    const xt = this.input(x);
    const out = tf.tidy(() => {
      const L = this.numLayers - 1;
      return dense(this.hidden(xt, L), this.weights[L] as tf.Tensor2D, this.biases[L] as tf.Tensor1D);
    });
    if (xt !== x) xt.dispose();
    return out;
  }

  private hidden(x: tf.Tensor2D, layers: number): tf.Tensor2D {
    let h = x;
    for (let l = 0; l < layers; l++) {
      h = this.activation.apply(dense(h, this.weights[l] as tf.Tensor2D, this.biases[l] as tf.Tensor1D)) as tf.Tensor2D;
    }
    return h;
  }

  /** The parameters as plain nested arrays (the form {@link mlpFromWeights} takes). */
  toWeights(): MlpWeights {
    return {
      activation: this.activation.name,
      weights: this.weights.map((w) => w.arraySync()),
      biases: this.biases.map((b) => b.arraySync()),
    };
  }

  /** An independent copy with the same parameters. */
  clone(): Mlp {
    return new Mlp(
      [...this.sizes],
      this.activation,
      this.weights.map((w) => w.dataSync() as Float32Array),
      this.biases.map((b) => b.dataSync() as Float32Array),
    );
  }

  /** Frees the variables. The MLP cannot be used afterwards. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const v of this.variables) v.dispose();
  }
}

function resolveInit(init: CreateMlpOptions['init']): Initializer | 'siren' {
  if (typeof init === 'function') return init;
  const name = INIT_ALIASES[init as string] ?? init;
  if (name === 'siren') return 'siren';
  const fn = INITIALIZERS[name as Exclude<InitName, 'siren'>];
  if (!fn) {
    const known = [...Object.keys(INITIALIZERS), 'siren', ...Object.keys(INIT_ALIASES)].join(', ');
    throw new MlpinitError('UNKNOWN_INITIALIZER', `unknown initializer ${JSON.stringify(init)}; known: ${known}`, 'init');
  }
  return fn;
}

function checkPerLayer(values: number[] | undefined, hidden: number, param: string): void {
  if (values === undefined) return;
  if (!Array.isArray(values) || values.length !== hidden) {
    throw new MlpinitError('SHAPE_MISMATCH', `expected ${hidden} numbers (one per hidden layer), got ${JSON.stringify(values)}`, param);
  }
  values.forEach((v, i) => {
    assertFinite(v, `${param}[${i}]`);
  });
}

/**
 * Creates an MLP with seeded weights. Layer l's weights are drawn with the
 * initializer from a {@link Rng} seeded with `seed`, in layer order, so the
 * same seed gives bit-identical weights on every backend. Hidden layer l's
 * draw is then multiplied by `layerScales[l]` and its bias set to
 * `layerBiases[l]` (GO initialization, Wang & Perdikaris 2021); the output
 * layer keeps its own initializer. Biases are otherwise zero, except for
 * `siren`, whose biases follow PyTorch's default U(±1/√d_in) times ω₀ as in
 * the SIREN reference code.
 */
export function createMlp(opts: CreateMlpOptions): Mlp {
  if (!opts || typeof opts !== 'object') throw new MlpinitError('INVALID_ARGUMENT', 'expected an options object', 'opts');
  const { sizes, seed = 0, gain } = opts;
  assertSizes(sizes, 'sizes');
  assertFinite(seed, 'seed');
  if (gain !== undefined) assertFinite(gain, 'gain');
  const activation = getActivation(opts.activation ?? 'tanh');
  const init = resolveInit(opts.init ?? 'glorot-normal');
  const hidden = sizes.length - 2;
  checkPerLayer(opts.layerScales, hidden, 'layerScales');
  checkPerLayer(opts.layerBiases, hidden, 'layerBiases');
  requireBackend();
  const rng = new Rng(seed);
  const weights: Float32Array[] = [];
  const biases: Float32Array[] = [];
  const omega0 = gain ?? 30;
  for (let l = 0; l < sizes.length - 1; l++) {
    const fanIn = sizes[l] as number;
    const fanOut = sizes[l + 1] as number;
    let w: Float32Array;
    let b: Float32Array = new Float32Array(fanOut);
    if (init === 'siren') {
      w = l === 0 ? sirenFirst(fanIn, fanOut, rng, omega0) : sirenHidden(fanIn, fanOut, rng, 1);
      if (l < hidden) b = rng.uniformArray(fanOut, -omega0 / Math.sqrt(fanIn), omega0 / Math.sqrt(fanIn));
    } else {
      w = init(fanIn, fanOut, rng, gain ?? 1);
    }
    if (l < hidden) {
      const c = opts.layerScales?.[l];
      if (c !== undefined) for (let i = 0; i < w.length; i++) w[i] = (w[i] as number) * c;
      const bl = opts.layerBiases?.[l];
      if (bl !== undefined) b.fill(bl);
    }
    weights.push(w);
    biases.push(b);
  }
  return new Mlp(sizes, activation, weights, biases);
}

/** Builds an MLP from plain weights (`weights[l]`: d_in × d_out, `biases[l]`: d_out). */
export function mlpFromWeights(spec: { activation: string | Activation; weights: number[][][]; biases: number[][] }): Mlp {
  if (!spec || !Array.isArray(spec.weights) || !Array.isArray(spec.biases) || spec.weights.length === 0) {
    throw new MlpinitError('INVALID_ARGUMENT', 'expected {activation, weights: number[][][], biases: number[][]}', 'spec');
  }
  const activation = getActivation(spec.activation);
  if (spec.biases.length !== spec.weights.length) {
    throw new MlpinitError('SHAPE_MISMATCH', `expected ${spec.weights.length} bias vectors, got ${spec.biases.length}`, 'biases');
  }
  const sizes: number[] = [];
  const ws: Float32Array[] = [];
  const bs: Float32Array[] = [];
  spec.weights.forEach((w, l) => {
    const rows = w.length;
    const cols = w[0]?.length ?? 0;
    if (rows === 0 || cols === 0 || w.some((r) => !Array.isArray(r) || r.length !== cols)) {
      throw new MlpinitError('SHAPE_MISMATCH', 'expected a non-empty rectangular d_in × d_out array', `weights[${l}]`);
    }
    if (l === 0) sizes.push(rows);
    else if (rows !== sizes[l]) {
      throw new MlpinitError('SHAPE_MISMATCH', `expected ${sizes[l]} rows (previous layer's width), got ${rows}`, `weights[${l}]`);
    }
    sizes.push(cols);
    const flat = w.flat();
    assertAllFinite(flat, `weights[${l}]`);
    ws.push(Float32Array.from(flat));
    const b = spec.biases[l] as number[];
    if (!Array.isArray(b) || b.length !== cols) {
      throw new MlpinitError('SHAPE_MISMATCH', `expected ${cols} entries, got ${Array.isArray(b) ? b.length : typeof b}`, `biases[${l}]`);
    }
    assertAllFinite(b, `biases[${l}]`);
    bs.push(Float32Array.from(b));
  });
  return new Mlp(sizes, activation, ws, bs);
}
