import * as tf from '@tensorflow/tfjs-core';
import { MlpinitError, assertAllFinite, assertSyncReads } from '@mlpinit/core';

/**
 * Input points: `number[][]` (one row per point), `number[]` (1-D points) or
 * a `tf.Tensor2D` [N, d] (never disposed by mlpinit).
 */
export type Points = number[][] | number[] | tf.Tensor2D;

/** @internal Points as float64 rows, validated (non-empty, rectangular, finite, `dim` columns if given). */
export function readPoints(x: Points, param: string, dim?: number): number[][] {
  let rows: number[][];
  if (x instanceof tf.Tensor) {
    if (x.rank !== 2) throw new MlpinitError('SHAPE_MISMATCH', `expected a 2-D tensor [N, d], got shape [${x.shape.join(', ')}]`, param);
    assertSyncReads(`${param} as a tensor`, `number[][] rows (await ${param}.array())`);
    rows = (x as tf.Tensor2D).arraySync();
  } else if (Array.isArray(x) && x.length > 0 && x.every((v) => typeof v === 'number')) {
    rows = (x as number[]).map((v) => [v]);
  } else if (Array.isArray(x) && x.length > 0 && x.every((r) => Array.isArray(r))) {
    rows = x as number[][];
  } else {
    throw new MlpinitError('INVALID_ARGUMENT', 'expected a non-empty number[][] (rows), number[] (1-D points) or Tensor2D', param);
  }
  const width = rows[0]?.length ?? 0;
  if (width === 0 || rows.some((r) => r.length !== width)) {
    throw new MlpinitError('SHAPE_MISMATCH', 'expected non-empty rows of equal length', param);
  }
  if (dim !== undefined && width !== dim) {
    throw new MlpinitError('SHAPE_MISMATCH', `expected points with ${dim} coordinates, got ${width}`, param);
  }
  assertAllFinite(rows.flat(), param);
  return rows;
}

/**
 * @internal Points as a new float32 tensor owned by the caller. A tensor is
 * read asynchronously (every backend, WebGPU included) and validated as rows are.
 */
export async function pointsTensor(x: Points, param: string, dim: number): Promise<tf.Tensor2D> {
  const rows = readPoints(x instanceof tf.Tensor && x.rank === 2 ? await x.array() : x, param, dim);
  return tf.tensor2d(rows, [rows.length, dim], 'float32');
}
