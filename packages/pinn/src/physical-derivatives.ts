import type { PointDerivatives } from '@mlpinit/core';
import * as tf from '@tensorflow/tfjs-core';

/**
 * Derivatives in the problem's physical coordinates x, from a network that
 * sees standardised coordinates x̃ = (x − m)/s: by the chain rule
 * ∂u/∂x_k = (∂u/∂x̃_k)/s_k and ∂²u/∂x_k² = (∂²u/∂x̃_k²)/s_k². Every accessor
 * returns a new [N] tensor (freed by the training step's tidy).
 */
export class PhysicalDerivatives {
  constructor(
    private readonly d: PointDerivatives,
    private readonly mean: readonly number[],
    private readonly std: readonly number[],
  ) {}

  /** Number of points. */
  get size(): number {
    return this.d.size;
  }

  /** The physical coordinate x_k of every point. */
  coord(k: number): tf.Tensor1D {
    return tf.tidy(() => tf.add(tf.mul(this.d.coord(k), this.std[k] as number), this.mean[k] as number) as tf.Tensor1D);
  }

  /** u at every point. */
  u(o = 0): tf.Tensor1D {
    return this.d.u(o);
  }

  /** ∂u/∂x_k. */
  du(k: number, o = 0): tf.Tensor1D {
    return tf.tidy(() => tf.div(this.d.du(k, o), this.std[k] as number) as tf.Tensor1D);
  }

  /** ∂²u/∂x_k². */
  d2u(k: number, o = 0): tf.Tensor1D {
    return tf.tidy(() => tf.div(this.d.d2u(k, o), (this.std[k] as number) ** 2) as tf.Tensor1D);
  }

  /** Σ_k ∂²u/∂x_k². */
  laplacian(o = 0): tf.Tensor1D {
    return tf.tidy(() => {
      let acc = this.d2u(0, o);
      for (let k = 1; k < this.mean.length; k++) acc = tf.add(acc, this.d2u(k, o));
      return acc;
    });
  }
}
