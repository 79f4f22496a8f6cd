/** What a worker task gets besides its parameters. */
export interface TaskContext<P> {
  signal: AbortSignal;
  progress: (data: P, transfer?: Transferable[]) => void;
}

/** Thrown for bad parameters; shown to the user as is. */
export class InputError extends Error {
  readonly code = 'INVALID_INPUT';
}
