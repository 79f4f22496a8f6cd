import * as tf from '@tensorflow/tfjs-core';
import { type Activation, getActivation, scaledSine } from './activation.js';
import { requireBackend } from './backend.js';
import { dense } from './dense.js';
import { type EncodingJSON, type EncodingSpec, type InputEncoding, encodingFromJSON, encodingFromSpec } from './encoding.js';
import { MlpinitError } from './errors.js';
import { INITIALIZERS, INIT_ALIASES, type InitName, type Initializer, sirenFirst, sirenHidden } from './initializers.js';
import { Rng } from './rng.js';
import { assertSyncReads } from './sync-read.js';
import { type Matrix2D, toTensor2D } from './tensor-input.js';
import { assertAllFinite, assertFinite, assertPositive, assertSizes } from './validate.js';

/** The plain, JSON-serialisable form of an MLP's parameters. */
export interface MlpWeights {
  /** Activation name (built-in or registered). */
  activation: string;
  /** `weights[l]`: d_in × d_out nested array; layer l computes x·W + b. */
  weights: number[][][];
  /** `biases[l]`: length d_out. */
  biases: number[][];
  /** The fixed input encoding in front of layer 0, if any (its B travels with the weights). */
  encoding?: EncodingJSON;
}

/** Options of {@link createMlp}. */
export interface CreateMlpOptions {
  /** `[d_in, h_1, ..., h_L, d_out]`; d_in is the raw input dimension (before any `encoding`). */
  sizes: number[];
  /**
   * A fixed input encoding in front of the first dense layer (random Fourier
   * features of Tancik et al. 2020, or NeRF's positional encoding); see
   * {@link EncodingSpec}. The first dense layer then has 2m inputs.
   */
  encoding?: EncodingSpec;
  /**
   * SIREN's ω₀ (Sitzmann et al. 2020; default 30), for `init: 'siren'` only:
   * the activation becomes `sin-w<ω₀>`, sin(ω₀·z), on every hidden layer.
   */
  omega0?: number;
  /** Activation after every layer but the last (default `tanh`). */
  activation?: string | Activation;
  /** Initializer name or function (default `glorot-normal`). */
  init?: InitName | keyof typeof INIT_ALIASES | Initializer;
  /** Seed of every draw (default 0). */
  seed?: number;
  /** Gain passed to the initializer (default 1; for `siren`, a deprecated alias of `omega0`). */
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
  /** Widths of the dense layers, `[d_0, h_1, …, h_L, d_out]`; d_0 is the encoding's width 2m when there is one. */
  readonly sizes: readonly number[];
  /** The fixed input encoding in front of layer 0, if any. */
  readonly encoding: InputEncoding | undefined;
  readonly activation: Activation;
  /** Trainable weights, `weights[l]` of shape [d_l, d_{l+1}]. */
  readonly weights: tf.Variable<tf.Rank.R2>[];
  /** Trainable biases, `biases[l]` of shape [d_{l+1}]. */
  readonly biases: tf.Variable<tf.Rank.R1>[];
  private disposed = false;

  /** @internal Use {@link createMlp} or {@link mlpFromWeights}. */
  constructor(
    sizes: number[],
    activation: Activation,
    weights: Array<Float32Array | tf.Tensor>,
    biases: Array<Float32Array | tf.Tensor>,
    encoding?: InputEncoding,
  ) {
    requireBackend();
    this.sizes = Object.freeze([...sizes]);
    this.encoding = encoding;
    this.activation = activation;
    // tidy frees the initial-value tensors; the variables keep their data.
    this.weights = weights.map((w, l) =>
      tf.tidy(() => {
        const shape: [number, number] = [sizes[l] as number, sizes[l + 1] as number];
        // A tensor (clone) is copied on its device: no read-back.
        return tf.variable(w instanceof tf.Tensor ? tf.reshape(tf.clone(w), shape) : tf.tensor2d(w, shape, 'float32'), true);
      }),
    );
    this.biases = biases.map((b) =>
      tf.tidy(() => tf.variable(b instanceof tf.Tensor ? tf.reshape(tf.clone(b), [-1]) : tf.tensor1d(b, 'float32'), true)),
    );
  }

  /** Raw input dimension: the encoding's d_in, or `sizes[0]` without an encoding. */
  get inputSize(): number {
    return this.encoding?.inputDim ?? (this.sizes[0] as number);
  }

