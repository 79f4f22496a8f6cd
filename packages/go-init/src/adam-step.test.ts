import * as tf from '@tensorflow/tfjs-core';
import { Adam } from '@mlpinit/core';
import { describeBackends } from '@mlpinit/core/testing';
import { describe, expect, it } from 'vitest';
import { GO_ADAM, goAdamStep } from './adam-step.js';

/**
 * A known non-separable objective on 6 scalars (the 2L of a 3-hidden-layer
 * GO): a Rosenbrock valley in (p₀, p₁), anisotropic quadratics pulling
 * p₂…p₅ to `target`, and a coupling term 0.5·p₂·p₃. Returns the gradient.
 */
const target = [0, 0, 1.5, -0.5, 0.25, 2];
function objective(p: ArrayLike<number>): number {
  const [a, b, c, d] = [p[0], p[1], p[2], p[3]] as [number, number, number, number];
  let f = (1 - a) ** 2 + 100 * (b - a * a) ** 2 + 0.5 * c * d;
  for (let i = 2; i < 6; i++) f += (i - 1) * ((p[i] as number) - (target[i] as number)) ** 2;
  return f;
}
function gradient(p: ArrayLike<number>): number[] {
  const [a, b, c, d] = [p[0], p[1], p[2], p[3]] as [number, number, number, number];
  const g = [-2 * (1 - a) - 400 * a * (b - a * a), 200 * (b - a * a)];
  for (let i = 2; i < 6; i++) g.push(2 * (i - 1) * ((p[i] as number) - (target[i] as number)));
  g[2] = (g[2] as number) + 0.5 * d;
  g[3] = (g[3] as number) + 0.5 * c;
  return g;
}
const start = [-1.2, 1, 0.3, 0.8, -0.6, 0.1];

/**
 * Kingma & Ba (2015), Algorithm 1, written out: biased moments, their bias
 * corrections m̂ and v̂, and θ ← θ − α·m̂/(√v̂ + ε). Float64 throughout.
 */
function referenceAdam(theta0: number[], grad: (p: number[]) => number[], steps: number, alpha: number): number[][] {
  const { beta1, beta2, eps } = { beta1: 0.9, beta2: 0.999, eps: 1e-8 };
  const theta = [...theta0];
  const m = theta.map(() => 0);
  const v = theta.map(() => 0);
  const path: number[][] = [];
  for (let t = 1; t <= steps; t++) {
    const g = grad(theta);
    for (let i = 0; i < theta.length; i++) {
      const gi = g[i] as number;
      m[i] = beta1 * (m[i] as number) + (1 - beta1) * gi;
      v[i] = beta2 * (v[i] as number) + (1 - beta2) * gi * gi;
      const mHat = (m[i] as number) / (1 - beta1 ** t);
      const vHat = (v[i] as number) / (1 - beta2 ** t);
      theta[i] = (theta[i] as number) - (alpha * mHat) / (Math.sqrt(vHat) + eps);
    }
    path.push([...theta]);
  }
  return path;
}

/** goInit's optimizer loop: GO's step on the same objective, every iterate. */
function goPath(theta0: number[], grad: (p: Float64Array) => ArrayLike<number>, steps: number, lr: number): number[][] {
  const params = Float64Array.from(theta0);
  const m = new Float64Array(params.length);
  const v = new Float64Array(params.length);
  const path: number[][] = [];
  for (let t = 1; t <= steps; t++) {
    goAdamStep(params, m, v, grad(params), t, lr);
    path.push(Array.from(params));
  }
  return path;
}

const maxDiff = (a: number[][], b: number[][]): number => {
  let e = 0;
  a.forEach((row, s) => {
    row.forEach((x, i) => {
      e = Math.max(e, Math.abs(x - ((b[s] as number[])[i] as number)));
    });
  });
  return e;
};

describe('goAdamStep (GO’s float64 Adam on its 2L scalars)', () => {
  it('uses the hyper-parameters of Kingma & Ba and core', async () => {
    expect(GO_ADAM).toEqual({ beta1: 0.9, beta2: 0.999, eps: 1e-8 });
  });

  for (const [lr, steps] of [
    [5e-3, 500],
    [2e-2, 2000],
  ] as const) {
    it(`follows a hand-written Algorithm 1 step for step to 1e-12 (lr ${lr}, ${steps} steps)`, async () => {
      const ref = referenceAdam(start, gradient, steps, lr);
      const go = goPath(start, (p) => gradient(p), steps, lr);
      expect(maxDiff(go, ref)).toBeLessThan(1e-12);
      // And it descends the known objective.
      expect(objective(go[steps - 1] as number[])).toBeLessThan(objective(start) / 4);
    });
  }

  it('reads float32 gradients through an offset view, as goInit passes them', async () => {
    // goInit reads [loss, g₀, …, g₂L₋₁] back from a float32 tensor and hands over values.subarray(1).
    const ref = referenceAdam(start, (p) => gradient(p).map(Math.fround), 300, 2e-2);
    const go = goPath(start, (p) => Float32Array.from([7, ...gradient(p)]).subarray(1), 300, 2e-2);
    expect(maxDiff(go, ref)).toBeLessThan(1e-12);
  });

  it('takes the bias-corrected first step: every scalar moves by lr against the sign of its gradient', async () => {
    const params = Float64Array.from(start);
    const g = gradient(params);
    goAdamStep(params, new Float64Array(6), new Float64Array(6), g, 1, 0.01);
    params.forEach((p, i) => {
      const gi = g[i] as number;
      expect(p - (start[i] as number)).toBeCloseTo((-0.01 * gi) / (Math.abs(gi) + 1e-8), 14);
    });
  });
});

describeBackends('goAdamStep against core’s tensor Adam', ({ tol }) => {
  it('gives the same iterates as core’s Adam to float32 precision', async () => {
    const steps = 200;
    const lr = 2e-2;
    const go = goPath(start, (p) => gradient(p), steps, lr);
    const theta = tf.tidy(() => tf.variable(tf.tensor1d(start), true, 'go-adam-ref'));
    const adam = new Adam([theta]);
    const path: number[][] = [];
    for (let t = 1; t <= steps; t++) {
      const g = tf.tensor1d(gradient((await theta.data())));
      adam.step([g], lr);
      g.dispose();
      path.push(Array.from((await theta.data())));
    }
    adam.dispose();
    theta.dispose();
    // float32 parameters and moments: agreement to a few float32 ulps per step, far below one step (lr).
    
    expect(maxDiff(go, path)).toBeLessThan(10 * tol * lr);
  });
});
