import type { BackendName } from '../backend.js';

/** One call of an exported function of an ES module in a pool worker. */
export interface PoolCall {
  id: number;
  /** The backend the worker activates (once) before the call; none: leave it as it is. */
  backend: BackendName | undefined;
  /** `href` of the module, imported once per worker and cached. */
  module: string;
  fn: string;
  args: unknown;
}

/** A call's outcome, matched by `id`. */
export type PoolReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; message: string; code: string | undefined; param: string | undefined };

/** Marks a task's return value whose array buffers move to the caller instead of being copied. */
export interface TaskResult<T> {
  readonly mlpinitTaskResult: true;
  readonly value: T;
  readonly transfer: ArrayBuffer[];
}

/**
 * Wraps what a pool task returns so the listed buffers are transferred (not
 * copied) to the main thread; the worker must not use them afterwards.
 */
export function taskResult<T>(value: T, transfer: ArrayBuffer[]): TaskResult<T> {
  return { mlpinitTaskResult: true, value, transfer };
}

/** @internal True for a {@link taskResult} wrapper (checked by shape: module copies may differ). */
export function isTaskResult(v: unknown): v is TaskResult<unknown> {
  return typeof v === 'object' && v !== null && (v as { mlpinitTaskResult?: unknown }).mlpinitTaskResult === true;
}
