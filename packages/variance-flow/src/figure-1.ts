import { MlpinitError } from '@mlpinit/core';
import type { DepthSimulation } from './simulate-depth.js';
import { VEGA_LITE_SCHEMA, type VegaLiteSpec } from './vega-lite-spec.js';

/**
 * Figure 1 of Wang & Perdikaris (2021) as a Vega-Lite specification: the
 * standard deviation of every hidden layer's output versus depth, measured on
 * finite random MLPs (line, with a band of ± one standard deviation over the
 * sampled networks) and predicted by the length map (dashed), one colour per
 * simulation. Takes the output of {@link simulateDepth}.
 */
export function figure1(simulations: DepthSimulation | DepthSimulation[]): VegaLiteSpec {
  const sims = Array.isArray(simulations) ? simulations : [simulations];
  if (sims.length === 0 || sims.some((s) => !s || !Array.isArray(s.layers))) {
    throw new MlpinitError('INVALID_ARGUMENT', 'expected one or more results of simulateDepth', 'simulations');
  }
  const rows = sims.flatMap((sim) => {
    const label = `${sim.activation}, c = ${Number(sim.c.toFixed(4))}${sim.bias ? `, b = ${sim.bias}` : ''}${sim.biasStd ? `, σ_b = ${sim.biasStd}` : ''}`;
    return sim.layers.map((l) => ({
      label,
      layer: l.layer,
      measured: l.stdMean,
      lower: Math.max(0, l.stdMean - l.stdSpread),
      upper: l.stdMean + l.stdSpread,
      predicted: l.predictedStd,
    }));
  });
  const x = { field: 'layer', type: 'quantitative', title: 'hidden layer', axis: { tickMinStep: 1 } };
  const color = { field: 'label', type: 'nominal', title: 'network', legend: { labelLimit: 300 } };
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: 'Standard deviation of hidden-layer outputs versus depth for N(0, 1) inputs: finite networks and the length-map prediction (Wang & Perdikaris 2021, Fig. 1).',
    title: 'Hidden-layer output standard deviation',
    width: 420,
    height: 280,
    data: { values: rows },
    layer: [
      { mark: { type: 'area', opacity: 0.2 }, encoding: { x, y: { field: 'lower', type: 'quantitative' }, y2: { field: 'upper' }, color } },
      { mark: { type: 'line', point: true }, encoding: { x, y: { field: 'measured', type: 'quantitative', title: 'std of layer output' }, color } },
      { mark: { type: 'line', strokeDash: [5, 4] }, encoding: { x, y: { field: 'predicted', type: 'quantitative' }, color } },
    ],
  };
}
