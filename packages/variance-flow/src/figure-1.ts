import { MlpinitError } from '@mlpinit/core';
import type { DepthSimulation } from './simulate-depth.js';
import { VEGA_LITE_SCHEMA, type VegaLiteSpec } from './vega-lite-spec.js';

/** The key of the two curves of every network. */
const MEASURED = 'measured (mean ± 1 sd over networks)';
const PREDICTED = 'length map (predicted)';

function networkLabel(sim: DepthSimulation): string {
  return `${sim.activation}, c = ${Number(sim.c.toFixed(4))}${sim.bias ? `, b = ${sim.bias}` : ''}${sim.biasStd ? `, σ_b = ${sim.biasStd}` : ''}`;
}

/**
 * Figure 1 of Wang & Perdikaris (2021) as a Vega-Lite specification: the
 * standard deviation of every hidden layer's output versus depth, measured on
 * finite random MLPs (solid line with points, band ± one standard deviation
 * over the sampled networks) and predicted by the length map (dashed); a key
 * names the two curves. With several simulations, one colour per network and a
 * legend; with one, the network is named in the subtitle (no one-entry
 * legend). The subtitle states width, depth, number of networks and inputs.
 * Takes the output of {@link simulateDepth}.
 */
export function figure1(simulations: DepthSimulation | DepthSimulation[]): VegaLiteSpec {
  const sims = Array.isArray(simulations) ? simulations : [simulations];
  if (sims.length === 0 || sims.some((s) => !s || !Array.isArray(s.layers))) {
    throw new MlpinitError('INVALID_ARGUMENT', 'expected one or more results of simulateDepth', 'simulations');
  }
  const rows = sims.flatMap((sim) => {
    const network = networkLabel(sim);
    return sim.layers.flatMap((l) => [
      { network, curve: MEASURED, layer: l.layer, std: l.stdMean, lower: Math.max(0, l.stdMean - l.stdSpread), upper: l.stdMean + l.stdSpread },
      { network, curve: PREDICTED, layer: l.layer, std: l.predictedStd },
    ]);
  });
  const one = sims.length === 1;
  const first = sims[0] as DepthSimulation;
  const same = <K extends keyof DepthSimulation>(k: K) => sims.every((s) => s[k] === first[k]);
  const setting = [
    same('width') ? `width ${first.width}` : 'widths vary',
    same('depth') ? `${first.depth} hidden layers` : 'depths vary',
    same('samples') ? `${first.samples} random networks` : 'networks vary',
    same('inputStd') ? `inputs N(0, ${first.inputStd}²)` : 'inputs vary',
    'weights N(0, c²/d_in)',
  ].join(', ');
  const x = { field: 'layer', type: 'quantitative', title: 'hidden layer', axis: { tickMinStep: 1 } };
  const color = one
    ? { value: '#4c78a8' }
    : { field: 'network', type: 'nominal', title: 'network', legend: { labelLimit: 300 } };
  const dash = {
    field: 'curve',
    type: 'nominal',
    title: null,
    scale: { domain: [MEASURED, PREDICTED], range: [[1, 0], [5, 4]] },
    legend: { orient: 'top-right', symbolType: 'stroke', symbolStrokeWidth: 2, labelLimit: 300, fillColor: 'white' },
  };
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: 'Standard deviation of hidden-layer outputs versus depth for N(0, 1) inputs: finite networks and the length-map prediction (Wang & Perdikaris 2021, Fig. 1).',
    title: {
      text: 'Figure 1: hidden-layer output standard deviation vs depth',
      subtitle: [...(one ? [`${networkLabel(first)}: ${setting}`] : [setting]), 'band: ± 1 sd of the measured std over the random networks'],
      anchor: 'start',
    },
    width: 420,
    height: 280,
    data: { values: rows },
    layer: [
      {
        transform: [{ filter: `datum.curve === '${MEASURED}'` }],
        mark: { type: 'area', opacity: 0.2 },
        encoding: { x, y: { field: 'lower', type: 'quantitative' }, y2: { field: 'upper' }, color, detail: { field: 'network' } },
      },
      {
        mark: { type: 'line' },
        encoding: { x, y: { field: 'std', type: 'quantitative', title: 'std of layer output' }, color, strokeDash: dash, detail: { field: 'network' } },
      },
      {
        transform: [{ filter: `datum.curve === '${MEASURED}'` }],
        mark: { type: 'point', filled: true },
        encoding: { x, y: { field: 'std', type: 'quantitative' }, color, detail: { field: 'network' } },
      },
    ],
    // Legend swatches in full colour (the band's opacity would make them pale).
    config: { legend: { symbolOpacity: 1 } },
  };
}
