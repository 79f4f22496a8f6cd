import * as tf from '@tensorflow/tfjs-core';
import { MlpinitError } from './errors.js';
import { fastCos, fastSin } from './fast-trig.js';
import { Rng } from './rng.js';
import { assertAllFinite, assertFinite, assertInteger, assertPositive } from './validate.js';

/**
 * An input encoding in front of an MLP's first dense layer, fixed (never
 * trained):
 * - `fourier`: random Fourier features (Tancik et al., NeurIPS 2020, Eq. 2 and
 *   Sec. 6, "Gaussian"): γ(v) = [cos 2πBv, sin 2πBv], B of shape m × d_in with
 *   entries N(0, σ²) drawn from `seed` (default: the network's seed).
 * - `positional`: the axis-aligned frequencies of NeRF (Mildenhall et al.,
 *   ECCV 2020, Eq. 4): sin(2^k π p), cos(2^k π p) for k = 0 … L−1 on every
 *   coordinate p, i.e. γ with B's rows 2^(k−1)·e_j (L = `frequencies`).
 * Either way the first dense layer sees 2m inputs.
 */
export type EncodingSpec =
  | { type: 'fourier'; features: number; sigma: number; seed?: number }
  | { type: 'positional'; frequencies: number };

/** The serialised encoding (`MlpWeights.encoding`): B travels with the weights. */
export interface EncodingJSON {
  type: 'fourier' | 'positional';
  /** B, m × d_in (frequencies in cycles per input unit). */
  matrix: number[][];
  /** σ of a Fourier encoding (informational). */
  sigma?: number;
  /** L of a positional encoding (informational). */
  frequencies?: number;
}

/** A fixed encoding γ(v) = [cos 2πBv, sin 2πBv]; see {@link EncodingSpec}. */
export class InputEncoding {
  readonly type: 'fourier' | 'positional';
  /** Raw input dimension d_in. */
  readonly inputDim: number;
  /** Number of frequencies m (the encoding has 2m outputs). */
  readonly features: number;
  /** B, m × d_in row-major, float64. */
  readonly matrix: Float64Array;
  readonly sigma?: number;
  readonly frequencies?: number;
  /** 2π·Bᵀ, [d_in, m]: the encoding's phases are x·(2πBᵀ). */
  private readonly phases: tf.Tensor2D;

  /** @internal Use {@link encodingFromSpec} or {@link encodingFromJSON}. */
  constructor(type: 'fourier' | 'positional', matrix: Float64Array, inputDim: number, meta: { sigma?: number; frequencies?: number } = {}) {
    this.type = type;
    this.inputDim = inputDim;
    this.features = matrix.length / inputDim;
    this.matrix = matrix;
    if (meta.sigma !== undefined) this.sigma = meta.sigma;
    if (meta.frequencies !== undefined) this.frequencies = meta.frequencies;
    const t = new Float32Array(matrix.length);
    for (let i = 0; i < this.features; i++) {
      for (let j = 0; j < inputDim; j++) t[j * this.features + i] = 2 * Math.PI * (matrix[i * inputDim + j] as number);
    }
    this.phases = tf.tensor2d(t, [inputDim, this.features], 'float32');
  }

  /** Width of the encoded input, 2m. */
  get outputDim(): number {
    return 2 * this.features;
  }

  /** γ(x) = [cos 2πxBᵀ, sin 2πxBᵀ], [N, 2m], from x: [N, d_in]. Differentiable in x. */
  apply(x: tf.Tensor2D): tf.Tensor2D {
    return tf.tidy(() => {
      const z = tf.matMul(x, this.phases);
      return tf.concat([fastCos(z), fastSin(z)], 1) as tf.Tensor2D;
    });
  }

  /**
   * ∂γ/∂x_k for every input direction k, each [N, 2m]:
   * [−2πB_k·sin 2πxBᵀ, 2πB_k·cos 2πxBᵀ] (B_k: column k of B). Used by
   * forward-mode input derivatives (gradient penalties).
   */
  tangents(x: tf.Tensor2D): tf.Tensor2D[] {
    return tf.tidy(() => {
      const z = tf.matMul(x, this.phases);
      const s = fastSin(z);
      const c = fastCos(z);
      return Array.from({ length: this.inputDim }, (_, k) => {
        const row = tf.slice(this.phases, [k, 0], [1, this.features]);
        return tf.concat([tf.neg(tf.mul(s, row)), tf.mul(c, row)], 1) as tf.Tensor2D;
      });
    });
  }

