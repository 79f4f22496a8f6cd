import * as tf from '@tensorflow/tfjs-core';
import { Rng, createMlp, trainResidual } from '@mlpinit/core';
import type { PerfRun } from './perf-run.js';

/** A PINN-step workload: the 2-D Helmholtz loss (a₁ = 1, a₂ = 4, k = 1) at N fixed collocation and N fixed boundary points. */
export interface PinnWorkload {
  name: string;
  sizes: number[];
  n: number;
  steps: { explicit: number; autodiff: number; torch: number };
}

/** The PINN workloads, timed here and by the PyTorch peer (`torch_perf.py pinn`). */
export function pinnWorkloads(scale: number): PinnWorkload[] {
  const s = (k: number): number => Math.max(1, Math.round(k * scale));
  return [
    { name: 'PINN step, Helmholtz 2→50×3→1 (Wang, Teng & Perdikaris), N=1024', sizes: [2, 50, 50, 50, 1], n: 1024, steps: { explicit: s(60), autodiff: s(20), torch: s(40) } },
    { name: 'PINN step, Helmholtz 2→128×4→1, N=1024', sizes: [2, 128, 128, 128, 128, 1], n: 1024, steps: { explicit: s(20), autodiff: s(6), torch: s(20) } },
  ];
}

/**
 * Times one PINN training step (input derivatives to second order, the
 * residual Δu + k²u − q and a boundary MSE, parameter gradients, Adam) with
 * core's `trainResidual` on the explicit path and on the autodiff path (the
 * reference: tfjs's tape through the same Taylor pass), on the active backend,
 * in one thread. The PyTorch peer times the same loss by double backward.
 */
export async function timePinn(workloads: PinnWorkload[], backend: string, runs: PerfRun[], signal: AbortSignal, tick: () => void): Promise<void> {
  const [a1, a2, k] = [Math.PI, 4 * Math.PI, 1];
  for (const w of workloads) {
    const rng = new Rng(3);
    const xs = tf.tensor2d(rng.uniformArray(2 * w.n, -1, 1), [w.n, 2]);
    const side = rng.uniformArray(w.n, -1, 1);
    const bs = tf.tensor2d(
      Array.from({ length: w.n }, (_, i) => {
        const t = side[i] as number;
        return [[-1, t], [1, t], [t, -1], [t, 1]][i % 4] as number[];
      }),
    );
    const q = tf.tidy(() => {
      const [x, y] = tf.split(xs, 2, 1) as [tf.Tensor, tf.Tensor];
      return tf.reshape(tf.mul(tf.mul(tf.sin(tf.mul(x, a1)), tf.sin(tf.mul(y, a2))), k * k - a1 * a1 - a2 * a2), [w.n]);
    });
    try {
      for (const [variant, gradients, steps] of [
        ['mlpinit', 'explicit', w.steps.explicit],
        ['autodiff', 'autodiff', w.steps.autodiff],
      ] as const) {
        signal.throwIfAborted();
        const mlp = createMlp({ sizes: w.sizes, init: 'fan-in-normal', seed: 0 });
        const terms = [
          { name: 'residual', points: xs, order: 2 as const, residual: (d: import('@mlpinit/core').PointDerivatives) => tf.sub(tf.add(d.laplacian(), tf.mul(d.u(), k * k)), q) },
          { name: 'boundary', points: bs, order: 0 as const, residual: (d: import('@mlpinit/core').PointDerivatives) => d.u() },
        ];
        try {
          await trainResidual(mlp, terms, { steps: 3, gradients, signal });
          const t0 = performance.now();
          const res = await trainResidual(mlp, terms, { steps, gradients, signal, progressEvery: steps });
          runs.push({ workload: w.name, variant, backend, ms: (performance.now() - t0) / steps, steps, note: `${res.gradients} gradients through the Taylor pass, one process (no data-parallel workers)` });
        } finally {
          mlp.dispose();
        }
        tick();
      }
    } finally {
      tf.dispose([xs, bs, q]);
    }
  }
}
