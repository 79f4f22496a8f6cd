/**
 * Raised when a suite needs an mlpinit analysis package (or an export of it)
 * that is not installed or not built yet. Suites record it as "not available"
 * in their results instead of numbers.
 */
export class UnavailableError extends Error {
  override readonly name = 'UnavailableError';
}

/** Imports a workspace package and checks that it exports `names`. */
export async function importPackage<T>(pkg: string, names: readonly string[]): Promise<T> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pkg)) as Record<string, unknown>;
  } catch (err) {
    throw new UnavailableError(`${pkg} is not available yet (${(err as Error).message.split('\n')[0]})`);
  }
  const missing = names.filter((n) => mod[n] === undefined);
  if (missing.length > 0) throw new UnavailableError(`${pkg} does not export ${missing.join(', ')} yet`);
  return mod as T;
}
