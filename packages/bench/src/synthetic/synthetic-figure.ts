import type { VegaLiteSpec } from '../analysis-api.js';
import type { SyntheticSummary } from './synthetic-summary.js';

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

function sizePanel(summary: SyntheticSummary, which: 'train' | 'test', title: string): VegaLiteSpec {
  const values = summary.rows.map((r) => ({
    init: r.init,
    size: r.size,
    median: which === 'train' ? r.trainMedian : r.testMedian,
    lo: which === 'train' ? r.trainP10 : r.testP10,
    hi: which === 'train' ? r.trainP90 : r.testP90,
  }));
  const x = { field: 'size', type: 'quantitative', scale: { type: 'log', base: 2 }, title: 'training points' };
  return {
    title,
    width: 240,
    height: 200,
    data: { values },
    layer: [
      {
        mark: { type: 'errorband', opacity: 0.25 },
        encoding: {
          x,
          y: { field: 'lo', type: 'quantitative', scale: { type: 'log' }, title: 'relative L2 error' },
          y2: { field: 'hi' },
          color: { field: 'init', type: 'nominal' },
        },
      },
      {
        mark: { type: 'line', point: true },
        encoding: { x, y: { field: 'median', type: 'quantitative', scale: { type: 'log' } }, color: { field: 'init', type: 'nominal' } },
      },
    ],
  };
}

/**
 * Figure 4 (Wang & Perdikaris 2021): relative L2 error on the training points
 * (left) and on a dense test grid (middle) against the number of training
 * points, median and band over seeds (10th–90th percentile with ≥ 5 seeds, else the range); test error against training
 * step at the densest size (right).
 */
export function syntheticFigureSpec(summary: SyntheticSummary): VegaLiteSpec {
  const densest = summary.curves[0]?.size;
  return {
    $schema: SCHEMA,
    title: 'Figure 4: high-frequency 2-D regression',
    hconcat: [
      sizePanel(summary, 'train', 'train error'),
      sizePanel(summary, 'test', 'test error (dense grid)'),
      {
        title: `test error vs step (n = ${densest})`,
        width: 240,
        height: 200,
        data: { values: summary.curves },
        mark: { type: 'line', point: true },
        encoding: {
          x: { field: 'step', type: 'quantitative', title: 'training step' },
          y: { field: 'testMedian', type: 'quantitative', scale: { type: 'log' }, title: 'median relative L2 error' },
          color: { field: 'init', type: 'nominal' },
        },
      },
    ],
  };
}
