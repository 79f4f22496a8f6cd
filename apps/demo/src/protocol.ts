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

export interface FitParams {
  target: 'synthetic' | 'image';
  /** Required when target is 'image'. */
  image?: RgbImage;
  /** Side length of the synthetic grid. */
  gridSize: number;
  depth: number;
  width: number;
  steps: number;
  lr: number;
  seed: number;
  /**
   * GO's strength: `'kernel'`, go-init's kernel-width rule given this fit's
   * training budget (the project's GO), or `'fixed'`: `goSteps` steps at λ.
   */
  goStrength: 'kernel' | 'fixed';
  /** GO's λ (both strengths) and path length (fixed strength). */
  lambda: number;
  goSteps: number;
}

export interface FitProgress {
  /** 0: Glorot, 1: GO (or scaled Glorot). */
  run: number;
  phase: 'start' | 'init' | 'train';
  /** Sent with phase 'start': the names of the two runs and the target. */
  labels?: [string, string];
  target?: RgbImage;
  step: number;
  steps: number;
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
  /** Extra facts about the second run (GO: steps, c per layer). */
  note: string;
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
