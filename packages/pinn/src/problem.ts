import type { LrDecay, Rng } from '@mlpinit/core';
import type * as tf from '@tensorflow/tfjs-core';
import type { Box } from './box.js';
import type { PhysicalDerivatives } from './physical-derivatives.js';

/** One loss term of a problem, in physical coordinates. */
export interface ProblemTerm {
  /** `residual` for the PDE; `boundary` (or another name) for conditions. */
  name: string;
  /** Highest input derivative the residual reads (0 for Dirichlet conditions). */
  order: 0 | 1 | 2;
  /** Fixed weight (the authors' codes sum one mean per boundary face: the number of faces). */
  weight: number;
  /** Fresh points for one step, in physical coordinates, [N][K]; `batch` is the solver's batch size for this term. */
  sample(rng: Rng, batch: number): number[][];
  /** The residual at the points, [N]. */
  residual(d: PhysicalDerivatives): tf.Tensor;
}

/** The settings the problem's source paper and code train with. */
export interface ProblemDefaults {
  /** Network widths, `[d_in, hidden…, 1]`. */
  sizes: number[];
  steps: number;
  lr: number;
  lrDecay: LrDecay;
  /** Points per step: collocation points, and boundary points per face. */
  batch: { residual: number; boundary: number };
}

/**
 * A physics-informed problem: a PDE on a box with its boundary conditions,
 * the exact solution where one is known, and the settings of its source.
 */
export interface PinnProblem {
  readonly name: string;
  /** Spatial dimension K. */
  readonly dim: number;
  readonly domain: Box;
  /** The loss terms: the PDE residual first, then the conditions. */
  readonly terms: readonly ProblemTerm[];
  /** The exact solution at physical points. */
  exact?(x: readonly (readonly number[])[]): number[];
  /** Dense evaluation grid of the relative L2 error (physical points). */
  grid(): number[][];
  readonly defaults: ProblemDefaults;
  /** Where the problem and its anchor numbers come from. */
  readonly source: string;
}
