import { MlpinitError } from '@mlpinit/core';
import type { PhaseDiagramData } from './phase-diagram.js';
import { VEGA_LITE_SCHEMA, type VegaLiteSpec, finiteOrNull } from './vega-lite-spec.js';

/** Cell edges of a grid axis: halfway to the neighbours (half a step beyond the ends). */
function edges(values: number[]): (v: number, lo: string, hi: string) => Record<string, number> {
  const u = [...new Set(values)].sort((a, b) => a - b);
  const step = u.length > 1 ? ((u[u.length - 1] as number) - (u[0] as number)) / (u.length - 1) : 0.1;
  return (v, lo, hi) => {
    const i = u.indexOf(v);
    const prev = i > 0 ? (u[i - 1] as number) : v - step;
    const next = i < u.length - 1 ? (u[i + 1] as number) : v + step;
    return { [lo]: (prev + v) / 2, [hi]: (v + next) / 2 };
  };
}

/**
 * A phase diagram as a Vega-Lite specification: (left) the phase of every
 * (c, σ_b) grid point with the edge of chaos χ₁ = 1 drawn as a line, (right)
 * the correlation depth scale ξ_c, which diverges at the edge of chaos
 * (Schoenholz et al. 2017, Fig. 1). Takes the output of {@link phaseDiagram};
 * infinite depth scales become null (JSON has no Infinity) and are drawn as
 * missing.
 */
export function phaseDiagramFigure(data: PhaseDiagramData): VegaLiteSpec {
  if (!data || !Array.isArray(data.cells)) throw new MlpinitError('INVALID_ARGUMENT', 'expected the result of phaseDiagram', 'data');
  const cEdges = edges(data.cells.map((c) => c.c));
  const bEdges = edges(data.cells.map((c) => c.biasStd));
  const cells = data.cells.map((c) => ({
    c: c.c,
    biasStd: c.biasStd,
    ...cEdges(c.c, 'c0', 'c1'),
    ...bEdges(c.biasStd, 'b0', 'b1'),
    phase: c.phase,
    chi1: finiteOrNull(c.chi1),
    qStar: finiteOrNull(c.qStar),
    xiC: finiteOrNull(c.xiC),
    xiQ: finiteOrNull(c.xiQ),
  }));
  const line = data.criticalLine.filter((p) => p.c !== null);
  const x = { field: 'c', type: 'quantitative', title: 'weight scale c' };
  const y = { field: 'biasStd', type: 'quantitative', title: 'bias std σ_b' };
  const tooltip = [x, y, { field: 'phase' }, { field: 'chi1', format: '.4f' }, { field: 'qStar', format: '.4f' }, { field: 'xiC', format: '.3g' }];
  const critical = {
    data: { name: 'critical' },
    mark: { type: 'line', color: 'black', strokeWidth: 2, point: true },
    encoding: { x: { field: 'c', type: 'quantitative' }, y: { field: 'biasStd', type: 'quantitative' } },
  };
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `Order-to-chaos phase diagram of deep random MLPs with ${data.activation} (Poole et al. 2016; Schoenholz et al. 2017).`,
    title: `Phase diagram (${data.activation}${data.bias ? `, b = ${data.bias}` : ''})`,
    datasets: { cells, critical: line },
    hconcat: [
      {
        title: 'Phase and edge of chaos (χ₁ = 1)',
        width: 300,
        height: 240,
        layer: [
          {
            data: { name: 'cells' },
            mark: { type: 'rect' },
            encoding: {
              x: { ...x, field: 'c0' },
              x2: { field: 'c1' },
              y: { ...y, field: 'b0' },
              y2: { field: 'b1' },
              color: {
                field: 'phase',
                type: 'nominal',
                scale: { domain: ['ordered', 'edge-of-chaos', 'chaotic', 'divergent'], range: ['#4c78a8', '#f2cf5b', '#e45756', '#9d755d'] },
              },
              tooltip,
            },
          },
          critical,
        ],
      },
      {
        title: 'Correlation depth scale ξ_c',
        width: 300,
        height: 240,
        layer: [
          {
            data: { name: 'cells' },
            mark: { type: 'rect' },
            encoding: { x: { ...x, field: 'c0' }, x2: { field: 'c1' }, y: { ...y, field: 'b0' }, y2: { field: 'b1' }, color: { field: 'xiC', type: 'quantitative', title: 'ξ_c', scale: { type: 'log', scheme: 'viridis' } }, tooltip },
          },
          critical,
        ],
      },
    ],
  };
}
