/**
 * @mlpinit/pinn: physics-informed neural networks on any TensorFlow.js
 * backend. Benchmark problems with exact solutions (1-D Poisson, smooth and
 * multi-scale; 2-D Helmholtz), residuals built from forward-mode input
 * derivatives (@mlpinit/core's `inputDerivatives`), and `solve` with the
 * problems' source settings, progress, cancel and relative L2 error.
 * @packageDocumentation
 */
export { type Box, boxGrid, checkBox, uniformInBox, uniformMoments, uniformOnFaces } from './box.js';
export { PhysicalDerivatives } from './physical-derivatives.js';
export type { PinnProblem, ProblemDefaults, ProblemTerm } from './problem.js';
export { type Poisson1dOptions, type SineMode, multiscalePoisson1d, poisson1d, smoothPoisson1d } from './poisson-1d.js';
export { type Helmholtz2dOptions, helmholtz2d } from './helmholtz-2d.js';
export {
  type SolveOptions,
  type SolveProgress,
  type SolveResult,
  inputMap,
  predictAt,
  relativeL2Error,
  solve,
  toNetwork,
} from './solve.js';
