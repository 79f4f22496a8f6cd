import type { AdamOptions } from '../adam.js';
import type { BackendName } from '../backend.js';

/** Everything a replica needs to rebuild the model and the data. */
export interface ReplicaInit {
  backend: BackendName;
  sizes: number[];
  activation: string;
  weights: Float32Array[];
  biases: Float32Array[];
  /** Full training set, row-major [n, d_in] and [n, d_out]. */
  x: Float32Array;
  y: Float32Array;
  adam: AdamOptions | undefined;
}

/** Rows a replica trains on this step: a fixed range (full batch) or gathered indices. */
export type RowSelection = { start: number; end: number } | { indices: Int32Array };

/** One synchronous data-parallel step: apply last step's averaged gradients, then compute new ones. */
export interface StepRequest {
  apply?: { grad: Float32Array; lr: number };
  rows: RowSelection;
}

/** A replica's mean loss and mean gradient over its rows (flat, `mlp.variables` order). */
export interface StepReply {
  loss: number;
  count: number;
  grad: Float32Array;
}
