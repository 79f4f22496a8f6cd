/**
 * @mlpinit/go-init: globally orthogonal (GO) initialization of deep MLPs
 * (Wang & Perdikaris 2021) on any TensorFlow.js backend: the objective, its
 * optimizer over per-layer scales and biases, result export and the
 * feature-angle figure.
 * @packageDocumentation
 */
export {
  COSINE_NORM_EPSILON,
  ORTHOGONALITY_LOG_EPSILON,
  meanCos2,
  meanCos2Async,
  orthogonalityLoss,
} from './orthogonality.js';
export { angleMatrix, angleMatrixAsync } from './angle-matrix.js';
export { angleMatrixSpec, type AngleMatrixSpecOptions, type AnglePanel, type VegaLiteSpec } from './angle-matrix-spec.js';
export { GO_EVAL_POINTS, glorotScales, goInit } from './go-init.js';
export { AUTO_CANDIDATES, AUTO_PATH_LAMBDA, AUTO_PATH_LR, type AutoStrengthOptions, type AutoStrengthReport } from './auto-strength.js';
export type { EarlyStopOptions, GoOptions, GoProgress } from './go-options.js';
export type { GoStrength, GoStrengthReport, GoTraining, HoldoutCandidate } from './strength.js';
export {
  KERNEL_PROBE_SIDE,
  KERNEL_PROBE_SPAN,
  KERNEL_RULE_K0,
  KERNEL_RULE_MAX_INPUT_DIM,
  type KernelCandidate,
  kernelRuleK,
  probeGrid,
  sampleSpacing,
  trainingEpochs,
} from './kernel-rule.js';
export { GoResult, type GoResultJSON, type GoSettings } from './go-result.js';
export type { InputNormalization } from './input-normalization.js';
export { goAngleMatrices } from './go-angle-matrices.js';
export {
  TRUNCATED_NORMAL_VARIANCE,
  type TfjsInitializerConfig,
  type TfjsKernelForm,
  type TfjsLayerInitializers,
} from './tfjs-layers-initializers.js';
export { FLOOR_POINTS, LOCAL_PROBE_SIDE, LOCAL_PROBE_STEP, localizedHalfWidth, type LocalizedWidth } from './localized-width.js';
export {
  SCALE_RULE_K0,
  SCALE_RULE_PROBES,
  chooseScale,
  defaultScaleCandidates,
  familyNetworkOptions,
  pickScale,
  probeSeed,
  type ScaleCandidate,
  type ScaleChoice,
  type ScaleFamily,
  type ScaleRuleOptions,
} from './scale-rule.js';
