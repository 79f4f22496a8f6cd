import { assertFinite } from '@mlpinit/core';
import * as tf from '@tensorflow/tfjs-core';
import { boxGrid, uniformInBox, uniformOnFaces } from './box.js';
import type { PinnProblem } from './problem.js';

/** Options of {@link helmholtz2d}: u = sin(a₁πx)·sin(a₂πy), Δu + k²u = q. */
export interface Helmholtz2dOptions {
  a1?: number;
  a2?: number;
  k?: number;
}

/**
 * The 2-D Helmholtz problem of Wang, Teng & Perdikaris (2021, "Understanding
 * and mitigating gradient pathologies in physics-informed neural networks",
 * SIAM J. Sci. Comput. 43(5), §2.2 and §3.1): Δu + k²u = q on [−1, 1]² with
 * exact solution u = sin(a₁πx)·sin(a₂πy) (zero on the boundary for integer
 * a₁, a₂; the boundary term uses the exact u, so any a works), so
 * q = (k² − (a₁π)² − (a₂π)²)·u; a₁ = 1, a₂ = 4, k = 1 by default. Defaults
 * follow their code (github.com/PredictiveIntelligenceLab/GradientPathologiesPINNs,
 * Helmholtz): a [2, 50, 50, 50, 1] tanh network, 128 fresh collocation points
 * and 128 per edge each step, the boundary loss the sum of the four edges'
 * mean errors, Adam at 1e-3 decayed ×0.9 per 1000 steps, 40,000 steps,
 * relative L2 error on a 100 × 100 grid. Their Table 3 reports, over 10 runs,
 * 1.94e-1 ± 3.91e-2 for the plain PINN and 1.44e-2 ± 6.37e-3 with
 * learning-rate annealing.
 */
export function helmholtz2d(opts: Helmholtz2dOptions = {}): PinnProblem {
  const { a1 = 1, a2 = 4, k = 1 } = opts;
  assertFinite(a1, 'opts.a1');
  assertFinite(a2, 'opts.a2');
  assertFinite(k, 'opts.k');
  const domain = { lower: [-1, -1], upper: [1, 1] };
  const u = (x: number, y: number): number => Math.sin(a1 * Math.PI * x) * Math.sin(a2 * Math.PI * y);
  const qFactor = k * k - (a1 * Math.PI) ** 2 - (a2 * Math.PI) ** 2;
  return {
    name: `helmholtz-2d a1=${a1} a2=${a2} k=${k}`,
    dim: 2,
    domain,
    terms: [
      {
        name: 'residual',
        order: 2,
        weight: 1,
        sample: (rng, batch) => uniformInBox(domain, batch, rng),
        residual: (d) =>
          tf.tidy(() => {
            const q = tf.mul(tf.mul(tf.sin(tf.mul(d.coord(0), a1 * Math.PI)), tf.sin(tf.mul(d.coord(1), a2 * Math.PI))), qFactor);
            return tf.sub(tf.add(d.laplacian(), tf.mul(d.u(), k * k)), q);
          }),
      },
      {
        name: 'boundary',
        order: 0,
        // The code sums one mean per edge: four equal-count edges make this 4 × the mean over all of them.
        weight: 4,
        sample: (rng, batch) => uniformOnFaces(domain, batch, rng),
        residual: (d) =>
          tf.tidy(() => tf.sub(d.u(), tf.mul(tf.sin(tf.mul(d.coord(0), a1 * Math.PI)), tf.sin(tf.mul(d.coord(1), a2 * Math.PI))))),
      },
    ],
    exact: (x) => x.map((p) => u(p[0] as number, p[1] as number)),
    grid: () => boxGrid(domain, 100),
    defaults: {
      sizes: [2, 50, 50, 50, 1],
      steps: 40_000,
      lr: 1e-3,
      lrDecay: { rate: 0.9, every: 1000 },
      batch: { residual: 128, boundary: 128 },
    },
    source:
      'Wang, Teng & Perdikaris 2021, "Understanding and mitigating gradient pathologies in physics-informed neural networks", SIAM J. Sci. Comput. 43(5) (arXiv 2001.04536), Table 3; settings from their code, github.com/PredictiveIntelligenceLab/GradientPathologiesPINNs (Helmholtz)',
  };
}
