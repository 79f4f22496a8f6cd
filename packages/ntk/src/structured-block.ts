import * as tf from '@tensorflow/tfjs-core';
import { transpose2d } from '@mlpinit/core';
import type { NtkOutputs } from './ntk-implementation.js';
import type { Features } from './structured-features.js';

/** Rows [a, b) of points (each `per` tensor rows), without a copy when that is all of them. */
function rows(t: tf.Tensor2D, a: number, b: number, per: number): tf.Tensor2D {
  if (a === 0 && b * per === t.shape[0]) return t;
  return tf.slice(t, [a * per, 0], [(b - a) * per, t.shape[1]]);
}

/**
 * Layer l's term (Δ_l Δ_lᵀ) ⊙ (H_l H_lᵀ + 1) of a block: traced over outputs
 * ([R, C]), every output pair ([R·O, C·O], rows r·O + o) or per output ([O·R, C], rows o·R + r).
 */
function layerTerm(h1: tf.Tensor2D, d1: tf.Tensor2D, h2: tf.Tensor2D, d2: tf.Tensor2D, O: number, outputs: NtkOutputs, same: boolean): tf.Tensor2D {
  const R = h1.shape[0];
  const C = h2.shape[0];
  const gram = tf.add(tf.matMul(h1, transpose2d(h2)), 1);
  if (outputs === 'trace' || O === 1) {
    // Σ_o Δ^o Δ^oᵀ = (rows of Δ regrouped per example) · (same)ᵀ.
    const a = tf.reshape(d1, [R, -1]) as tf.Tensor2D;
    const b = same ? a : (tf.reshape(d2, [C, -1]) as tf.Tensor2D);
    return tf.mul(tf.matMul(a, transpose2d(b)), gram) as tf.Tensor2D;
  }
  if (outputs === 'diagonal') {
    // Per output o: Δ^o_1 Δ^oᵀ_2, one batched product over o → [O, R, C].
    const d = d1.shape[1];
    const a = tf.transpose(tf.reshape(d1, [R, O, d]), [1, 0, 2]) as tf.Tensor3D;
    const b = tf.transpose(tf.reshape(d2, [C, O, d]), [1, 2, 0]) as tf.Tensor3D;
    return tf.reshape(tf.mul(tf.matMul(a, b), tf.reshape(gram, [1, R, C])), [O * R, C]);
  }
  const dd = tf.reshape(tf.matMul(d1, transpose2d(d2)), [R, O, C, O]);
  return tf.reshape(tf.mul(dd, tf.reshape(gram, [R, 1, C, 1])), [R * O, C * O]);
}

/**
 * The structured NTK of points [r0, r1) of `f1` against points [c0, c1) of `f2`:
 * K = Σ_l (Δ_l Δ_lᵀ) ⊙ (H_l H_lᵀ + 1), in the layout of `outputs` for this block
 * (`'trace'` [R, C], `'full'` [R·O, C·O], `'diagonal'` [O·R, C]). Runs in the main
 * thread and in pool workers alike; `onLayer` is awaited after each layer.
 */
export async function kernelBlock(
  f1: Features,
  [r0, r1]: readonly [number, number],
  f2: Features,
  [c0, c1]: readonly [number, number],
  O: number,
  outputs: NtkOutputs,
  onLayer?: (done: number, total: number) => Promise<void>,
): Promise<tf.Tensor2D> {
  const L = f1.d.length;
  const same = f1 === f2 && r0 === c0 && r1 === c1;
  let acc: tf.Tensor2D | null = null;
  try {
    for (let l = 0; l < L; l++) {
      const term = tf.tidy(() => {
        const h1 = rows(f1.h[l] as tf.Tensor2D, r0, r1, 1);
        const d1 = rows(f1.d[l] as tf.Tensor2D, r0, r1, O);
        const h2 = same ? h1 : rows(f2.h[l] as tf.Tensor2D, c0, c1, 1);
        const d2 = same ? d1 : rows(f2.d[l] as tf.Tensor2D, c0, c1, O);
        return layerTerm(h1, d1, h2, d2, O, outputs, same);
      });
      if (acc === null) acc = term;
      else {
        const next: tf.Tensor2D = tf.add(acc, term);
        tf.dispose([acc, term]);
        acc = next;
      }
      await onLayer?.(l + 1, L);
    }
  } catch (err) {
    acc?.dispose();
    throw err;
  }
  return acc as tf.Tensor2D;
}
