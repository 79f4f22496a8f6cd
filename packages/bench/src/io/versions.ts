import { createRequire } from 'node:module';

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

/** Versions of Node and of the packages a run used (`null`: not installed). */
export function packageVersions(): Record<string, string | null> {
  const out: Record<string, string | null> = { node: process.version };
  for (const name of PACKAGES) {
    try {
      out[name] = (require(`${name}/package.json`) as { version: string }).version;
    } catch {
      out[name] = null;
    }
  }
  return out;
}
