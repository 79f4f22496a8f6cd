/**
 * Messages between the page and its worker. Everything is plain data
 * (structured-clone friendly); tensors never leave the worker.
 */
import type { BackendInfo, BackendName } from '@mlpinit/core';

/** A task the worker can run: its parameters, progress and result types. */
export interface TaskMap {
  backend: { params: { name: BackendName; threads: number }; progress: never; result: BackendInfo & { available: BackendName[] } };
  fit: { params: FitParams; progress: FitProgress; result: FitResult };
  variance: { params: VarianceParams; progress: never; result: VarianceResult };
  figure1: { params: Figure1Params; progress: { done: number; total: number }; result: { spec: object } };
  figure2: { params: { sMax: number }; progress: never; result: { spec: object } };
  go: { params: GoParams; progress: { step: number; steps: number; loss: number }; result: GoSummary };
  ntk: { params: NtkParams; progress: { stage: string }; result: NtkResult };
}

export type TaskKind = keyof TaskMap;

export type Request =
  | { type: 'run'; id: number; kind: TaskKind; params: unknown }
  | { type: 'cancel'; id: number };

export type Response =
  | { type: 'progress'; id: number; data: unknown }
  | { type: 'done'; id: number; result: unknown }
  | { type: 'error'; id: number; message: string; code?: string; aborted: boolean };

/** An image as float data in [0, 1], row-major, `channels` values per pixel (1 or 3). */
export interface RgbImage {
  channels: 1 | 3;
  width: number;
  height: number;
  data: Float32Array;
}

/**
 * The family of the second network of a fit (the first is always a Glorot tanh MLP):
 * - `go`: a tanh MLP with GO (Wang & Perdikaris 2021), go-init's `goInit`;
 * - `fourier`: random Fourier features (m = 256, B ~ N(0, σ²); Tancik et al. 2020) in front of a relu MLP;
 * - `siren`: SIREN, sin(ω₀·z) layers with its own initialization (Sitzmann et al. 2020).
 */
export type FitFamily = 'go' | 'fourier' | 'siren';

/** The families, in the order the page offers them. */
export const FIT_FAMILIES: readonly FitFamily[] = ['go', 'fourier', 'siren'];

/** Learning rates of the second network when its lr is `'auto'`: the papers' (Adam) defaults; GO uses the form's lr. */
export const FAMILY_DEFAULT_LR: { readonly fourier: number; readonly siren: number } = { fourier: 1e-3, siren: 1e-4 };

export interface FitParams {
  target: 'synthetic' | 'image';
  /** Required when target is 'image'. */
  image?: RgbImage;
  /** Side length of the synthetic grid. */
  gridSize: number;
  depth: number;
  width: number;
  steps: number;
  /** Learning rate of the Glorot network (and of GO's when `familyLr` is `'auto'`). */
  lr: number;
  seed: number;
  /** The second network's family. */
  family: FitFamily;
  /**
   * σ (`fourier`) or ω₀ (`siren`), or `'auto'`: go-init's kernel-width rule
   * (`chooseScale`) given this fit's inputs and training budget. Not used by `go`.
   */
  scale: number | 'auto';
  /** Learning rate of the second network, or `'auto'`: `lr` for go, {@link FAMILY_DEFAULT_LR} otherwise. */
  familyLr: number | 'auto';
  /**
   * GO's strength (family `go` only): `'kernel'`, go-init's kernel-width rule
   * given this fit's training budget (the project's GO), or `'fixed'`:
   * `goSteps` steps at λ.
   */
  goStrength?: 'kernel' | 'fixed';
  /** GO's λ (both strengths) and path length (fixed strength); family `go` only. */
  lambda?: number;
  goSteps?: number;
}

export interface FitProgress {
  /** 0: Glorot, 1: the second network (GO, Fourier features or SIREN). */
  run: number;
  phase: 'start' | 'init' | 'train';
  /** The names of the two runs: sent with phase 'start', and again once the second network's scale is known. */
  labels?: [string, string];
  /** Sent with phase 'start'. */
  target?: RgbImage;
  /** What phase 'init' is counting (GO's path steps, the scale rule's candidates), shown as `${stage} ${step}/${steps}`. */
  stage?: string;
  step: number;
  steps: number;
  /** NaN when there is no loss to report (the scale rule's progress). */
  loss: number;
  snrDb?: number;
  /** Current reconstruction as RGB floats in [0, 1] (same layout as the target). */
  image?: Float32Array;
}

export interface FitResult {
  labels: [string, string];
  snrDb: [number, number];
  seconds: [number, number];
  target: RgbImage;
  /** Facts about the second run (GO: steps, c per layer; Fourier/SIREN: the scale and the rule's candidates). */
  note: string;
  family: FitFamily;
  /** σ or ω₀ the second network was built with (GO: its path steps). */
  scale: number;
  /** Where the scale came from: go-init's kernel-width rule, or the form. */
  scaleSource: 'rule' | 'given';
  /** Learning rates of the two runs. */
  lr: [number, number];
}

export interface VarianceParams {
  activation: string;
  c: number;
  bias: number;
  sMax: number;
}

export interface VarianceResult {
  fixedPoints: { s: number; slope: number; stable: boolean }[];
  spec: object;
}

export interface Figure1Params {
  activation: string;
  c: number;
  bias: number;
  width: number;
  depth: number;
  samples: number;
  seed: number;
}

export interface GoParams {
  depth: number;
  width: number;
  activation: string;
  lambda: number;
  steps: number;
  points: number;
  domain: '1d' | '2d';
  seed: number;
}

export interface GoSummary {
  layerScales: number[];
  layerBiases: number[];
  stepsRun: number;
  seconds: number;
  meanCos2Before: number;
  meanCos2After: number;
  /** go-init's angle-matrix figure (Glorot and GO panels). */
  angleSpec: object;
  json: string;
  layersJson: string;
}

export interface NtkParams {
  depth: number;
  width: number;
  activation: string;
  points: number;
  lambda: number;
  goSteps: number;
  seed: number;
}

export interface NtkResult {
  panels: { label: string; spec: object; halfWidth: number; eigenvalues: number[] }[];
}
