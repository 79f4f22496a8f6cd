import type { Mlp } from '@mlpinit/core';

/** The parts of @mlpinit/ntk the NTK-width measurements use (loaded with a dynamic import). */
export interface NtkModule {
  empiricalNtk(mlp: Mlp, x1: number[][], x2?: null, opts?: { signal?: AbortSignal }): Promise<unknown>;
  ntkLocalization(K: unknown, x: number[][]): { meanHalfWidth: number; censored: number };
}

/** A Vega-Lite specification as plain JSON. */
export type VegaLiteSpec = Record<string, unknown>;
