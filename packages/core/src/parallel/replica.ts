import * as tf from '@tensorflow/tfjs-core';
import { getActivation } from '../activation.js';
import { contiguousSlice } from '../fast-slice.js';
import { FlatTrainer } from '../flat-trainer.js';
import type { ReplicaInit, RowSelection, StepReply, StepRequest } from './protocol.js';

/**
 * One data-parallel replica: the MLP's parameters (as a {@link FlatTrainer}),
 * the training set, and its own Adam state. Every replica applies the same
 * averaged gradient, so all copies stay identical without exchanging weights.
 */
export class Replica {
  private readonly trainer: FlatTrainer;
  private readonly x: tf.Tensor2D;
  private readonly y: tf.Tensor2D;

  constructor(init: ReplicaInit) {
    const params = init.weights.flatMap((w, l) => [w, init.biases[l] as Float32Array]);
    this.trainer = new FlatTrainer(init.sizes, getActivation(init.activation), params, init.adam);
    const dIn = init.sizes[0] as number;
    const dOut = init.sizes[init.sizes.length - 1] as number;
    const n = init.x.length / dIn;
    this.x = tf.tensor2d(init.x, [n, dIn]);
    this.y = tf.tensor2d(init.y, [n, dOut]);
  }

  private applyGrad(apply: { grad: Float32Array; lr: number }): void {
    const g = tf.tensor1d(apply.grad, 'float32');
    this.trainer.apply(g, apply.lr);
    g.dispose();
  }

  /** Applies the previous step's averaged gradient, then returns mean loss and gradient over `rows`. */
  async step(req: StepRequest): Promise<StepReply> {
    if (req.apply) this.applyGrad(req.apply);
    const [xb, yb, owned] = select(this.x, this.y, req.rows);
    const { loss, grad } = this.trainer.gradients(xb, yb);
    tf.dispose(owned);
    const [lv, gv] = await Promise.all([loss.data(), grad.data()]);
    tf.dispose([loss, grad]);
    return { loss: (lv as Float32Array)[0] as number, count: xb.shape[0], grad: gv as Float32Array };
  }

  /** Applies the last gradient and returns the parameters (in `mlp.variables` order). */
  async finish(apply?: { grad: Float32Array; lr: number }): Promise<Float32Array[]> {
    if (apply) this.applyGrad(apply);
    return this.trainer.read();
  }

  /** Writes the current parameters into the given variables (`mlp.variables` order). */
  writeTo(vars: readonly tf.Variable[]): void {
    this.trainer.writeTo(vars);
  }

  dispose(): void {
    this.trainer.dispose();
    tf.dispose([this.x, this.y]);
  }
}

function select(x: tf.Tensor2D, y: tf.Tensor2D, rows: RowSelection): [tf.Tensor2D, tf.Tensor2D, tf.Tensor[]] {
  if ('indices' in rows) {
    const [xb, yb] = tf.tidy(() => {
      const idx = tf.tensor1d(rows.indices, 'int32');
      return [tf.gather(x, idx), tf.gather(y, idx)];
    });
    return [xb as tf.Tensor2D, yb as tf.Tensor2D, [xb as tf.Tensor, yb as tf.Tensor]];
  }
  if (rows.start === 0 && rows.end === x.shape[0]) return [x, y, []];
  const len = rows.end - rows.start;
  const [dIn, dOut] = [x.shape[1], y.shape[1]];
  const xb = contiguousSlice<tf.Rank.R2>(x, rows.start * dIn, [len, dIn]);
  const yb = contiguousSlice<tf.Rank.R2>(y, rows.start * dOut, [len, dOut]);
  return [xb, yb, [xb, yb]];
}
