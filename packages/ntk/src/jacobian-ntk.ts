import * as tf from '@tensorflow/tfjs-core';
import type { Mlp } from '@mlpinit/core';
import type { NtkContext, NtkImplementation } from './ntk-implementation.js';

/**
 * Per-example Jacobian rows [N, O·P]: row n holds ∇_θ f_o(x_n) for o = 0..O−1,
 * each flattened over θ = (W_0, b_0, W_1, b_1, ...), from tfjs reverse-mode
 * autodiff (`tf.variableGrads`) one example and output at a time.
 */
async function jacobian(mlp: Mlp, x: tf.Tensor2D, ctx: NtkContext, offset: number, total: number): Promise<tf.Tensor2D> {
  const vars = mlp.variables;
  const O = mlp.sizes[mlp.numLayers] as number;
  const rows: tf.Tensor1D[] = [];
  try {
    for (let n = 0; n < x.shape[0]; n++) {
      rows.push(
        tf.tidy(() => {
          const xn = tf.slice(x, [n, 0], [1, -1]);
          const parts: tf.Tensor[] = [];
          for (let o = 0; o < O; o++) {
            const { value, grads } = tf.variableGrads(() => tf.sum(tf.slice(mlp.forward(xn), [0, o], [1, 1])), vars);
            value.dispose();
            for (const v of vars) parts.push(tf.reshape(grads[v.name] as tf.Tensor, [-1]));
          }
          return tf.concat(parts) as tf.Tensor1D;
        }),
      );
      await ctx.step(offset + n + 1, total);
    }
    return tf.tidy(() => tf.stack(rows) as tf.Tensor2D);
  } finally {
    tf.dispose(rows);
  }
}

/**
 * Empirical NTK by explicit Jacobian contraction, K = J(x1) J(x2)ᵀ (Jacot et
 * al. 2018, Eq. 4; neural-tangents' `NtkImplementation.JACOBIAN_CONTRACTION`):
 * the slow, obviously-correct reference, O(N·P) memory for P parameters.
 */
export const jacobianNtk: NtkImplementation = async (mlp, x1, x2, ctx) => {
  const O = mlp.sizes[mlp.numLayers] as number;
  const total = x1.shape[0] + (x2 === null ? 0 : x2.shape[0]);
  const j1 = await jacobian(mlp, x1, ctx, 0, total);
  let j2: tf.Tensor2D;
  try {
    j2 = x2 === null ? j1 : await jacobian(mlp, x2, ctx, x1.shape[0], total);
  } catch (err) {
    j1.dispose();
    throw err;
  }
  const k = tf.tidy(() => {
    const [n1, n2] = [j1.shape[0], j2.shape[0]];
    if (ctx.outputs === 'diagonal') {
      // Per output o: J_o(x1) J_o(x2)ᵀ, as one batched product over o → [O, N1, N2].
      const a = tf.transpose(tf.reshape(j1, [n1, O, -1]), [1, 0, 2]);
      const b = tf.transpose(tf.reshape(j2, [n2, O, -1]), [1, 2, 0]);
      return tf.reshape(tf.matMul(a as tf.Tensor3D, b as tf.Tensor3D), [O * n1, n2]) as tf.Tensor2D;
    }
    const full = ctx.outputs === 'full';
    // 'full': rows (n, o) of length P; 'trace': rows n of length O·P, so the product sums over o.
    const a = full ? tf.reshape(j1, [j1.shape[0] * O, -1]) : j1;
    const b = full ? tf.reshape(j2, [j2.shape[0] * O, -1]) : j2;
    return tf.matMul(a, tf.transpose(b)) as tf.Tensor2D;
  });
  j1.dispose();
  if (j2 !== j1) j2.dispose();
  return k;
};
