/**
 * @mlpinit/core: backend selection, seeded randomness, activations,
 * initializers, MLPs with a fast dense gradient, the training engine and
 * metrics, on `@tensorflow/tfjs-core` (wasm backend by default).
 * @packageDocumentation
 */
import { ensureGradients } from './register-gradients.js';

// An explicit call (not a side-effect import), so bundlers cannot drop it.
ensureGradients();

export { MlpinitError, abortError, type MlpinitErrorCode } from './errors.js';
export {
  assertAllFinite,
  assertFinite,
  assertInteger,
  assertNonNegative,
  assertPositive,
  assertSizes,
} from './validate.js';
export {
  BACKEND_NAMES,
  getBackendInfo,
  ready,
  requireBackend,
  setBackend,
  type BackendInfo,
  type BackendName,
  type SetBackendOptions,
} from './backend.js';
export { assertSyncReads, syncReadsAvailable } from './sync-read.js';
export { Rng, createRng } from './rng.js';
export { EpochSampler } from './epoch-sampler.js';
export {
  BUILTIN_ACTIVATIONS,
  activationNames,
  getActivation,
  registerActivation,
  scaledSine,
  type Activation,
} from './activation.js';
export {
  INITIALIZERS,
  INIT_ALIASES,
  fanInNormal,
  glorotNormal,
  glorotUniform,
  heNormal,
  lecunNormal,
  orthogonal,
  sirenFirst,
  sirenHidden,
  type InitName,
  type Initializer,
} from './initializers.js';
export { ensureGradients } from './register-gradients.js';
export { dense } from './dense.js';
export { transpose2d } from './fast-transpose.js';
export {
  InputEncoding,
  encodingFromJSON,
  encodingFromSpec,
  type EncodingJSON,
  type EncodingSpec,
} from './encoding.js';
export { Mlp, createMlp, mlpFromWeights, type CreateMlpOptions, type MlpWeights } from './mlp.js';
export { mseGradients, supportsExplicitBackprop, type MseGradients } from './backprop.js';
export { gradientPenalty, inputJacobian } from './input-gradient.js';
export {
  gradientPenaltyRegularizer,
  type GradientPenaltyOptions,
  type Regularizer,
} from './gradient-penalty-regularizer.js';
export { Adam, type AdamOptions } from './adam.js';
export { learningRateAt, type LrDecay } from './schedule.js';
export {
  train,
  type RegularizerContext,
  type TrainData,
  type TrainOptions,
  type TrainProgress,
} from './train.js';
export {
  PooledWorker,
  defaultWorkerCount,
  disposeWorkerPool,
  leaseWorkers,
  workerPoolAvailable,
  workerPoolSize,
  type LeaseOptions,
  type WorkerLease,
} from './parallel/worker-pool.js';
export { taskResult, type TaskResult } from './parallel/pool-protocol.js';
export {
  inputDerivatives,
  type InputDerivatives,
  type InputDerivativesOptions,
} from './input-derivatives.js';
export { PointDerivatives } from './point-derivatives.js';
export {
  trainResidual,
  type AdaptiveWeights,
  type ResidualContext,
  type ResidualProgress,
  type ResidualTerm,
  type ResidualTrainResult,
  type TrainResidualOptions,
} from './train-residual.js';
export { psnrDb, relativeL2, snrDb } from './metrics.js';
export { toFloat64, toTensor2D, type Matrix2D, type NumericInput } from './tensor-input.js';
export { VEGA_LITE_SCHEMA, type VegaLiteSpec } from './vega-lite-spec.js';
