import * as tf from '@tensorflow/tfjs-core';
import { Adam, type AdamOptions } from './adam.js';
import type { Activation } from './activation.js';
import { type MseGradients, backward } from './backprop.js';
import { contiguousSlice } from './fast-slice.js';

/** @internal An extra loss term with explicit gradients, given the parameters (e.g. a regularizer). */
export type ExtraTerm = (act: Activation, weights: readonly tf.Tensor2D[], biases: readonly tf.Tensor1D[]) => MseGradients;

/**
 * @internal The training engine's state: every parameter of an MLP packed in
 * one flat variable, with Adam's moments over it. One Adam update is then ~10
 * kernels for the whole network instead of ~10 per weight matrix and bias —
 * on wasm a kernel launch costs tens of microseconds, which dominates small
 * and medium networks. The layers read slices of the vector (a copy each, cheap
 * next to the matMuls once {@link contiguousSlice} copies only the slice).
 */
export class FlatTrainer {
  private readonly flat: tf.Variable<tf.Rank.R1>;
  private readonly adam: Adam;
  private readonly layout: { offset: number; shape: number[] }[];
  readonly size: number;

  constructor(
    sizes: readonly number[],
    private readonly activation: Activation,
    params: readonly (Float32Array | tf.Tensor)[],
    adam?: AdamOptions,
  ) {
    this.layout = [];
    let offset = 0;
    for (let l = 0; l < sizes.length - 1; l++) {
      const din = sizes[l] as number;
      const dout = sizes[l + 1] as number;
      this.layout.push({ offset, shape: [din, dout] });
      offset += din * dout;
      this.layout.push({ offset, shape: [dout] });
      offset += dout;
    }
    this.size = offset;
    this.flat = tf.tidy(() =>
      tf.variable(
        tf.concat(params.map((p) => (p instanceof tf.Tensor ? tf.reshape(p, [-1]) : tf.tensor1d(p, 'float32')))),
        true,
      ),
    ) as tf.Variable<tf.Rank.R1>;
    this.adam = new Adam([this.flat], adam);
  }

  /** @internal Slices of the flat vector shaped as W_0, b_0, W_1, b_1, … (call inside a tidy). */
  params(): { weights: tf.Tensor2D[]; biases: tf.Tensor1D[] } {
    const weights: tf.Tensor2D[] = [];
    const biases: tf.Tensor1D[] = [];
    this.layout.forEach(({ offset, shape }, i) => {
      const t = contiguousSlice(this.flat, offset, shape);
      if (i % 2 === 0) weights.push(t as tf.Tensor2D);
      else biases.push(t as tf.Tensor1D);
    });
    return { weights, biases };
  }

  /**
   * Mean-squared-error loss and the flat gradient on a batch, plus an extra
   * explicitly differentiated term if given (a regularizer); the caller owns both.
   */
  gradients(x: tf.Tensor2D, y: tf.Tensor2D, extra?: ExtraTerm): { loss: tf.Scalar; grad: tf.Tensor1D } {
    return tf.tidy(() => {
      const { weights, biases } = this.params();
      const flat = (gs: tf.Tensor[]): tf.Tensor1D => tf.concat(gs.map((g) => tf.reshape(g, [-1]))) as tf.Tensor1D;
      const { loss, grads } = backward(this.activation, weights, biases, x, y);
      if (!extra) return { loss, grad: flat(grads) };
      const term = extra(this.activation, weights, biases);
      return { loss: tf.add(loss, term.loss) as tf.Scalar, grad: tf.add(flat(grads), flat(term.grads)) as tf.Tensor1D };
    });
  }

  /** @internal The flat parameter variable (for autodiff through {@link FlatTrainer.params}). */
  get variable(): tf.Variable<tf.Rank.R1> {
    return this.flat;
  }

  /** One Adam update with a flat gradient. */
  apply(grad: tf.Tensor1D, lr: number): void {
    this.adam.step([grad], lr);
  }

  /** One explicit-gradient Adam step; returns the batch loss (owned by the caller). */
  step(x: tf.Tensor2D, y: tf.Tensor2D, lr: number, extra?: ExtraTerm): tf.Scalar {
    const { loss, grad } = this.gradients(x, y, extra);
    this.apply(grad, lr);
    grad.dispose();
    return loss;
  }

  /** The parameters, in `mlp.variables` order, as float32 arrays. */
  async read(): Promise<Float32Array[]> {
    const all = (await this.flat.data()) as Float32Array;
    return this.layout.map(({ offset, shape }) => all.slice(offset, offset + shape.reduce((a, b) => a * b, 1)));
  }

  /** Writes the parameters into the given variables (`mlp.variables` order). */
  writeTo(vars: readonly tf.Variable[]): void {
    tf.tidy(() => {
      const { weights, biases } = this.params();
      vars.forEach((v, i) => {
        v.assign(i % 2 === 0 ? (weights[i / 2] as tf.Tensor) : (biases[(i - 1) / 2] as tf.Tensor));
      });
    });
  }

  dispose(): void {
    this.adam.dispose();
    this.flat.dispose();
  }
}
