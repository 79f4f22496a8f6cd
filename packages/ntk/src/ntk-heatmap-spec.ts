import { MlpinitError, VEGA_LITE_SCHEMA, type VegaLiteSpec } from '@mlpinit/core';
import { type KernelInput, readKernel } from './kernel.js';
import { ntkLocalization } from './ntk-localization.js';
import { type Points, readPoints } from './points.js';

/** Options of {@link ntkHeatmapSpec}. */
export interface NtkHeatmapOptions {
  /** Title (default `'NTK K(x, y)'`); the half-width goes in the subtitle. */
  title?: string;
  /** Plot the normalised kernel K(x,y)/√(K(x,x)K(y,y)) (default true) or the raw one. */
  normalize?: boolean;
  /** Plot size in pixels (default 280 × 280). */
  width?: number;
  height?: number;
  /** Vega colour scheme (default `'redblue'`, reversed so large values are red). */
  scheme?: string;
}

export type { VegaLiteSpec } from '@mlpinit/core';

/**
 * A Vega-Lite v5 heatmap of a kernel over a 1-D grid (Figure 3 of Wang &
 * Perdikaris 2021 shows one per initialization): one rectangle per grid pair,
 * data inline, with the mean half-width and RMS width of
 * {@link ntkLocalization} in the subtitle and the description. No plotting
 * dependency: render it with vega-lite + vega wherever you like.
 *
 * @param K the N × N kernel of the grid with itself.
 * @param x the N distinct grid points (`number[]` or N × 1 rows), any order.
 */
export function ntkHeatmapSpec(K: KernelInput, x: Points, opts: NtkHeatmapOptions = {}): VegaLiteSpec {
  const pts = readPoints(x, 'x');
  if ((pts[0] as number[]).length !== 1) throw new MlpinitError('SHAPE_MISMATCH', 'expected 1-D points (a 1-D grid)', 'x');
  const n = pts.length;
  if (n < 2) throw new MlpinitError('INVALID_ARGUMENT', 'expected at least 2 grid points', 'x');
  const { values } = readKernel(K, 'K');
  const loc = ntkLocalization(K, x);
  const normalize = opts.normalize ?? true;
  const width = opts.width ?? 280;
  const height = opts.height ?? 280;
  for (const [v, p] of [
    [width, 'opts.width'],
    [height, 'opts.height'],
  ] as const) {
    if (typeof v !== 'number' || !(v > 0) || !Number.isFinite(v)) throw new MlpinitError('INVALID_ARGUMENT', `expected a positive number, got ${String(v)}`, p);
  }
  const coord = pts.map((r) => r[0] as number);
  const order = [...coord.keys()].sort((a, b) => (coord[a] as number) - (coord[b] as number));
  for (let t = 1; t < n; t++) {
    if (coord[order[t] as number] === coord[order[t - 1] as number]) throw new MlpinitError('INVALID_ARGUMENT', 'expected distinct grid points', 'x');
  }
  // Cell edges halfway between neighbouring grid points, extended by half a step at the ends.
  const lo = new Map<number, number>();
  const hi = new Map<number, number>();
  order.forEach((idx, t) => {
    const c = coord[idx] as number;
    const prev = t > 0 ? (coord[order[t - 1] as number] as number) : undefined;
    const next = t < n - 1 ? (coord[order[t + 1] as number] as number) : undefined;
    const left = prev !== undefined ? (prev + c) / 2 : c - ((next as number) - c) / 2;
    const right = next !== undefined ? (c + next) / 2 : c + (c - (prev as number)) / 2;
    lo.set(idx, left);
    hi.set(idx, right);
  });
  const src = normalize ? loc.normalized.values : values;
  const data: Record<string, number>[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      data.push({
        x: coord[i] as number,
        y: coord[j] as number,
        x0: lo.get(i) as number,
        x1: hi.get(i) as number,
        y0: lo.get(j) as number,
        y1: hi.get(j) as number,
        k: src[i * n + j] as number,
      });
    }
  }
  // Censored points never fall below 1/2 on the grid, so the mean is then a lower bound.
  const bound = loc.censored > 0 ? '≥ ' : '';
  const censoredNote = loc.censored > 0 ? ` (${loc.censored}/${n} censored)` : '';
  const caption = `mean half-width ${bound}${loc.meanHalfWidth.toPrecision(3)}${censoredNote}; RMS width ${loc.rmsWidth.toPrecision(3)}`;
  const absMax = src.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `${normalize ? 'Normalised kernel' : 'Kernel'} K(x, y) over a 1-D grid of ${n} points; ${caption}.`,
    title: { text: opts.title ?? 'NTK K(x, y)', subtitle: caption },
    width,
    height,
    data: { values: data },
    mark: { type: 'rect' },
    encoding: {
      x: { field: 'x0', type: 'quantitative', title: 'x', scale: { zero: false, nice: false } },
      x2: { field: 'x1' },
      y: { field: 'y0', type: 'quantitative', title: 'y', scale: { zero: false, nice: false } },
      y2: { field: 'y1' },
      color: {
        field: 'k',
        type: 'quantitative',
        title: normalize ? 'K / √(K_xx K_yy)' : 'K',
        scale: { scheme: opts.scheme ?? 'redblue', reverse: true, domain: normalize ? [-1, 1] : [-absMax, absMax] },
      },
      tooltip: [
        { field: 'x', type: 'quantitative', format: '.3f' },
        { field: 'y', type: 'quantitative', format: '.3f' },
        { field: 'k', type: 'quantitative', format: '.4f' },
      ],
    },
    config: { view: { stroke: null } },
  };
}
