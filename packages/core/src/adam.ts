import * as tf from '@tensorflow/tfjs-core';

/** Adam hyper-parameters (Kingma & Ba 2015). */
export interface AdamOptions {
  beta1?: number;
  beta2?: number;
  epsilon?: number;
}

/**
 * Adam over a fixed list of variables, with the learning rate passed per step
 * (so schedules cost nothing). Uses the bias-corrected step size
 * α_t = α·√(1−β₂ᵗ)/(1−β₁ᵗ) of Kingma & Ba (2015), Sec. 2, and ε added to √v̂
 * as in their Algorithm 1 (with the same "ε-hat" placement as PyTorch).
 */
export class Adam {
  private readonly m: tf.Variable[];
  private readonly v: tf.Variable[];
  private t = 0;
  private readonly beta1: number;
  private readonly beta2: number;
  private readonly epsilon: number;

  constructor(
    private readonly vars: tf.Variable[],
    opts: AdamOptions = {},
  ) {
    this.beta1 = opts.beta1 ?? 0.9;
    this.beta2 = opts.beta2 ?? 0.999;
    this.epsilon = opts.epsilon ?? 1e-8;
    this.m = vars.map((p) => tf.tidy(() => tf.variable(tf.zerosLike(p), false)));
    this.v = vars.map((p) => tf.tidy(() => tf.variable(tf.zerosLike(p), false)));
  }

  /** Steps taken so far. */
  get iterations(): number {
    return this.t;
  }

  /** Applies one update with gradients `grads[i]` for `vars[i]`. Does not dispose the gradients. */
  step(grads: readonly tf.Tensor[], lr: number): void {
    this.t += 1;
    const { beta1: b1, beta2: b2 } = this;
    const c1 = 1 - b1 ** this.t;
    const c2 = 1 - b2 ** this.t;
    // PyTorch form: p -= lr/c1 · m / (√v/√c2 + ε).
    const stepSize = lr / c1;
    const sqrtC2 = Math.sqrt(c2);
    tf.tidy(() => {
      this.vars.forEach((p, i) => {
        const g = grads[i] as tf.Tensor;
        const m = this.m[i] as tf.Variable;
        const v = this.v[i] as tf.Variable;
        const mNew = tf.add(tf.mul(m, b1), tf.mul(g, 1 - b1));
        const vNew = tf.add(tf.mul(v, b2), tf.mul(tf.square(g), 1 - b2));
        const denom = tf.add(tf.div(tf.sqrt(vNew), sqrtC2), this.epsilon);
        p.assign(tf.sub(p, tf.mul(tf.div(mNew, denom), stepSize)));
        m.assign(mNew);
        v.assign(vNew);
      });
    });
  }

  /** Frees the moment estimates. */
  dispose(): void {
    for (const t of [...this.m, ...this.v]) t.dispose();
  }
}
