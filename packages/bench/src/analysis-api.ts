import type { Mlp } from '@mlpinit/core';

/**
 * The parts of the analysis packages' public surfaces the bench relies on
 * (issues 3–5). They are loaded with a dynamic import so a suite whose package
 * is missing reports "not available" instead of failing the whole CLI.
 */
export interface GoResultLike {
  layerScales: number[];
  layerBiases: number[];
  lossHistory: number[];
  stepsRun: number;
  seconds: number;
  meanCos2Before: number;
  meanCos2After: number;
  inputNormalization?: { mean: number[]; std: number[] };
  settings?: { auto?: { chosenSteps: number; candidates: Array<{ steps: number; heldOutMse: number; layerScales: number[] }> } };
  createMlp(seed: number): Mlp;
}

export interface GoInitOptionsLike {
  sizes: number[];
  activation: string;
  x?: number[][];
  lambda?: number | 'auto';
  auto?: { y: number[][]; candidates?: number[]; trialSteps?: number; trialLr?: number; trialBatchSize?: number; holdout?: number };
  steps?: number;
  lr?: number;
  batchSize?: number;
  seed?: number;
  signal?: AbortSignal;
  onProgress?: (p: unknown) => void;
  progressEvery?: number;
}

export interface GoInitModule {
  goInit(opts: GoInitOptionsLike): Promise<GoResultLike>;
  /** Glorot's draw as GO's per-layer scales (the "no GO" candidate). */
  glorotScales(sizes: readonly number[]): number[];
  /** λ of go-init's fast path (the path `lambda: 'auto'` walks). */
  AUTO_PATH_LAMBDA: number;
  /** Learning rate of go-init's fast path. */
  AUTO_PATH_LR: number;
}

/** The parts of @mlpinit/ntk the NTK-width measurements use. */
export interface NtkModule {
  empiricalNtk(mlp: Mlp, x1: number[][], x2?: null, opts?: { signal?: AbortSignal }): Promise<unknown>;
  ntkLocalization(K: unknown, x: number[][]): { meanHalfWidth: number; censored: number };
}

/** A Vega-Lite specification as plain JSON. */
export type VegaLiteSpec = Record<string, unknown>;
