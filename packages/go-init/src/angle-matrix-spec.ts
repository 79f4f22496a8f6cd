import { MlpinitError, VEGA_LITE_SCHEMA, type VegaLiteSpec } from '@mlpinit/core';

/** One heatmap of {@link angleMatrixSpec}. */
export interface AnglePanel {
  /** Panel title, e.g. `Glorot` or `GO`. */
  label: string;
  /** d × d angles in degrees, as {@link angleMatrix} returns. */
  angles: number[][];
}

/** Options of {@link angleMatrixSpec}. */
export interface AngleMatrixSpecOptions {
  title?: string;
  /** A line under the title (e.g. the mean cos² of each panel). */
  subtitle?: string;
  /** Width and height of each heatmap in pixels (default 240). */
  size?: number;
}

export type { VegaLiteSpec } from '@mlpinit/core';

/**
 * A Vega-Lite v6 heatmap of one or more feature-angle matrices side by side
 * (the figure Wang & Perdikaris 2021 use to inspect how close the last hidden
 * layer's features are to orthogonal): cell (i, j) coloured by θ_ij in
 * degrees on a diverging scale centred at 90° (orthogonal), so collapsed
 * features (θ near 0° or 180°) stand out. Data inline; no plotting dependency.
 */
export function angleMatrixSpec(panels: AnglePanel[], opts: AngleMatrixSpecOptions = {}): VegaLiteSpec {
  if (!Array.isArray(panels) || panels.length === 0) {
    throw new MlpinitError('INVALID_ARGUMENT', 'expected a non-empty array of {label, angles}', 'panels');
  }
  const size = opts.size ?? 240;
  if (!Number.isFinite(size) || size <= 0) throw new MlpinitError('INVALID_ARGUMENT', `expected a positive size, got ${size}`, 'opts.size');
  const values: { panel: string; i: number; j: number; angle: number }[] = [];
  panels.forEach((p, k) => {
    const a = p?.angles;
    if (typeof p?.label !== 'string') throw new MlpinitError('INVALID_ARGUMENT', 'expected a string label', `panels[${k}].label`);
    if (!Array.isArray(a) || a.length === 0 || a.some((r) => !Array.isArray(r) || r.length !== a.length)) {
      throw new MlpinitError('SHAPE_MISMATCH', 'expected a non-empty square d × d array', `panels[${k}].angles`);
    }
    a.forEach((row, i) => {
      row.forEach((v, j) => {
        if (!Number.isFinite(v)) throw new MlpinitError('NON_FINITE', `entry [${i}][${j}] is ${v}`, `panels[${k}].angles`);
        values.push({ panel: p.label, i, j, angle: Math.round(v * 10) / 10 });
      });
    });
  });
  const axis = (title: string) => ({ title, labels: false, ticks: false, domain: false });
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: 'Angles between the last hidden layer features (degrees); 90° = orthogonal.',
    ...(opts.title ? { title: opts.subtitle ? { text: opts.title, subtitle: opts.subtitle } : opts.title } : {}),
    data: { values },
    facet: { column: { field: 'panel', type: 'nominal', sort: panels.map((p) => p.label), title: null } },
    spec: {
      width: size,
      height: size,
      // No per-cell ARIA labels: d² of them bloat the SVG; the tooltip stays.
      mark: { type: 'rect', aria: false },
      encoding: {
        x: { field: 'j', type: 'ordinal', axis: axis('neuron j') },
        y: { field: 'i', type: 'ordinal', axis: axis('neuron i') },
        color: {
          field: 'angle',
          type: 'quantitative',
          title: 'angle (°)',
          scale: { domain: [0, 180], domainMid: 90, scheme: 'redblue' },
        },
        tooltip: [
          { field: 'i', type: 'ordinal' },
          { field: 'j', type: 'ordinal' },
          { field: 'angle', type: 'quantitative', format: '.1f' },
        ],
      },
    },
    resolve: { scale: { color: 'shared' } },
  };
}
