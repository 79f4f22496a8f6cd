/**
 * @mlpinit/ntk: empirical neural tangent kernels of core MLPs (structured and
 * Jacobian-contraction methods), infinite-width NTK and NNGP kernels for any
 * activation (closed forms or quadrature), infinite-width gradient-descent
 * predictions, locality in the data domain, spectra and heatmap specs
 * (Figure 3 of Wang & Perdikaris 2021).
 * @packageDocumentation
 */
export { empiricalNtk, NTK_METHODS, type EmpiricalNtkOptions, type NtkMethod, type NtkProgress } from './empirical-ntk.js';
export type { NtkContext, NtkImplementation, NtkOutputs } from './ntk-implementation.js';
export {
  infiniteKernels,
  infiniteNngp,
  infiniteNtk,
  type InfiniteKernelOptions,
  type InfiniteKernelProgress,
  type InfiniteKernels,
  type InfiniteNtkConfig,
} from './infinite-ntk.js';
export type { ExpectationMethod } from './gaussian-pair.js';
export { predictGd, type GdPrediction, type KernelFunction, type PredictGdOptions } from './predict-gd.js';
export { ntkLocalization, type NtkLocalization } from './ntk-localization.js';
export { ntkSpectrum, type NtkSpectrum } from './ntk-spectrum.js';
export { ntkHeatmapSpec, type NtkHeatmapOptions, type VegaLiteSpec } from './ntk-heatmap-spec.js';
export { kernelToArray, type Kernel, type KernelInput } from './kernel.js';
export type { Points } from './points.js';
