import { type LengthMapCurves, type LengthMapCurvesOptions, lengthMapCurves } from './length-map-curves.js';
import { VEGA_LITE_SCHEMA, type VegaLiteSpec } from './vega-lite-spec.js';

const color = { field: 'scheme', type: 'nominal', title: 'scheme', legend: { labelLimit: 300 } };
const fixedMarks = (y: 'map' | 'slope') => ({
  data: { name: 'fixed' },
  transform: [{ calculate: "datum.stable ? 'stable' : 'unstable'", as: 'stability' }],
  mark: { type: 'point', size: 90, filled: true, strokeWidth: 2 },
  encoding: {
    x: { field: 's', type: 'quantitative' },
    y: { field: y, type: 'quantitative' },
    color,
    shape: { field: 'stability', type: 'nominal', title: 'fixed point', scale: { domain: ['stable', 'unstable'], range: ['circle', 'cross'] } },
  },
});

/**
 * Figure 2 of Wang & Perdikaris (2021) as a Vega-Lite specification: (left)
 * the length maps s ↦ s_{i+1} of the Glorot, He and SIREN schemes with the
 * identity s_{i+1} = s, (right) their slopes with the line slope = 1; fixed
 * points marked (circle: stable, |slope| < 1; cross: unstable). Pass the
 * output of {@link lengthMapCurves} or its options.
 */
export function figure2(input: LengthMapCurves | LengthMapCurvesOptions = {}): VegaLiteSpec {
  const data = 'curves' in input ? input : lengthMapCurves(input);
  const x = { field: 's', type: 'quantitative', title: 's_i', scale: { domain: [0, data.sMax] } };
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: 'Flow of variance: length maps (left) and their slopes (right), fixed points marked (Wang & Perdikaris 2021, Fig. 2).',
    datasets: { curves: data.curves, fixed: data.fixedPoints, identity: [{ s: 0, map: 0 }, { s: data.sMax, map: data.sMax }], one: [{ slope: 1 }] },
    hconcat: [
      {
        title: 'Length map',
        width: 300,
        height: 260,
        layer: [
          {
            data: { name: 'identity' },
            mark: { type: 'line', strokeDash: [4, 4], color: 'gray' },
            encoding: { x: { field: 's', type: 'quantitative' }, y: { field: 'map', type: 'quantitative' } },
          },
          { data: { name: 'curves' }, mark: 'line', encoding: { x, y: { field: 'map', type: 'quantitative', title: 's_{i+1}' }, color } },
          fixedMarks('map'),
        ],
      },
      {
        title: 'Slope of the length map',
        width: 300,
        height: 260,
        layer: [
          { data: { name: 'one' }, mark: { type: 'rule', strokeDash: [4, 4], color: 'gray' }, encoding: { y: { field: 'slope', type: 'quantitative' } } },
          { data: { name: 'curves' }, mark: 'line', encoding: { x, y: { field: 'slope', type: 'quantitative', title: 'd s_{i+1} / d s_i' }, color } },
          fixedMarks('slope'),
        ],
      },
    ],
  };
}
