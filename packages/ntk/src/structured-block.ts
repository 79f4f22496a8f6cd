import * as tf from '@tensorflow/tfjs-core';
import type { BlockFeatures } from './structured-features.js';

/** Rows [a, b) of points (each `per` tensor rows), without a copy when that is all of them. */
function rows(t: tf.Tensor2D, a: number, b: number, per: number): tf.Tensor2D {
  if (a === 0 && b * per === t.shape[0]) return t;
  return tf.slice(t, [a * per, 0], [(b - a) * per, t.shape[1]]);
}

/** Columns [a, b) of points of a transposed feature. */
function cols(t: tf.Tensor2D, a: number, b: number, per: number): tf.Tensor2D {
  if (a === 0 && b * per === t.shape[1]) return t;
  return tf.slice(t, [0, a * per], [t.shape[0], (b - a) * per]);
}

/**
 * The structured NTK of points [r0, r1) of `f1` against points [c0, c1) of `f2`:
 * K = Σ_l (Δ_l Δ_lᵀ) ⊙ (H̃_l H̃_lᵀ), in the layout of `outputs` for this block
 * (`'trace'` [R, C], `'full'` [R·O, C·O] with rows r·O + o, `'diagonal'` [O·R, C]
 * with rows o·R + r). Runs in the main thread and in pool workers alike;
 * `onLayer` is awaited after each layer.
 */
export async function kernelBlock(
  f1: BlockFeatures,
  [r0, r1]: readonly [number, number],
  f2: BlockFeatures,
  [c0, c1]: readonly [number, number],
  onLayer?: (done: number, total: number) => Promise<void>,
): Promise<tf.Tensor2D> {
  const { O, outputs } = f1;
  const L = f1.h.length;
  const R = r1 - r0;
  const C = c1 - c0;
  const p = outputs === 'full' ? O : 1;
  let acc: tf.Tensor2D | null = null;
  try {
    for (let l = 0; l < L; l++) {
      const term = tf.tidy(() => {
        const gram = tf.matMul(rows(f1.h[l] as tf.Tensor2D, r0, r1, 1), cols(f2.hT[l] as tf.Tensor2D, c0, c1, 1));
        const dd = (f1.d[l] as tf.Tensor2D[]).map((d, q) =>
          tf.matMul(rows(d, r0, r1, p), cols((f2.dT[l] as tf.Tensor2D[])[q] as tf.Tensor2D, c0, c1, p)),
        );
        if (outputs === 'full' && O > 1) {
          const prod = tf.mul(tf.reshape(dd[0] as tf.Tensor2D, [R, O, C, O]), tf.reshape(gram, [R, 1, C, 1]));
          return tf.reshape(prod, [R * O, C * O]) as tf.Tensor2D;
        }
        const parts = dd.map((t) => tf.mul(t, gram) as tf.Tensor2D);
        return parts.length === 1 ? (parts[0] as tf.Tensor2D) : (tf.concat(parts, 0) as tf.Tensor2D);
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
