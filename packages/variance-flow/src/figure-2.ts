import type { FixedPoint } from './fixed-points.js';
import { type LengthMapCurves, type LengthMapCurvesOptions, lengthMapCurves } from './length-map-curves.js';
import { VEGA_LITE_SCHEMA, type VegaLiteSpec } from './vega-lite-spec.js';

const color = { field: 'scheme', type: 'nominal', title: 'scheme', legend: { labelLimit: 300 } };
/** Marker shapes of the isolated fixed points (neutral ones — an interval of fixed points — are named in the subtitle instead). */
const SHAPES = { domain: ['stable', 'marginally stable', 'marginally unstable', 'unstable'], range: ['circle', 'diamond', 'triangle-up', 'cross'] };
const fixedMarks = (y: 'map' | 'slope') => ({
  data: { name: 'fixed' },
  mark: { type: 'point', size: 90, filled: true, strokeWidth: 2 },
  encoding: {
    x: { field: 's', type: 'quantitative' },
    y: { field: y, type: 'quantitative' },
    color,
    shape: { field: 'stability', type: 'nominal', title: 'fixed point', scale: SHAPES },
  },
});

/**
 * Figure 2 of Wang & Perdikaris (2021) as a Vega-Lite specification: (left)
 * the length maps s ↦ s_{i+1} of the Glorot, He and SIREN schemes with the
 * identity s_{i+1} = s, (right) their slopes with the line slope = 1; isolated
 * fixed points marked by their {@link FixedPoint.stability} (circle: stable,
 * |slope| < 1; diamond: marginally stable, slope 1 with lengths still drifting
 * in, as tanh at c = 1; triangle: marginally unstable; cross: unstable). A
 * scheme whose map is the identity on an interval (relu at c = √2) has no
 * markers there, as the end of the plotted interval is not a fixed point of
 * its own: the subtitle says so. Pass the output of {@link lengthMapCurves}
 * or its options.
 */
export function figure2(input: LengthMapCurves | LengthMapCurvesOptions = {}): VegaLiteSpec {
  const data = 'curves' in input ? input : lengthMapCurves(input);
  const x = { field: 's', type: 'quantitative', title: 's_i', scale: { domain: [0, data.sMax] } };
  const neutral = [...new Set(data.fixedPoints.filter((p) => p.stability === 'neutral').map((p) => p.scheme))];
  const isolated = data.fixedPoints.filter((p) => p.stability !== 'neutral');
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: 'Flow of variance: length maps (left) and their slopes (right), fixed points marked (Wang & Perdikaris 2021, Fig. 2).',
    title: {
      text: 'Figure 2: flow of variance, s_{i+1} = √E[f(c·s_i·z)²], z ~ N(0, 1)',
      subtitle: [
        'dashed: the identity (left) and slope 1 (right); markers: fixed points s* = L(s*) and their stability',
        ...neutral.map((n) => `${n}: L(s) = s on the whole interval — every s is a fixed point (neutral, slope 1)`),
      ],
      anchor: 'start',
    },
    datasets: { curves: data.curves, fixed: isolated, identity: [{ s: 0, map: 0 }, { s: data.sMax, map: data.sMax }], one: [{ slope: 1 }] },
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
