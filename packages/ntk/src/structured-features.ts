import * as tf from '@tensorflow/tfjs-core';
import { type Mlp, transpose2d } from '@mlpinit/core';

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

/** f'(z) as a tensor, from the activation's explicit derivative or (for custom activations) autodiff. */
function derivative(mlp: Mlp, z: tf.Tensor2D, y: tf.Tensor2D): tf.Tensor2D {
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
export function layerFeatures(mlp: Mlp, x: tf.Tensor2D): Features {
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