  /**
   * The first dense layer's input for raw inputs x: γ(x) [N, 2m] with an
   * encoding (a new tensor), x itself without. Training and the NTK run on it.
   */
  encodeInputs(x: tf.Tensor2D): tf.Tensor2D {
    return this.encoding ? this.encoding.apply(x) : x;
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

  /** Raw inputs as a tensor the caller owns when it differs from x (encoded when there is an encoding). */
  private input(x: Matrix2D): tf.Tensor2D {
    if (this.disposed) throw new MlpinitError('INVALID_ARGUMENT', 'this MLP has been disposed', 'mlp');
    const raw = toTensor2D(x, 'x', this.inputSize);
    if (!this.encoding) return raw;
    const enc = this.encoding.apply(raw);
    if (raw !== x) raw.dispose();
    return enc;
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

  /**
   * @internal The output for inputs already encoded ({@link encodeInputs}):
   * the dense layers alone. Differentiable with respect to the variables.
   */
  forwardEncoded(h: tf.Tensor2D): tf.Tensor2D {
    return tf.tidy(() => {
      const L = this.numLayers - 1;
      return dense(this.hidden(h, L), this.weights[L] as tf.Tensor2D, this.biases[L] as tf.Tensor1D);
    });
  }

  /** Network output, [N, d_out]. Differentiable with respect to the variables (and x). */
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

  /**
   * The parameters as plain nested arrays (the form {@link mlpFromWeights}
   * takes), read synchronously. On a backend that cannot read synchronously
   * (see {@link BackendInfo.syncReads}; WebGPU here) it throws
   * `SYNC_READ_UNSUPPORTED`: use {@link Mlp.readWeights}.
   */
  toWeights(): MlpWeights {
    assertSyncReads('mlp.toWeights()', 'await mlp.readWeights()');
    return {
      activation: this.activation.name,
      weights: this.weights.map((w) => w.arraySync()),
      biases: this.biases.map((b) => b.arraySync()),
      ...(this.encoding ? { encoding: this.encoding.toJSON() } : {}),
    };
  }

  /** {@link Mlp.toWeights}, read asynchronously: works on every backend. */
  async readWeights(): Promise<MlpWeights> {
    const [weights, biases] = await Promise.all([
      Promise.all(this.weights.map((w) => w.array())),
      Promise.all(this.biases.map((b) => b.array())),
    ]);
    return { activation: this.activation.name, weights, biases, ...(this.encoding ? { encoding: this.encoding.toJSON() } : {}) };
  }

  /** An independent copy with the same parameters (copied on the device, no read-back). */
  clone(): Mlp {
    return new Mlp([...this.sizes], this.activation, this.weights, this.biases, this.encoding?.clone());
  }

  /** Frees the variables. The MLP cannot be used afterwards. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const v of this.variables) v.dispose();
    this.encoding?.dispose();
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
 * `siren`.
 *
 * `init: 'siren'` is SIREN as Sitzmann et al. (NeurIPS 2020, Sec. 3.2 and
 * their reference code) define it: every hidden layer computes
 * sin(ω₀·(xW + b)) (activation `sin-w<ω₀>`), the first layer's weights are
 * U(±1/d_in), later layers' (the linear output layer's too)
 * U(±√(6/d_in)/ω₀), and biases PyTorch's default U(±1/√d_in).
 *
 * With `encoding`, `sizes[0]` is the raw input dimension and the first dense
 * layer takes the encoding's 2m features (`mlp.sizes[0] = 2m`); the
 * encoding's B is drawn from its own seed (default `seed`) before the layers.
 */
export function createMlp(opts: CreateMlpOptions): Mlp {
  if (!opts || typeof opts !== 'object') throw new MlpinitError('INVALID_ARGUMENT', 'expected an options object', 'opts');
  const { seed = 0, gain } = opts;
  assertSizes(opts.sizes, 'sizes');
  assertFinite(seed, 'seed');
  if (gain !== undefined) assertFinite(gain, 'gain');
  const init = resolveInit(opts.init ?? 'glorot-normal');
  let omega0 = 30;
  let activation: Activation;
  if (init === 'siren') {
    if (opts.omega0 !== undefined) assertPositive(opts.omega0, 'omega0');
    if (gain !== undefined) assertPositive(gain, 'gain');
    omega0 = opts.omega0 ?? gain ?? 30;
    activation = scaledSine(omega0);
    const given = opts.activation === undefined ? undefined : getActivation(opts.activation).name;
    if (given !== undefined && given !== 'sin' && given !== activation.name) {
      throw new MlpinitError('INVALID_ARGUMENT', `init 'siren' uses sin(ω₀·z) (${activation.name}); got activation ${JSON.stringify(given)}`, 'activation');
    }
  } else {
    if (opts.omega0 !== undefined) throw new MlpinitError('INVALID_ARGUMENT', "omega0 applies to init 'siren' only", 'omega0');
    activation = getActivation(opts.activation ?? 'tanh');
  }
  requireBackend();
  const encoding = opts.encoding === undefined ? undefined : encodingFromSpec(opts.encoding, opts.sizes[0] as number, seed);
  const sizes = encoding ? [encoding.outputDim, ...opts.sizes.slice(1)] : opts.sizes;
  const hidden = sizes.length - 2;
  try {
    checkPerLayer(opts.layerScales, hidden, 'layerScales');
    checkPerLayer(opts.layerBiases, hidden, 'layerBiases');
  } catch (e) {
    encoding?.dispose();
    throw e;
  }
  const rng = new Rng(seed);
  const weights: Float32Array[] = [];
  const biases: Float32Array[] = [];
  try {
    for (let l = 0; l < sizes.length - 1; l++) {
      const fanIn = sizes[l] as number;
      const fanOut = sizes[l + 1] as number;
      let w: Float32Array;
      let b: Float32Array = new Float32Array(fanOut);
      if (init === 'siren') {
        w = l === 0 ? sirenFirst(fanIn, fanOut, rng, 1) : sirenHidden(fanIn, fanOut, rng, 1 / omega0);
        b = rng.uniformArray(fanOut, -1 / Math.sqrt(fanIn), 1 / Math.sqrt(fanIn));
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
  } catch (e) {
    // A custom initializer that throws must not leave the encoding's tensor behind.
    encoding?.dispose();
    throw e;
  }
  return new Mlp(sizes, activation, weights, biases, encoding);
}

/** Builds an MLP from plain weights (`weights[l]`: d_in × d_out, `biases[l]`: d_out). */
export function mlpFromWeights(spec: { activation: string | Activation; weights: number[][][]; biases: number[][]; encoding?: EncodingJSON }): Mlp {
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
  if (spec.encoding === undefined) return new Mlp(sizes, activation, ws, bs);
  requireBackend();
  const encoding = encodingFromJSON(spec.encoding);
  if (encoding.outputDim !== sizes[0]) {
    encoding.dispose();
    throw new MlpinitError('SHAPE_MISMATCH', `the encoding has ${encoding.outputDim} outputs but weights[0] has ${sizes[0]} rows`, 'encoding');
  }
  return new Mlp(sizes, activation, ws, bs, encoding);
}
