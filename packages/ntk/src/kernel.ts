import { MlpinitError, assertAllFinite } from '@mlpinit/core';

/**
 * A kernel matrix as plain data: `values` holds `rows × cols` entries in
 * row-major order (entry (i, j) at `values[i * cols + j]`), in float64.
 *
 * For a `'full'` empirical NTK of an MLP with O outputs, row `n·O + o` belongs
 * to example n and output o (likewise for columns), so `rows = n1·outputs`;
 * for `'trace'` kernels and infinite-width kernels `outputs` is 1. For a
 * `'diagonal'` empirical NTK (`layout: 'diagonal'`) the O per-output kernels are
 * stacked: row `o·n1 + n` belongs to output o and example n, columns are the n2
 * examples, so `rows = outputs·n1`, `cols = n2`, and output o's N1 × N2 kernel is
 * the contiguous slice `values.subarray(o·n1·n2, (o + 1)·n1·n2)` (torch.func's
 * [N1, N2, O] result with the output axis moved first).
 */
export interface Kernel {
  /** Row-major entries, length `rows · cols`. */
  values: Float64Array;
  rows: number;
  cols: number;
  /** Number of first-argument points (x1). */
  n1: number;
  /** Number of second-argument points (x2). */
  n2: number;
  /** Output entries per point in this layout (1 unless `outputs: 'full'` or `'diagonal'`). */
  outputs: number;
  /**
   * How outputs are laid out (set by `empiricalNtk`; absent means `'trace'`,
   * a plain N1 × N2 kernel): `'full'` rows n·O + o, `'diagonal'` rows o·n1 + n.
   */
  layout?: 'trace' | 'full' | 'diagonal';
}

/** Anything the kernel-consuming functions accept: a {@link Kernel} or rows of numbers. */
export type KernelInput = Kernel | number[][] | { values: ArrayLike<number>; rows: number; cols: number };

/** A kernel as nested arrays (`rows` arrays of `cols` numbers). */
export function kernelToArray(k: KernelInput): number[][] {
  const m = readKernel(k, 'K');
  const out: number[][] = [];
  for (let i = 0; i < m.rows; i++) out.push(Array.from(m.values.subarray(i * m.cols, (i + 1) * m.cols)));
  return out;
}

/** @internal Validates and flattens a kernel argument into float64 row-major form. */
export function readKernel(k: KernelInput, param: string): { values: Float64Array; rows: number; cols: number } {
  if (Array.isArray(k)) {
    const rows = k.length;
    const cols = Array.isArray(k[0]) ? k[0].length : 0;
    if (rows === 0 || cols === 0 || k.some((r) => !Array.isArray(r) || r.length !== cols)) {
      throw new MlpinitError('SHAPE_MISMATCH', 'expected a non-empty rectangular array of number rows', param);
    }
    const values = Float64Array.from(k.flat());
    assertAllFinite(values, param);
    return { values, rows, cols };
  }
  if (k && typeof k === 'object' && 'values' in k && typeof k.rows === 'number' && typeof k.cols === 'number') {
    const { rows, cols } = k;
    if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 1 || cols < 1 || k.values.length !== rows * cols) {
      throw new MlpinitError('SHAPE_MISMATCH', `expected rows·cols = ${rows}·${cols} values, got ${k.values.length}`, param);
    }
    const values = k.values instanceof Float64Array ? k.values : Float64Array.from(k.values);
    assertAllFinite(values, param);
    return { values, rows, cols };
  }
  throw new MlpinitError('INVALID_ARGUMENT', 'expected a Kernel {values, rows, cols} or a number[][]', param);
}

/** @internal Like {@link readKernel} but requires a square, symmetric matrix (relative asymmetry ≤ `tol`). */
export function readSymmetricKernel(k: KernelInput, param: string, tol = 1e-5): { values: Float64Array; n: number } {
  const { values, rows, cols } = readKernel(k, param);
  if (rows !== cols) throw new MlpinitError('SHAPE_MISMATCH', `expected a square kernel, got ${rows} × ${cols}`, param);
  let scale = 0;
  for (const v of values) scale = Math.max(scale, Math.abs(v));
  for (let i = 0; i < rows; i++) {
    for (let j = i + 1; j < rows; j++) {
      const a = values[i * rows + j] as number;
      const b = values[j * rows + i] as number;
      if (Math.abs(a - b) > tol * scale) {
        throw new MlpinitError('INVALID_ARGUMENT', `expected a symmetric kernel; K[${i}][${j}] = ${a} but K[${j}][${i}] = ${b}`, param);
      }
    }
  }
  return { values, n: rows };
}
