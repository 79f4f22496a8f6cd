import * as tf from '@tensorflow/tfjs-core';
import { Adam } from '../adam.js';
import { getActivation } from '../activation.js';
import { mseGradients } from '../backprop.js';
import { Mlp } from '../mlp.js';
import type { ReplicaInit, RowSelection, StepReply, StepRequest } from './protocol.js';

/**
 * One data-parallel replica: a copy of the MLP, the training set, and its own
 * Adam state. Every replica applies the same averaged gradients, so all copies
 * stay identical without ever exchanging weights.
 */
export class Replica {
  private readonly mlp: Mlp;
  private readonly adam: Adam;
  private readonly x: tf.Tensor2D;
  private readonly y: tf.Tensor2D;

  constructor(init: ReplicaInit) {
    this.mlp = new Mlp(init.sizes, getActivation(init.activation), init.weights, init.biases);
    this.adam = new Adam(this.mlp.variables, init.adam);
    const dIn = init.sizes[0] as number;
    const dOut = init.sizes[init.sizes.length - 1] as number;
    const n = init.x.length / dIn;
    this.x = tf.tensor2d(init.x, [n, dIn]);
    this.y = tf.tensor2d(init.y, [n, dOut]);
  }

  private applyGrads(apply: { grads: Float32Array[]; lr: number }): void {
    const vars = this.mlp.variables;
    const grads = apply.grads.map((g, i) => tf.tensor(g, (vars[i] as tf.Variable).shape, 'float32'));
    this.adam.step(grads, apply.lr);
    tf.dispose(grads);
  }

  /** Applies the previous step's averaged gradients, then returns mean loss and gradients over `rows`. */
  async step(req: StepRequest): Promise<StepReply> {
    if (req.apply) this.applyGrads(req.apply);
    const { loss, grads, count } = tf.tidy(() => {
      const [xb, yb] = select(this.x, this.y, req.rows);
      return { ...mseGradients(this.mlp, xb, yb), count: xb.shape[0] };
    });
    const values = await Promise.all([loss.data(), ...grads.map((g) => g.data())]);
    tf.dispose([loss, ...grads]);
    return {
      loss: (values[0] as Float32Array)[0] as number,
      count,
      grads: values.slice(1).map((v) => v as Float32Array),
    };
  }

  /** Applies the last gradients and returns the parameters (in `mlp.variables` order). */
  finish(apply?: { grads: Float32Array[]; lr: number }): Float32Array[] {
    if (apply) this.applyGrads(apply);
    return this.mlp.variables.map((v) => v.dataSync() as Float32Array);
  }

  dispose(): void {
    this.adam.dispose();
    this.mlp.dispose();
    tf.dispose([this.x, this.y]);
  }
}

function select(x: tf.Tensor2D, y: tf.Tensor2D, rows: RowSelection): [tf.Tensor2D, tf.Tensor2D] {
  if ('indices' in rows) {
    const idx = tf.tensor1d(rows.indices, 'int32');
    return [tf.gather(x, idx), tf.gather(y, idx)];
  }
  if (rows.start === 0 && rows.end === x.shape[0]) return [x, y];
  const len = rows.end - rows.start;
  return [tf.slice(x, [rows.start, 0], [len, -1]), tf.slice(y, [rows.start, 0], [len, -1])];
}
