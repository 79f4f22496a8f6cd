/**
 * Imports a Node built-in through a runtime specifier, so browser bundlers
 * neither try to resolve it nor warn about externalising it; only called on
 * code paths that run in Node.
 */
export function nodeModule<T>(name: 'node:os' | 'node:fs' | 'node:url' | 'node:worker_threads'): Promise<T> {
  const specifier: string = name;
  return import(/* @vite-ignore */ specifier) as Promise<T>;
}
