import { MlpinitError, assertFinite, assertPositive } from '@mlpinit/core';
import * as tf from '@tensorflow/tfjs-core';
import { boxGrid, uniformInBox } from './box.js';
import type { PinnProblem } from './problem.js';

/** One sine mode a·sin(kπx) of a 1-D Poisson solution. */
export interface SineMode {
  amplitude: number;
  /** k in sin(kπx). */
  wavenumber: number;
}

/** Options of {@link poisson1d}. */
export interface Poisson1dOptions {
  /** u(x) = Σ a_j sin(k_j π x) on [0, 1] (default: the multi-scale solution of {@link multiscalePoisson1d}). */
  modes?: SineMode[];
  /** A name for reports. */
  name?: string;
}

const sum = (modes: readonly SineMode[], x: number, f: (m: SineMode, x: number) => number): number => modes.reduce((s, m) => s + f(m, x), 0);

/**
 * The 1-D Poisson problem u'' = f on [0, 1] with u(0) = u(1) = 0 and exact
 * solution u = Σ_j a_j sin(k_j π x) (so f = −Σ_j a_j (k_j π)² sin(k_j π x)).
 * The residual loss is mean((u'' − f)²) over fresh uniform points each step;
 * the boundary loss sums the two end-point errors, as in Wang, Wang &
 * Perdikaris's code (github.com/PredictiveIntelligenceLab/MultiscalePINNs,
 * Poisson1D). Defaults are their settings: 128 points a step, Adam at 1e-3
 * decayed ×0.9 per 1000 steps, 40,000 steps, relative L2 error on 10,000
 * equispaced points, a [1, 100, 100, 1] tanh network (their code also draws
 * the biases from N(0, 1); `createMlp` starts them at zero).
 */
export function poisson1d(opts: Poisson1dOptions = {}): PinnProblem {
  const modes = opts.modes ?? [
    { amplitude: 1, wavenumber: 2 },
    { amplitude: 0.1, wavenumber: 50 },
  ];
  if (!Array.isArray(modes) || modes.length === 0) throw new MlpinitError('INVALID_ARGUMENT', 'expected a non-empty array of {amplitude, wavenumber}', 'opts.modes');
  modes.forEach((m, j) => {
    assertFinite(m?.amplitude, `opts.modes[${j}].amplitude`);
    assertPositive(m?.wavenumber, `opts.modes[${j}].wavenumber`);
    if (!Number.isInteger(m.wavenumber)) {
      throw new MlpinitError('INVALID_ARGUMENT', `expected an integer wavenumber (so that u(0) = u(1) = 0), got ${m.wavenumber}`, `opts.modes[${j}].wavenumber`);
    }
  });
  const u = (x: number): number => sum(modes, x, (m, v) => m.amplitude * Math.sin(m.wavenumber * Math.PI * v));
  const domain = { lower: [0], upper: [1] };
  return {
    name: opts.name ?? `poisson-1d ${modes.map((m) => `${m.amplitude}·sin(${m.wavenumber}πx)`).join(' + ')}`,
    dim: 1,
    domain,
    terms: [
      {
        name: 'residual',
        order: 2,
        weight: 1,
        sample: (rng, batch) => uniformInBox(domain, batch, rng),
        residual: (d) =>
          tf.tidy(() => {
            const x = d.coord(0);
            // f = −Σ a (kπ)² sin(kπx)
            let f: tf.Tensor = tf.zerosLike(x);
            for (const m of modes) f = tf.sub(f, tf.mul(tf.sin(tf.mul(x, m.wavenumber * Math.PI)), m.amplitude * (m.wavenumber * Math.PI) ** 2));
            return tf.sub(d.d2u(0), f);
          }),
      },
      {
        name: 'boundary',
        order: 0,
        // The code sums the mean errors at x = 0 and x = 1.
        weight: 2,
        sample: () => [[0], [1]],
        residual: (d) => d.u(),
      },
    ],
    exact: (x) => x.map((p) => u(p[0] as number)),
    grid: () => boxGrid(domain, 10_000),
    defaults: {
      sizes: [1, 100, 100, 1],
      steps: 40_000,
      lr: 1e-3,
      lrDecay: { rate: 0.9, every: 1000 },
      batch: { residual: 128, boundary: 1 },
    },
    source:
      'Wang, Wang & Perdikaris 2021, "On the eigenvector bias of Fourier feature networks: from regression to solving multi-scale PDEs with physics-informed neural networks", CMAME 384 (arXiv 2012.10047); settings from their code, github.com/PredictiveIntelligenceLab/MultiscalePINNs (Poisson1D)',
  };
}

/** u = sin(2πx) + 0.1·sin(50πx) on [0, 1]: plain PINNs fail, multi-scale Fourier features succeed (Wang, Wang & Perdikaris 2021). */
export function multiscalePoisson1d(): PinnProblem {
  return poisson1d({ name: 'poisson-1d-multiscale' });
}

/**
 * u = sin(πx) on [0, 1]: a smooth sanity case. Its defaults are this
 * package's, not a paper's: a [1, 50, 50, 1] tanh network, 128 fresh points a
 * step, 3,000 steps of Adam at 1e-3 halved every 500 steps (with the
 * multi-scale problem's slower decay the last iterate jitters around 1e-3).
 */
export function smoothPoisson1d(): PinnProblem {
  const p = poisson1d({ modes: [{ amplitude: 1, wavenumber: 1 }], name: 'poisson-1d-smooth' });
  return {
    ...p,
    defaults: { ...p.defaults, sizes: [1, 50, 50, 1], steps: 3000, lrDecay: { rate: 0.5, every: 500 } },
    source: "a smooth sanity case (u = sin πx) in the multi-scale problem's setting, with a faster learning-rate decay",
  };
}