  /**
   * @internal The jet of γ at x [n, d_in] to `order` (0, 1 or 2), stacked as
   * rows [γ; ∂γ/∂x_1 … ∂γ/∂x_K; ∂²γ/∂x_1² … ∂²γ/∂x_K²], [(1 + order·K)·n, 2m]:
   * with z = x·P (P = 2πBᵀ, row k = p_k), ∂γ/∂x_k = [−sin z ⊙ p_k, cos z ⊙ p_k]
   * and ∂²γ/∂x_k² = [−cos z ⊙ p_k², −sin z ⊙ p_k²]. A new tensor.
   */
  jet(x: tf.Tensor2D, order: 0 | 1 | 2): tf.Tensor2D {
    if (order === 0) return this.apply(x);
    return tf.tidy(() => {
      const z = tf.matMul(x, this.phases);
      const s = fastSin(z);
      const c = fastCos(z);
      const rows = Array.from({ length: this.inputDim }, (_, k) => tf.slice(this.phases, [k, 0], [1, this.features]));
      const parts: tf.Tensor2D[] = [tf.concat([c, s], 1) as tf.Tensor2D];
      for (const p of rows) parts.push(tf.concat([tf.neg(tf.mul(s, p)), tf.mul(c, p)], 1) as tf.Tensor2D);
      if (order === 2) {
        for (const p of rows) {
          const p2 = tf.neg(tf.square(p));
          parts.push(tf.concat([tf.mul(c, p2), tf.mul(s, p2)], 1) as tf.Tensor2D);
        }
      }
      return tf.concat(parts, 0) as tf.Tensor2D;
    });
  }

  /** The plain form stored in {@link MlpWeights}. */
  toJSON(): EncodingJSON {
    const matrix = Array.from({ length: this.features }, (_, i) => Array.from(this.matrix.subarray(i * this.inputDim, (i + 1) * this.inputDim)));
    return {
      type: this.type,
      matrix,
      ...(this.sigma !== undefined ? { sigma: this.sigma } : {}),
      ...(this.frequencies !== undefined ? { frequencies: this.frequencies } : {}),
    };
  }

  /** An independent copy (its own tensor). */
  clone(): InputEncoding {
    return new InputEncoding(this.type, this.matrix, this.inputDim, { ...(this.sigma !== undefined ? { sigma: this.sigma } : {}), ...(this.frequencies !== undefined ? { frequencies: this.frequencies } : {}) });
  }

  /** Frees the encoding's tensor. */
  dispose(): void {
    this.phases.dispose();
  }
}

/** The {@link Rng.stream} a Fourier matrix is drawn from. */
const FOURIER_STREAM = 1;

/**
 * Draws an encoding for `inputDim` raw inputs. A Fourier encoding draws B row
 * by row, N(0, σ²), from stream 1 of `spec.seed ?? seed` ({@link Rng.stream}):
 * independent of the weights, which `createMlp` draws from stream 0 of the
 * same seed, and the same B on every backend.
 */
export function encodingFromSpec(spec: EncodingSpec, inputDim: number, seed: number): InputEncoding {
  if (!spec || typeof spec !== 'object') {
    throw new MlpinitError('INVALID_ARGUMENT', "expected {type: 'fourier', features, sigma, seed?} or {type: 'positional', frequencies}", 'encoding');
  }
  assertInteger(inputDim, 'inputDim', 1);
  if (spec.type === 'fourier') {
    assertInteger(spec.features, 'encoding.features', 1);
    assertPositive(spec.sigma, 'encoding.sigma');
    if (spec.seed !== undefined) assertFinite(spec.seed, 'encoding.seed');
    const rng = Rng.stream(spec.seed ?? seed, FOURIER_STREAM);
    const b = new Float64Array(spec.features * inputDim);
    for (let i = 0; i < b.length; i++) b[i] = spec.sigma * rng.normal();
    return new InputEncoding('fourier', b, inputDim, { sigma: spec.sigma });
  }
  if (spec.type === 'positional') {
    assertInteger(spec.frequencies, 'encoding.frequencies', 1);
    if (spec.frequencies > 30) throw new MlpinitError('INVALID_ARGUMENT', `expected at most 30 frequencies (2^29 π), got ${spec.frequencies}`, 'encoding.frequencies');
    const m = spec.frequencies * inputDim;
    const b = new Float64Array(m * inputDim);
    for (let k = 0; k < spec.frequencies; k++) {
      for (let j = 0; j < inputDim; j++) b[(k * inputDim + j) * inputDim + j] = 2 ** (k - 1);
    }
    return new InputEncoding('positional', b, inputDim, { frequencies: spec.frequencies });
  }
  throw new MlpinitError('INVALID_ARGUMENT', `expected encoding type 'fourier' or 'positional', got ${JSON.stringify((spec as { type?: unknown }).type)}`, 'encoding.type');
}

/** Rebuilds a serialised encoding ({@link EncodingJSON}). */
export function encodingFromJSON(json: EncodingJSON): InputEncoding {
  if (!json || (json.type !== 'fourier' && json.type !== 'positional') || !Array.isArray(json.matrix) || json.matrix.length === 0) {
    throw new MlpinitError('INVALID_ARGUMENT', "expected {type: 'fourier' | 'positional', matrix: number[][]}", 'encoding');
  }
  const d = Array.isArray(json.matrix[0]) ? json.matrix[0].length : 0;
  if (d === 0 || json.matrix.some((r) => !Array.isArray(r) || r.length !== d)) {
    throw new MlpinitError('SHAPE_MISMATCH', 'expected a non-empty rectangular m × d_in array', 'encoding.matrix');
  }
  const flat = json.matrix.flat();
  assertAllFinite(flat, 'encoding.matrix');
  return new InputEncoding(json.type, Float64Array.from(flat), d, {
    ...(json.sigma !== undefined ? { sigma: json.sigma } : {}),
    ...(json.frequencies !== undefined ? { frequencies: json.frequencies } : {}),
  });
}
