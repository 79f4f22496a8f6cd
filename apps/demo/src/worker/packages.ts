/**
 * variance-flow was still being written when this page was built, so its API
 * is looked up by the names its issue fixes, and the view reports a package
 * that does not provide it yet instead of failing to load.
 */
import * as variancePkg from '@mlpinit/variance-flow';

export interface FixedPoint {
  s: number;
  slope: number;
  stable: boolean;
}

export interface LengthMapOptions {
  c?: number;
  bias?: number;
  biasStd?: number;
  sMax?: number;
}

export interface VarianceFlowApi {
  lengthMap(activation: string, s: number, opts?: LengthMapOptions): number;
  lengthMapSlope(activation: string, s: number, opts?: LengthMapOptions): number;
  fixedPoints(activation: string, opts?: LengthMapOptions): FixedPoint[];
  simulateDepth(opts: {
    activation: string;
    c: number;
    bias?: number;
    width: number;
    depth: number;
    samples: number;
    seed: number;
  }): Promise<unknown>;
}

function lookup<T>(mod: object, names: string[]): T | undefined {
  const rec = mod as Record<string, unknown>;
  return names.every((n) => typeof rec[n] === 'function') ? (mod as T) : undefined;
}

export const varianceApi = lookup<VarianceFlowApi>(variancePkg, ['fixedPoints', 'lengthMap', 'lengthMapSlope']);

/** Throws a clear message when a package has not landed its API yet. */
export function need<T>(api: T | undefined, pkg: string): T {
  if (!api) throw new Error(`${pkg} does not provide this view's functions yet (the package is still being written)`);
  return api;
}
