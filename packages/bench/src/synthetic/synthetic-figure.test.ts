import { describe, expect, it } from 'vitest';
import { bandText, syntheticFigureSpec } from './synthetic-figure.js';
import type { SyntheticRow, SyntheticSummary } from './synthetic-summary.js';

function row(init: string, size: number, seeds: number): SyntheticRow {
  const band = seeds >= 5 ? 'p10-p90' : 'range';
  return { init, size, maxFreq: 6, seeds, failed: 0, band, trainMedian: 0.1, trainP10: 0.05, trainP90: 0.2, testMedian: 0.5, testP10: 0.4, testP90: 0.6 };
}

function summary(seeds: number): SyntheticSummary {
  const sizes = [256, 1024, 4096];
  return {
    rows: ['glorot', 'go'].flatMap((init) => sizes.map((n) => row(init, n, seeds))),
    curves: ['glorot', 'go'].flatMap((init) => [0, 300, 600].map((step) => ({ init, size: 4096, step, testMedian: 0.5, trainMedian: 0.2 }))),
  };
}

type Panel = { layer?: Array<{ mark: { type: string }; encoding: { x: { axis?: { values: number[] } }; color: { legend?: unknown } } }> };

describe('Figure 4 spec', () => {
  it('ticks every data size (the last one too), states network, budget, seeds and band, and keeps legend swatches opaque', () => {
    const spec = syntheticFigureSpec(summary(5), { depth: 6, width: 64, steps: 600, batchSize: 512, maxFreq: 6 }) as unknown as {
      title: { text: string; subtitle: string[] };
      hconcat: Panel[];
      config: { legend: { symbolOpacity: number } };
    };
    const [train, test] = spec.hconcat as [Panel, Panel];
    for (const p of [train, test]) {
      for (const l of p.layer ?? []) expect(l.encoding.x.axis?.values).toEqual([256, 1024, 4096]);
      // The band layer and the line layer share one legend; it is not switched off.
      for (const l of p.layer ?? []) expect(l.encoding.color.legend).toBeUndefined();
    }
    expect(spec.config.legend.symbolOpacity).toBe(1);
    const sub = spec.title.subtitle.join(' | ');
    expect(sub).toMatch(/2 → 6×64 → 1 tanh MLP, 600 Adam steps, batch 512/);
    expect(sub).toMatch(/median over 5 seeds; band: 10th–90th percentile over seeds/);
  });

  it('says "range" when fewer than 5 seeds ran', () => {
    expect(bandText(summary(2))).toBe('line: median over 2 seeds; band: range (min–max) over seeds');
  });
});
