import * as tf from '@tensorflow/tfjs-core';
import { type Mlp, transpose2d } from '@mlpinit/core';
import type { NtkOutputs } from './ntk-implementation.js';

/**
 * Per-layer inputs and output sensitivities of one batch of N points, what the
 * structured NTK contracts: `h[l]` is layer l's input H_l [N, d_l] (`h[0]` is the
 * encoded input x), `d[l]` is ∂f_o/∂z_l stacked over outputs, rows n·O + o,
 * [N·O, d_{l+1}].
 */
export interface Features {
  h: tf.Tensor2D[];
  d: tf.Tensor2D[];
}

/** What a forward and backward pass needs of an MLP (an `Mlp`, or one rebuilt in a pool worker). */
export type FeatureNet = Pick<Mlp, 'numLayers' | 'sizes' | 'activation'> & {
  readonly weights: readonly tf.Tensor2D[];
  readonly biases: readonly tf.Tensor1D[];
};

/** f'(z) as a tensor, from the activation's explicit derivative or (for custom activations) autodiff. */
function derivative(mlp: FeatureNet, z: tf.Tensor2D, y: tf.Tensor2D): tf.Tensor2D {
  const act = mlp.activation;
  if (act.grad) return act.grad(z, y) as tf.Tensor2D;
  return tf.grad((t: tf.Tensor) => tf.sum(act.apply(t)))(z) as tf.Tensor2D;
}

/**
 * One forward pass, then back-propagation of every output's unit sensitivity
 * (all O outputs at once, as N·O rows): Δ_{L−1} = e_o, Δ_{l−1} = (Δ_l W_lᵀ) ⊙ f'(z_{l−1}).
 * Transposes are explicit because wasm's transposed matMul is ~10× slower,
 * and use core's blocked transpose (tfjs-wasm's is ~5× slower); the forward
 * pass uses the activation's fast form (tanh as 2σ(2x) − 1 on wasm).
 * `h[0]` is `x` itself (the caller's tensor); free the rest with {@link disposeFeatures}.
 */
export function layerFeatures(mlp: FeatureNet, x: tf.Tensor2D): Features {
  const out = tf.tidy(() => {
    const L = mlp.numLayers;
    const N = x.shape[0];
    const O = mlp.sizes[L] as number;
    const inputs: tf.Tensor2D[] = [];
    const pre: tf.Tensor2D[] = [];
    let h = x;
    for (let l = 0; l < L - 1; l++) {
      const z = tf.fused.matMul({ a: h, b: mlp.weights[l] as tf.Tensor2D, bias: mlp.biases[l] as tf.Tensor1D }) as tf.Tensor2D;
      pre.push(z);
      h = (mlp.activation.fast ?? mlp.activation.apply)(z) as tf.Tensor2D;
      inputs.push(h);
    }
    const deltas: tf.Tensor2D[] = new Array(L);
    let delta = tf.tile(tf.eye(O), [N, 1]) as tf.Tensor2D;
    deltas[L - 1] = delta;
    for (let l = L - 1; l > 0; l--) {
      const d = mlp.sizes[l] as number;
      const dh = tf.matMul(delta, transpose2d(mlp.weights[l] as tf.Tensor2D));
      const fp = derivative(mlp, pre[l - 1] as tf.Tensor2D, inputs[l - 1] as tf.Tensor2D);
      delta = tf.reshape(tf.mul(tf.reshape(dh, [N, O, d]), tf.reshape(fp, [N, 1, d])), [N * O, d]);
      deltas[l - 1] = delta;
    }
    // x is the caller's tensor: keep it out of the tidy's returned (and later disposed) set.
    return { inputs, deltas } as unknown as tf.TensorContainer;
  }) as unknown as { inputs: tf.Tensor2D[]; deltas: tf.Tensor2D[] };
  return { h: [x, ...out.inputs], d: out.deltas };
}

/** Frees what {@link layerFeatures} allocated (not `h[0]`, the caller's input). */
export function disposeFeatures(f: Features): void {
  tf.dispose([...f.h.slice(1), ...f.d]);
}

/**
 * Features laid out for row blocks of K in one output mode, transposes made
 * once per call (a block only slices): `h[l]` is H_l with a column of ones
 * appended ([N, d_l + 1], so H̃ H̃ᵀ = H Hᵀ + 1 carries the bias), `hT[l]` its
 * transpose; `d[l][q]`, `dT[l][q]` the sensitivities and their transposes: one
 * pair for `'trace'` (rows per example, [N, O·d]) and `'full'` (rows n·O + o,
 * [N·O, d]), one per output o for `'diagonal'` ([N, d]).
 */
export interface BlockFeatures {
  n: number;
  O: number;
  outputs: NtkOutputs;
  h: tf.Tensor2D[];
  hT: tf.Tensor2D[];
  d: tf.Tensor2D[][];
  dT: tf.Tensor2D[][];
}

/** Lays out raw features for blocks (new tensors; the raw ones stay the caller's). */
export function blockFeatures(f: Features, O: number, outputs: NtkOutputs): BlockFeatures {
  return tf.tidy(() => {
    const n = (f.h[0] as tf.Tensor2D).shape[0];
    const ones = tf.ones([n, 1]);
    const h = f.h.map((t) => tf.concat([t, ones], 1) as tf.Tensor2D);
    const d = f.d.map((t): tf.Tensor2D[] => {
      const w = t.shape[1];
      if (outputs === 'full') return [tf.clone(t)];
      if (outputs === 'trace' || O === 1) return [tf.reshape(t, [n, O * w])];
      const per = tf.reshape(t, [n, O, w]);
      return Array.from({ length: O }, (_, o) => tf.reshape(tf.slice(per, [0, o, 0], [n, 1, w]), [n, w]) as tf.Tensor2D);
    });
    const out: BlockFeatures = { n, O, outputs, h, hT: h.map((t) => transpose2d(t)), d, dT: d.map((q) => q.map((t) => transpose2d(t))) };
    return out as unknown as tf.TensorContainer;
  }) as unknown as BlockFeatures;
}

/** Frees a {@link blockFeatures} result. */
export function disposeBlockFeatures(b: BlockFeatures): void {
  tf.dispose([...b.h, ...b.hT, ...b.d.flat(), ...b.dT.flat()]);
}
