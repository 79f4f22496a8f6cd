import { MlpinitError } from './errors.js';

/** Throws unless `value` is a finite number. */
export function assertFinite(value: unknown, param: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new MlpinitError('INVALID_ARGUMENT', `expected a finite number, got ${String(value)}`, param);
  }
}

/** Throws unless `value` is a finite number > 0. */
export function assertPositive(value: unknown, param: string): asserts value is number {
  assertFinite(value, param);
  if (value <= 0) {
    throw new MlpinitError('INVALID_ARGUMENT', `expected a positive number, got ${value}`, param);
  }
}

/** Throws unless `value` is a finite number >= 0. */
export function assertNonNegative(value: unknown, param: string): asserts value is number {
  assertFinite(value, param);
  if (value < 0) {
    throw new MlpinitError('INVALID_ARGUMENT', `expected a number >= 0, got ${value}`, param);
  }
}

/** Throws unless `value` is an integer >= `min` (default 1). */
export function assertInteger(value: unknown, param: string, min = 1): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new MlpinitError('INVALID_ARGUMENT', `expected an integer >= ${min}, got ${String(value)}`, param);
  }
}

/** Throws unless every entry of `values` is finite; names the first bad index. */
export function assertAllFinite(values: ArrayLike<number>, param: string): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) {
      throw new MlpinitError('NON_FINITE', `entry ${i} is ${v}; all entries must be finite`, param);
    }
  }
}

/**
 * Validates MLP layer sizes `[d_in, h_1, ..., h_L, d_out]`.
 * @param minLength 2 for any network, 3 when a hidden layer is required.
 */
export function assertSizes(sizes: unknown, param = 'sizes', minLength = 2): asserts sizes is number[] {
  if (!Array.isArray(sizes) || sizes.length < minLength) {
    const need = minLength >= 3 ? '[d_in, h_1, ..., d_out] with at least one hidden layer' : '[d_in, ..., d_out] with at least 2 entries';
    throw new MlpinitError('INVALID_ARGUMENT', `expected ${need}, got ${JSON.stringify(sizes)}`, param);
  }
  sizes.forEach((s, i) => {
    assertInteger(s, `${param}[${i}]`, 1);
  });
}
