// Plain float64 JavaScript versions of the GO computations: the independent
// second computation the tensor code is tested against.
import { COSINE_NORM_EPSILON, ORTHOGONALITY_LOG_EPSILON } from '../orthogonality.js';

/** Row-major [rows][cols] matrix. */
export type Rows = number[][];

/** cos θ_ij between columns i, j by explicit dot products (double loop). */
export function plainCosines(f: Rows): Rows {
  const n = f.length;
  const d = f[0]?.length ?? 0;
  const dot = (i: number, j: number): number => {
    let s = 0;
    for (let r = 0; r < n; r++) s += (f[r]?.[i] as number) * (f[r]?.[j] as number);
    return s;
  };
  const sq = Array.from({ length: d }, (_, i) => dot(i, i) + COSINE_NORM_EPSILON);
  return Array.from({ length: d }, (_, i) =>
    Array.from({ length: d }, (_, j) => dot(i, j) / Math.sqrt((sq[i] as number) * (sq[j] as number))),
  );
}

/** −Σ_{i≠j} log(1 − cos²θ_ij + ε)/(d(d−1)), cos² clipped to [0, 1]. */
export function plainOrthogonalityLoss(f: Rows): number {
  const cos = plainCosines(f);
  const d = cos.length;
  let s = 0;
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < d; j++) {
      if (i === j) continue;
      const c2 = Math.min(1, (cos[i]?.[j] as number) ** 2);
      s -= Math.log(1 - c2 + ORTHOGONALITY_LOG_EPSILON);
    }
  }
  return s / (d * (d - 1));
}

/** Mean cos² over i ≠ j. */
export function plainMeanCos2(f: Rows): number {
  const cos = plainCosines(f);
  const d = cos.length;
  let s = 0;
  for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) if (i !== j) s += Math.min(1, (cos[i]?.[j] as number) ** 2);
  return s / (d * (d - 1));
}

/** h_l = f(c_l·(h_{l−1}·W̃_l) + b_l) with W̃_l row-major [d_in·d_out]. */
export function plainFeatures(
  x: Rows,
  base: Float32Array[],
  sizes: number[],
  c: number[],
  b: number[],
  f: (z: number) => number,
): Rows {
  let h = x;
  base.forEach((w, l) => {
    const dIn = sizes[l] as number;
    const dOut = sizes[l + 1] as number;
    h = h.map((row) => {
      const out: number[] = new Array(dOut).fill(0);
      for (let j = 0; j < dOut; j++) {
        let s = 0;
        for (let i = 0; i < dIn; i++) s += (row[i] as number) * (w[i * dOut + j] as number);
        out[j] = f((c[l] as number) * s + (b[l] as number));
      }
      return out;
    });
  });
  return h;
}

/** The GO objective L(c, b) in float64. */
export function plainObjective(
  x: Rows,
  base: Float32Array[],
  sizes: number[],
  c: number[],
  b: number[],
  lambda: number,
  f: (z: number) => number = Math.tanh,
): number {
  const feats = plainFeatures(x, base, sizes, c, b, f);
  return plainOrthogonalityLoss(feats) + lambda * c.reduce((s, v) => s + v * v, 0);
}

/** Random [rows][cols] matrix from a seeded normal source. */
export function randomRows(rows: number, cols: number, normal: () => number): Rows {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, normal));
}
