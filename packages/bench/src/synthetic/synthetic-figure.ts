import { VEGA_LITE_SCHEMA, type VegaLiteSpec } from '@mlpinit/core';
import type { SyntheticSummary } from './synthetic-summary.js';


/** What Figure 4's heading states: the network, the budget and the target. */
export interface SyntheticFigureSetting {
  depth: number;
  width: number;
  steps: number;
  batchSize: number;
  maxFreq: number;
  /** Whether maxFreq grows with the sampling density. */
  scaleFreq?: boolean;
}

/** What the band of a figure is, in words: percentiles with ≥ 5 seeds, else the range. */
export function bandText(summary: SyntheticSummary): string {
  const seeds = [...new Set(summary.rows.map((r) => r.seeds))].sort((a, b) => a - b);
  const n = seeds.length === 1 ? `${seeds[0]}` : `${seeds[0]}–${seeds[seeds.length - 1]}`;
  const bands = new Set(summary.rows.map((r) => r.band));
  const band = bands.size === 1 && bands.has('p10-p90') ? '10th–90th percentile' : bands.has('p10-p90') ? '10th–90th percentile (≥ 5 seeds) or range' : 'range (min–max)';
  return `line: median over ${n} seeds; band: ${band} over seeds`;
}

function sizePanel(summary: SyntheticSummary, which: 'train' | 'test', title: string, sizes: number[]): Record<string, unknown> {
  const values = summary.rows.map((r) => ({
    init: r.init,
    size: r.size,
    median: which === 'train' ? r.trainMedian : r.testMedian,
    lo: which === 'train' ? r.trainP10 : r.testP10,
    hi: which === 'train' ? r.trainP90 : r.testP90,
  }));
  // Every data size is a tick (a log scale's own ticks skip the last size).
  const x = {
    field: 'size',
    type: 'quantitative',
    scale: { type: 'log', base: 2, domain: [sizes[0], sizes[sizes.length - 1]], nice: false },
    axis: { values: sizes, format: ',d' },
    title: 'training points',
  };
  return {
    title,
    width: 240,
    height: 200,
    data: { values },
    layer: [
      {
        mark: { type: 'errorband', opacity: 0.25 },
        encoding: { x, y: { field: 'lo', type: 'quantitative', scale: { type: 'log' }, title: 'relative L2 error' }, y2: { field: 'hi' }, color: { field: 'init', type: 'nominal', title: 'init' } },
      },
      {
        mark: { type: 'line', point: true },
        encoding: { x, y: { field: 'median', type: 'quantitative', scale: { type: 'log' } }, color: { field: 'init', type: 'nominal', title: 'init' } },
      },
    ],
  };
}

/**
 * Figure 4 (Wang & Perdikaris 2021): relative L2 error on the training points
 * (left) and on a dense test grid (middle) against the number of training
 * points, median and band over seeds (10th–90th percentile with ≥ 5 seeds,
 * else the range); test error against training step at the densest size
 * (right). The heading states the network, the budget, the seeds and the band.
 */
export function syntheticFigureSpec(summary: SyntheticSummary, setting?: SyntheticFigureSetting): VegaLiteSpec {
  const densest = summary.curves[0]?.size;
  const sizes = [...new Set(summary.rows.map((r) => r.size))].sort((a, b) => a - b);
  const subtitle = [
    ...(setting
      ? [
          `2 → ${setting.depth}×${setting.width} → 1 tanh MLP, ${setting.steps.toLocaleString('en-US')} Adam steps, batch ${setting.batchSize.toLocaleString('en-US')}; target up to frequency ${setting.maxFreq}${setting.scaleFreq ? ' × √(n/n₀)' : ''}`,
        ]
      : []),
    bandText(summary),
  ];
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: 'Figure 4: high-frequency 2-D regression', subtitle, anchor: 'start' },
    hconcat: [
      sizePanel(summary, 'train', 'train error', sizes),
      sizePanel(summary, 'test', 'test error (dense grid)', sizes),
      {
        title: `median test error vs step (n = ${densest?.toLocaleString('en-US')})`,
        width: 240,
        height: 200,
        data: { values: summary.curves },
        mark: { type: 'line', point: true },
        encoding: {
          x: { field: 'step', type: 'quantitative', title: 'training step' },
          y: { field: 'testMedian', type: 'quantitative', scale: { type: 'log' }, title: 'median relative L2 error' },
          color: { field: 'init', type: 'nominal', title: 'init' },
        },
      },
    ],
    // Legend swatches in full colour (the band's opacity would make them pale).
    config: { legend: { symbolOpacity: 1, symbolType: 'stroke', symbolStrokeWidth: 3 } },
  };
}
