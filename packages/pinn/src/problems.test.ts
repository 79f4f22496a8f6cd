import { PointDerivatives, Rng } from '@mlpinit/core';
import { describeBackends } from '@mlpinit/core/testing';
import * as tf from '@tensorflow/tfjs-core';
import { expect, it } from 'vitest';
import { uniformMoments } from './box.js';
import { helmholtz2d } from './helmholtz-2d.js';
import { PhysicalDerivatives } from './physical-derivatives.js';
import { multiscalePoisson1d, poisson1d, smoothPoisson1d } from './poisson-1d.js';
import type { PinnProblem } from './problem.js';

/**
 * Every term's residual at the exact solution, with u and its derivatives
 * taken by float64 central differences of `problem.exact` (an independent
 * computation of the PDE's forcing), in the network's standardised
 * coordinates as solve() presents them: ≈ 0.
 */
async function residualsAtExact(problem: PinnProblem): Promise<number[]> {
  const { mean, std } = uniformMoments(problem.domain);
  const K = problem.dim;
  const exact = problem.exact as NonNullable<PinnProblem['exact']>;
  const out: number[] = [];
  for (const term of problem.terms) {
    const x = term.sample(new Rng(5), 16);
    const n = x.length;
    const h = 1e-4;
    const rows: number[][] = [exact(x).map((v) => v)];
    const shifted = (k: number, d: number) => exact(x.map((p) => p.map((v, j) => (j === k ? v + d : v))));
    for (let k = 0; k < K; k++) {
      const [p, m] = [shifted(k, h), shifted(k, -h)];
      // Derivatives in the standardised coordinate x̃ = (x − m)/s: ∂/∂x̃ = s·∂/∂x.
      rows.push(p.map((v, i) => ((v - (m[i] as number)) / (2 * h)) * (std[k] as number)));
    }
    for (let k = 0; k < K; k++) {
      const [p, m] = [shifted(k, h), shifted(k, -h)];
      const c = rows[0] as number[];
      rows.push(p.map((v, i) => ((v - 2 * (c[i] as number) + (m[i] as number)) / (h * h)) * (std[k] as number) ** 2));
    }
    const value = tf.tidy(() => {
      const xt = tf.tensor2d(x.map((p) => p.map((v, k) => (v - (mean[k] as number)) / (std[k] as number))));
      const stacked = tf.tensor2d(rows.flat(), [(1 + 2 * K) * n, 1]);
      const r = term.residual(new PhysicalDerivatives(new PointDerivatives(xt, stacked, 2), mean, std));
      return tf.max(tf.abs(r));
    });
    out.push((await value.data())[0] as number);
    value.dispose();
  }
  return out;
}

describeBackends('problems', () => {
  for (const problem of [smoothPoisson1d(), multiscalePoisson1d(), helmholtz2d(), helmholtz2d({ a1: 2, a2: 3, k: 4 }), poisson1d({ modes: [{ amplitude: 0.5, wavenumber: 3 }] })]) {
    it(`the exact solution zeroes every residual (${problem.name})`, async () => {
      const scale = problem.name.includes('multiscale') ? 0.1 * (50 * Math.PI) ** 2 : problem.dim === 2 ? 300 : 100;
      for (const r of await residualsAtExact(problem)) expect(r / scale).toBeLessThan(2e-4);
    });
  }
  it('rejects modes that do not vanish at the ends', () => {
    expect(() => poisson1d({ modes: [{ amplitude: 1, wavenumber: 1.5 }] })).toThrow(/opts.modes\[0\].wavenumber/);
  });
});
