import type * as tf from '@tensorflow/tfjs-core';
import { MlpinitError } from './errors.js';
import type { PointDerivatives } from './point-derivatives.js';
import type { Rng } from './rng.js';
import type { Matrix2D } from './tensor-input.js';
import { assertFinite, assertInteger } from './validate.js';

/** What a term's point sampler sees each step. */
export interface ResidualContext {
  /** 0-based step. */
  step: number;
  /** The term's own seeded stream: the same draws on every backend. */
  rng: Rng;
}

/**
 * One term of a physics-informed loss, weight · mean(r²) over its points,
 * where r = `residual(d)` is built from the network's value and input
 * derivatives at the points (Raissi, Perdikaris & Karniadakis 2019): a PDE
 * residual such as u_xx − f(x) on collocation points (order 2), or u − g(x)
 * on boundary points (order 0).
 */
export interface ResidualTerm {
  /** Name in progress reports and results (e.g. `residual`, `boundary`). */
  name: string;
  /**
   * The points [N, d_in]: fixed (an array or tensor; with `batchSize`, a
   * seeded random mini-batch of them each step) or a function drawing fresh
   * points every step from the term's seeded stream.
   */
  points: Matrix2D | ((ctx: ResidualContext) => Matrix2D);
  /** Mini-batch size for fixed points (default: all of them every step). */
  batchSize?: number;
  /** Highest input derivative the residual reads: 0, 1 or 2 (default 2). */
  order?: 0 | 1 | 2;
  /**
   * The residual at every point, any shape (its squares are averaged), from
   * tensor ops on `d`'s accessors (`d.u()`, `d.du(k)`, `d.d2u(k)`,
   * `d.laplacian()`, `d.coord(k)`). Called inside the step's tidy.
   */
  residual(d: PointDerivatives): tf.Tensor;
  /** Fixed weight of the term (default 1). */
  weight?: number;
}

/** Validates a list of terms (names unique, fields well formed). */
export function checkTerms(terms: readonly ResidualTerm[]): void {
  if (!Array.isArray(terms) || terms.length === 0) {
    throw new MlpinitError('INVALID_ARGUMENT', 'expected a non-empty array of {name, points, residual, order?, weight?, batchSize?}', 'terms');
  }
  const names = new Set<string>();
  terms.forEach((t, i) => {
    const at = `terms[${i}]`;
    if (!t || typeof t !== 'object') throw new MlpinitError('INVALID_ARGUMENT', 'expected an object', at);
    if (typeof t.name !== 'string' || t.name.length === 0) throw new MlpinitError('INVALID_ARGUMENT', 'expected a non-empty name', `${at}.name`);
    if (names.has(t.name)) throw new MlpinitError('INVALID_ARGUMENT', `two terms are named ${JSON.stringify(t.name)}`, `${at}.name`);
    names.add(t.name);
    if (typeof t.residual !== 'function') throw new MlpinitError('INVALID_ARGUMENT', 'expected a function of the point derivatives', `${at}.residual`);
    if (t.order !== undefined && t.order !== 0 && t.order !== 1 && t.order !== 2) {
      throw new MlpinitError('INVALID_ARGUMENT', `expected 0, 1 or 2, got ${JSON.stringify(t.order)}`, `${at}.order`);
    }
    if (t.weight !== undefined) {
      assertFinite(t.weight, `${at}.weight`);
      if (t.weight < 0) throw new MlpinitError('INVALID_ARGUMENT', `expected a weight >= 0, got ${t.weight}`, `${at}.weight`);
    }
    if (t.batchSize !== undefined) {
      assertInteger(t.batchSize, `${at}.batchSize`, 1);
      if (typeof t.points === 'function') throw new MlpinitError('INVALID_ARGUMENT', 'batchSize applies to fixed points only; a sampler draws its own', `${at}.batchSize`);
    }
    if (t.points === undefined || t.points === null) throw new MlpinitError('INVALID_ARGUMENT', 'expected points [N, d_in] or a sampler', `${at}.points`);
  });
}
