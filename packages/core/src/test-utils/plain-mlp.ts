// Plain-JS float64 reference implementations used by the tests.
import { getActivation } from '../activation.js';
import type { MlpWeights } from '../mlp.js';

/** γ(v) = [cos 2πBv, sin 2πBv] in float64 with plain loops (Tancik et al. 2020, Eq. 2). */
export function plainEncode(matrix: number[][], x: number[][]): number[][] {
  return x.map((row) => {
    const phases = matrix.map((b) => 2 * Math.PI * b.reduce((s, bj, j) => s + bj * (row[j] as number), 0));
    return [...phases.map(Math.cos), ...phases.map(Math.sin)];
  });
}

/** Forward pass of an MLP in float64 with plain loops (its input encoding first, if any). */
export function plainForward(w: MlpWeights, x: number[][]): number[][] {
  const f = getActivation(w.activation).scalar;
  let h = w.encoding ? plainEncode(w.encoding.matrix, x) : x;
  w.weights.forEach((W, l) => {
    const b = w.biases[l] as number[];
    const out = h.map((row) =>
      b.map((bj, j) => {
        let s = bj;
        for (let i = 0; i < row.length; i++) s += (row[i] as number) * ((W[i] as number[])[j] as number);
        return l < w.weights.length - 1 ? f(s) : s;
      }),
    );
    h = out;
  });
  return h;
}

/** ∂f/∂x_k at every point by central differences of the plain forward pass (float64, step h). */
export function plainInputDerivative(w: MlpWeights, xs: number[][], k: number, h = 1e-6): number[][] {
  const shift = (d: number) => xs.map((r) => r.map((v, j) => (j === k ? v + d : v)));
  const p = plainForward(w, shift(h));
  const m = plainForward(w, shift(-h));
  return p.map((row, i) => row.map((v, j) => (v - ((m[i] as number[])[j] as number)) / (2 * h)));
}

/** Mean squared error of the plain forward pass. */
export function plainMse(w: MlpWeights, x: number[][], y: number[][]): number {
  const p = plainForward(w, x);
  let s = 0;
  let n = 0;
  p.forEach((row, i) => {
    row.forEach((v, j) => {
      s += (v - ((y[i] as number[])[j] as number)) ** 2;
      n += 1;
    });
  });
  return s / n;
}

/** Central finite-difference gradient of `loss` with respect to every parameter (float64). */
export function finiteDifferenceGrads(w: MlpWeights, loss: (w: MlpWeights) => number, h = 1e-6): { dW: number[][][]; db: number[][] } {
  const copy = (): MlpWeights => structuredClone(w);
  const dW = w.weights.map((W, l) =>
    W.map((row, i) =>
      row.map((_, j) => {
        const p = copy();
        const m = copy();
        const pr = (p.weights[l] as number[][])[i] as number[];
        const mr = (m.weights[l] as number[][])[i] as number[];
        pr[j] = (pr[j] as number) + h;
        mr[j] = (mr[j] as number) - h;
        return (loss(p) - loss(m)) / (2 * h);
      }),
    ),
  );
  const db = w.biases.map((b, l) =>
    b.map((_, j) => {
      const p = copy();
      const m = copy();
      const pb = p.biases[l] as number[];
      const mb = m.biases[l] as number[];
      pb[j] = (pb[j] as number) + h;
      mb[j] = (mb[j] as number) - h;
      return (loss(p) - loss(m)) / (2 * h);
    }),
  );
  return { dW, db };
}

/**
 * The input-gradient penalty mean_{n,k,o} (∂f_o/∂x_k(x_n))² in float64, each
 * ∂f/∂x_k by central differences of the plain forward pass (step h).
 */
export function plainGradientPenalty(w: MlpWeights, xs: number[][], h = 1e-5): number {
  const dIn = (xs[0] as number[]).length;
  let s = 0;
  let count = 0;
  for (let k = 0; k < dIn; k++) {
    const a = plainForward(w, xs.map((r) => r.map((v, j) => (j === k ? v + h : v))));
    const b = plainForward(w, xs.map((r) => r.map((v, j) => (j === k ? v - h : v))));
    a.forEach((row, i) => {
      row.forEach((v, j) => {
        s += ((v - ((b[i] as number[])[j] as number)) / (2 * h)) ** 2;
        count += 1;
      });
    });
  }
  return s / count;
}

/** Max |a − b| / (max |b| + floor) over nested arrays. */
export function relErr(a: unknown, b: unknown, floor = 1e-3): number {
  const fa = (a as number[]).flat(3) as number[];
  const fb = (b as number[]).flat(3) as number[];
  if (fa.length !== fb.length) throw new Error(`length ${fa.length} vs ${fb.length}`);
  let scale = floor;
  for (const v of fb) scale = Math.max(scale, Math.abs(v));
  let e = 0;
  fa.forEach((v, i) => {
    e = Math.max(e, Math.abs(v - (fb[i] as number)));
  });
  return e / scale;
}
