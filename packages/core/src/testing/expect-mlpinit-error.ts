import { expect } from 'vitest';
import { MlpinitError } from '../errors.js';

/**
 * Asserts that `fn` throws an {@link MlpinitError} whose fields match
 * `expected` (e.g. the `param` at fault and the `code`), and returns it.
 */
export function expectMlpinitError(fn: () => unknown, expected: { param?: string; code?: string } = {}): MlpinitError {
  let err: unknown = null;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(MlpinitError);
  expect(err).toMatchObject(expected);
  return err as MlpinitError;
}
