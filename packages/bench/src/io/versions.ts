import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

const PACKAGES = [
  '@mlpinit/bench',
  '@mlpinit/core',
  '@mlpinit/variance-flow',
  '@mlpinit/go-init',
  '@mlpinit/ntk',
  '@tensorflow/tfjs-core',
  'vega',
  'vega-lite',
  '@resvg/resvg-js',
] as const;

/** Walks up from a package's entry point to its package.json (for packages whose exports hide it). */
function versionFromEntry(name: string): string | null {
  let dir = dirname(fileURLToPath(import.meta.resolve(name)));
  for (let i = 0; i < 6; i++) {
    const pj = join(dir, 'package.json');
    if (existsSync(pj)) {
      const pkg = JSON.parse(readFileSync(pj, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name) return pkg.version ?? null;
    }
    dir = dirname(dir);
  }
  return null;
}

/** Versions of Node and of the packages a run used (`null`: not installed). */
export function packageVersions(): Record<string, string | null> {
  const out: Record<string, string | null> = { node: process.version };
  for (const name of PACKAGES) {
    try {
      out[name] = (require(`${name}/package.json`) as { version: string }).version;
    } catch {
      try {
        out[name] = versionFromEntry(name);
      } catch {
        out[name] = null;
      }
    }
  }
  return out;
}
