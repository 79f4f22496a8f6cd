import * as tf from '@tensorflow/tfjs-core';
import { MlpinitError } from './errors.js';
import { contiguousSlice } from './fast-slice.js';

/**
 * A network's output and its input derivatives at N points, as a residual
 * sees them (see {@link trainResidual}). Every accessor returns a new tensor
 * (inside the residual, the step's tidy frees them); all are differentiable
 * in the network's parameters. For u: ℝ^K → ℝ^O at points x [N, K]:
 * `u(o)` is u_o, `du(k, o)` is ∂u_o/∂x_k, `d2u(k, o)` is ∂²u_o/∂x_k², each [N].
 */
export class PointDerivatives {
  /** @internal Use {@link inputDerivatives} or a residual's argument. */
  constructor(
    /** The points, [N, K]. */
    readonly x: tf.Tensor2D,
    private readonly stacked: tf.Tensor2D,
    /** Highest derivative order available: 0, 1 or 2. */
    readonly order: 0 | 1 | 2,
  ) {}

  /** Number of points N. */
  get size(): number {
    return this.x.shape[0];
  }

  /** Input dimension K. */
  get inputs(): number {
    return this.x.shape[1];
  }

  /** Output dimension O. */
  get outputs(): number {
    return this.stacked.shape[1];
  }

  private column(block: number, o: number): tf.Tensor1D {
    const n = this.size;
    const O = this.outputs;
    if (!Number.isInteger(o) || o < 0 || o >= O) {
      throw new MlpinitError('INVALID_ARGUMENT', `expected an output index in [0, ${O - 1}], got ${String(o)}`, 'o');
    }
    if (O === 1) return contiguousSlice<tf.Rank.R1>(this.stacked, block * n, [n]);
    return tf.tidy(() => tf.reshape(tf.slice(this.stacked, [block * n, o], [n, 1]), [n]) as tf.Tensor1D);
  }

  private direction(k: number, need: 1 | 2): void {
    if (this.order < need) {
      throw new MlpinitError('INVALID_ARGUMENT', `this term has derivatives to order ${this.order}; set its order to ${need} or more`, 'order');
    }
    if (!Number.isInteger(k) || k < 0 || k >= this.inputs) {
      throw new MlpinitError('INVALID_ARGUMENT', `expected an input index in [0, ${this.inputs - 1}], got ${String(k)}`, 'k');
    }
  }

  /** The coordinate x_k of every point, [N]. */
  coord(k: number): tf.Tensor1D {
    if (!Number.isInteger(k) || k < 0 || k >= this.inputs) {
      throw new MlpinitError('INVALID_ARGUMENT', `expected an input index in [0, ${this.inputs - 1}], got ${String(k)}`, 'k');
    }
    return tf.tidy(() => tf.reshape(tf.slice(this.x, [0, k], [this.size, 1]), [this.size]) as tf.Tensor1D);
  }

  /** u_o at every point, [N]. */
  u(o = 0): tf.Tensor1D {
    return this.column(0, o);
  }

  /** ∂u_o/∂x_k at every point, [N]. */
  du(k: number, o = 0): tf.Tensor1D {
    this.direction(k, 1);
    return this.column(1 + k, o);
  }

  /** ∂²u_o/∂x_k² at every point, [N]. */
  d2u(k: number, o = 0): tf.Tensor1D {
    this.direction(k, 2);
    return this.column(1 + this.inputs + k, o);
  }

  /** The Laplacian Σ_k ∂²u_o/∂x_k², [N]. */
  laplacian(o = 0): tf.Tensor1D {
    return tf.tidy(() => {
      let acc = this.d2u(0, o);
      for (let k = 1; k < this.inputs; k++) acc = tf.add(acc, this.d2u(k, o));
      return acc;
    });
  }

  /** All outputs, [N, O]. */
  value(): tf.Tensor2D {
    return contiguousSlice<tf.Rank.R2>(this.stacked, 0, [this.size, this.outputs]);
  }

  /** ∂u_o/∂x_k as [N, O, K]. */
  gradient(): tf.Tensor3D {
    return this.block(1);
  }

  /** ∂²u_o/∂x_k² as [N, O, K] (the diagonal of each output's Hessian). */
  hessianDiagonal(): tf.Tensor3D {
    return this.block(2);
  }

  private block(which: 1 | 2): tf.Tensor3D {
    if (this.order < which) {
      throw new MlpinitError('INVALID_ARGUMENT', `these derivatives stop at order ${this.order}; ask for order ${which}`, 'order');
    }
    const n = this.size;
    const K = this.inputs;
    const O = this.outputs;
    return tf.tidy(() => {
      const rows = contiguousSlice<tf.Rank.R3>(this.stacked, (1 + (which - 1) * K) * n * O, [K, n, O]);
      return tf.transpose(rows, [1, 2, 0]) as tf.Tensor3D;
    });
  }
}
