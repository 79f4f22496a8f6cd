/** Machine-readable category of a {@link MlpinitError}. */
export type MlpinitErrorCode =
  | 'INVALID_ARGUMENT'
  | 'SHAPE_MISMATCH'
  | 'NON_FINITE'
  | 'UNKNOWN_ACTIVATION'
  | 'UNKNOWN_INITIALIZER'
  | 'UNKNOWN_BACKEND'
  | 'BACKEND_UNAVAILABLE'
  | 'NO_BACKEND'
  | 'SYNC_READ_UNSUPPORTED'
  | 'ABORTED';

/**
 * The one error type every mlpinit package throws for bad input or an
 * unavailable runtime feature. `param` names the offending argument (dotted
 * path, e.g. `opts.lr`) so callers and UIs can point at it.
 */
export class MlpinitError extends Error {
  override readonly name = 'MlpinitError';
  readonly code: MlpinitErrorCode;
  readonly param: string | undefined;

  constructor(code: MlpinitErrorCode, message: string, param?: string) {
    super(param === undefined ? message : `${param}: ${message}`);
    this.code = code;
    this.param = param;
  }
}

/** Thrown (or used to reject) when an `AbortSignal` cancels long work. */
export function abortError(what: string): MlpinitError {
  return new MlpinitError('ABORTED', `${what} was cancelled`);
}
