/**
 * @mlpinit/variance-flow: the mean-field flow of variance through deep MLPs
 * (Wang & Perdikaris 2021, "Flow of variance"; Poole et al. 2016; Schoenholz
 * et al. 2017): length and correlation maps, fixed points, χ₁, phases, depth
 * scales, critical scales, finite-width simulation, and Figures 1 and 2 as
 * Vega-Lite specifications with inline data.
 * @packageDocumentation
 */
export { MAX_GAUSS_HERMITE_NODES, gaussHermite, type QuadratureRule } from './gauss-hermite.js';
export { gaussianExpectation, type ExpectationOptions } from './gaussian-expectation.js';
export type { MapOptions } from './map-options.js';
export { iterateLengthMap, lengthMap, lengthMapSlope } from './length-map.js';
export { fixedPoints, type FixedPoint, type FixedPointOptions, type FixedPointStability } from './fixed-points.js';
export {
  correlationFixedPoint,
  correlationMap,
  correlationMapSlope,
  type CorrelationFixedPoint,
  type CorrelationMapOptions,
} from './correlation-map.js';
export { meanField, type MeanField, type MeanFieldOptions, type Phase } from './mean-field.js';
export { criticalScale, type CriticalScale, type CriticalScaleOptions } from './critical-scale.js';
export { phaseDiagram, type PhaseCell, type PhaseDiagramData, type PhaseDiagramOptions } from './phase-diagram.js';
export { phaseDiagramFigure } from './phase-diagram-figure.js';
export { SCHEMES, getScheme, type Scheme, type SchemeName } from './schemes.js';
export {
  lengthMapCurves,
  type CurveFixedPoint,
  type CurvePoint,
  type LengthMapCurves,
  type LengthMapCurvesOptions,
} from './length-map-curves.js';
export { figure2 } from './figure-2.js';
export { simulateDepth, type DepthLayerStats, type DepthSimulation, type SimulateDepthOptions } from './simulate-depth.js';
export { figure1 } from './figure-1.js';
export { VEGA_LITE_SCHEMA, type VegaLiteSpec } from './vega-lite-spec.js';
