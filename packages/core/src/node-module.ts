/** True in Node (not in a browser page or a web worker with a `process` shim). */
export const isNode = typeof process !== 'undefined' && process.versions?.node !== undefined && typeof window === 'undefined';

/**
 * Imports a Node built-in through a runtime specifier, so browser bundlers
 * neither try to resolve it nor warn about externalising it; only called on
 * code paths that run in Node.
 */
export function nodeModule<T>(name: 'node:os' | 'node:fs' | 'node:url' | 'node:worker_threads'): Promise<T> {
  const specifier: string = name;
  return import(/* @vite-ignore */ specifier) as Promise<T>;
}
