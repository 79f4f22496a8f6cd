/**
 * Test helpers for numeric suites on every tfjs backend (import from
 * `@mlpinit/core/testing`; needs vitest).
 * @packageDocumentation
 */
export { BACKEND_TOLERANCE, availableBackends, describeBackends, readAll, readScalar, type BackendContext } from './describe-backends.js';
export { expectMlpinitError } from './expect-mlpinit-error.js';
