import * as tf from '@tensorflow/tfjs-core';
import { type Mlp, transpose2d } from '@mlpinit/core';
import type { NtkContext, NtkImplementation } from './ntk-implementation.js';

/** Per-layer inputs H_{l−1} [N, d_l] and output sensitivities Δ_l of one input batch. */
interface LayerFeatures {
  /** `inputs[l]`: the input of layer l (x for l = 0), [N, d_l]. */
  inputs: tf.Tensor2D[];
  /** `deltas[l]`: ∂f_o/∂z_l stacked over outputs, rows n·O + o, [N·O, d_{l+1}]. */
  deltas: tf.Tensor2D[];
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
 */
function layerFeatures(mlp: Mlp, x: tf.Tensor2D): LayerFeatures {
  return tf.tidy(() => {
    const L = mlp.numLayers;
    const N = x.shape[0];
    const O = mlp.sizes[L] as number;
    const inputs: tf.Tensor2D[] = [x];
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
      const fp = derivative(mlp, pre[l - 1] as tf.Tensor2D, inputs[l] as tf.Tensor2D);
      delta = tf.reshape(tf.mul(tf.reshape(dh, [N, O, d]), tf.reshape(fp, [N, 1, d])), [N * O, d]);
      deltas[l - 1] = delta;
    }
    // x is the caller's tensor: keep it out of the returned (and later disposed) set.
    return { inputs: inputs.slice(1), deltas } as unknown as tf.TensorContainer;
  }) as unknown as LayerFeatures;
}

/** Layer l's term (Δ_l Δ_lᵀ) ⊙ (H_{l−1} H_{l−1}ᵀ + 1), traced over outputs or in the full N·O layout. */
function layerTerm(h1: tf.Tensor2D, d1: tf.Tensor2D, h2: tf.Tensor2D, d2: tf.Tensor2D, O: number, full: boolean): tf.Tensor2D {
  return tf.tidy(() => {
    const N1 = h1.shape[0];
    const N2 = h2.shape[0];
    const gram = tf.add(tf.matMul(h1, transpose2d(h2)), 1);
    if (!full) {
      // Σ_o Δ^o Δ^oᵀ = (rows of Δ regrouped per example) · (same)ᵀ.
      const a = tf.reshape(d1, [N1, -1]);
      const b = h2 === h1 && d2 === d1 ? a : tf.reshape(d2, [N2, -1]);
      return tf.mul(tf.matMul(a, transpose2d(b as tf.Tensor2D)), gram) as tf.Tensor2D;
    }
    const dd = tf.reshape(tf.matMul(d1, transpose2d(d2)), [N1, O, N2, O]);
    return tf.reshape(tf.mul(dd, tf.reshape(gram, [N1, 1, N2, 1])), [N1 * O, N2 * O]);
  });
}

/**
 * Structured empirical NTK of an MLP: with z_l = H_{l−1} W_l + b_l,
 * ∇_{W_l} f(x)·∇_{W_l} f(y) = (h_{l−1}(x)·h_{l−1}(y)) (δ_l(x)·δ_l(y)) and the bias
 * adds δ_l(x)·δ_l(y), so K = Σ_l (Δ_l Δ_lᵀ) ⊙ (H_{l−1} H_{l−1}ᵀ + 1): the
 * "structured derivatives" idea of Novak et al. 2022 ("Fast finite width
 * neural tangent kernel", ICML, Sec. 4) specialised to dense layers. Cost
 * O(N²·Σ_l d_l) time and O(N²) memory beyond the activations, never
 * O(number of weights). With an input encoding (`mlp.encoding`, fixed) the
 * first layer's H_0 is γ(x).
 */
export const structuredNtk: NtkImplementation = async (mlp, raw1, raw2, ctx: NtkContext) => {
  // A fixed input encoding γ has no parameters: K is the dense layers' kernel on γ(x).
  const x1 = mlp.encodeInputs(raw1);
  const x2 = raw2 === null ? null : mlp.encodeInputs(raw2);
  try {
    return await denseNtk(mlp, x1, x2, ctx);
  } finally {
    if (x1 !== raw1) x1.dispose();
    if (x2 !== null && x2 !== raw2) x2.dispose();
  }
};

async function denseNtk(mlp: Mlp, x1: tf.Tensor2D, x2: tf.Tensor2D | null, ctx: NtkContext): Promise<tf.Tensor2D> {
  const L = mlp.numLayers;
  const O = mlp.sizes[L] as number;
  const full = ctx.outputs === 'full';
  const f1 = layerFeatures(mlp, x1);
  const f2 = x2 === null ? f1 : layerFeatures(mlp, x2);
  const n1 = x1.shape[0] * (full ? O : 1);
  const n2 = (x2 ?? x1).shape[0] * (full ? O : 1);
  let acc: tf.Tensor2D = tf.zeros([n1, n2]);
  try {
    for (let l = 0; l < L; l++) {
      const h1 = l === 0 ? x1 : (f1.inputs[l - 1] as tf.Tensor2D);
      const h2 = l === 0 ? (x2 ?? x1) : (f2.inputs[l - 1] as tf.Tensor2D);
      const term = layerTerm(h1, f1.deltas[l] as tf.Tensor2D, h2, f2.deltas[l] as tf.Tensor2D, O, full);
      const next = tf.add(acc, term) as tf.Tensor2D;
      term.dispose();
      acc.dispose();
      acc = next;
      await ctx.step(l + 1, L);
    }
  } catch (err) {
    acc.dispose();
    throw err;
  } finally {
    tf.dispose([...f1.inputs, ...f1.deltas]);
    if (f2 !== f1) tf.dispose([...f2.inputs, ...f2.deltas]);
  }
  return acc;
}
