// Plain-JS float64 references used by the tests (independent of tfjs).
import { type MlpWeights, Rng, getActivation } from '@mlpinit/core';

/** Forward pass of an MLP in float64 with plain loops: rows of outputs. */
export function plainForward(w: MlpWeights, x: number[][]): number[][] {
  const f = getActivation(w.activation).scalar;
  let h = x;
  w.weights.forEach((W, l) => {
    const b = w.biases[l] as number[];
    h = h.map((row) =>
      b.map((bj, j) => {
        let s = bj;
        for (let i = 0; i < row.length; i++) s += (row[i] as number) * ((W[i] as number[])[j] as number);
        return l < w.weights.length - 1 ? f(s) : s;
      }),
    );
  });
  return h;
}

/**
 * Jacobian of every output at every point with respect to every parameter by
 * central finite differences in float64: `jac[n][o]` is a vector over
 * (W_0, b_0, W_1, b_1, ...) in row-major order.
 */
export function finiteDifferenceJacobian(w: MlpWeights, x: number[][], h = 1e-5): number[][][] {
  const params: { get: () => number; set: (v: number) => void }[] = [];
  const copy = structuredClone(w);
  copy.weights.forEach((W, l) => {
    for (const row of W) for (let j = 0; j < row.length; j++) params.push({ get: () => row[j] as number, set: (v) => { row[j] = v; } });
    const b = copy.biases[l] as number[];
    for (let j = 0; j < b.length; j++) params.push({ get: () => b[j] as number, set: (v) => { b[j] = v; } });
  });
  const jac = x.map(() => (w.biases.at(-1) as number[]).map(() => new Array<number>(params.length).fill(0)));
  params.forEach((p, k) => {
    const v = p.get();
    p.set(v + h);
    const plus = plainForward(copy, x);
    p.set(v - h);
    const minus = plainForward(copy, x);
    p.set(v);
    plus.forEach((row, n) => {
      row.forEach((fp, o) => {
        ((jac[n] as number[][])[o] as number[])[k] = (fp - ((minus[n] as number[])[o] as number)) / (2 * h);
      });
    });
  });
  return jac;
}

/** Kernel from two Jacobians: 'trace' sums over outputs, 'full' keeps rows n·O + o. */
export function contractJacobians(j1: number[][][], j2: number[][][], full: boolean): number[][] {
  const dot = (a: number[], b: number[]): number => a.reduce((s, v, i) => s + v * (b[i] as number), 0);
  if (!full) return j1.map((a) => j2.map((b) => a.reduce((s, ao, o) => s + dot(ao, b[o] as number[]), 0)));
  const r1 = j1.flat();
  const r2 = j2.flat();
  return r1.map((a) => r2.map((b) => dot(a, b)));
}

/** Seeded random MLP weights (N(0, 1/d_in) weights, N(0, 0.1²) biases) as plain arrays. */
export function randomWeights(sizes: number[], activation: string, seed: number, biasStd = 0.1): MlpWeights {
  const rng = new Rng(seed);
  const weights: number[][][] = [];
  const biases: number[][] = [];
  for (let l = 0; l < sizes.length - 1; l++) {
    const din = sizes[l] as number;
    const dout = sizes[l + 1] as number;
    const W: number[][] = [];
    for (let i = 0; i < din; i++) W.push(Array.from(rng.normalArray(dout, 1 / Math.sqrt(din))));
    weights.push(W);
    biases.push(Array.from(rng.normalArray(dout, biasStd)));
  }
  return { activation, weights, biases };
}

/** Seeded points uniform in [−1, 1]^d. */
export function randomPoints(n: number, d: number, seed: number): number[][] {
  const rng = new Rng(seed);
  return Array.from({ length: n }, () => Array.from(rng.uniformArray(d, -1, 1)));
}

/** Relative Frobenius error ‖a − b‖_F / ‖b‖_F. */
export function relFrobenius(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`length ${a.length} vs ${b.length}`);
  let num = 0;
  let den = 0;
  for (let i = 0; i < a.length; i++) {
    num += ((a[i] as number) - (b[i] as number)) ** 2;
    den += (b[i] as number) ** 2;
  }
  return Math.sqrt(num / den);
}
