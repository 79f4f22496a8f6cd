import { expectMlpinitError } from '@mlpinit/core/testing';
import { View, parse } from 'vega';
import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { ntkHeatmapSpec } from './ntk-heatmap-spec.js';
import { ntkLocalization } from './ntk-localization.js';

describe('ntkHeatmapSpec', () => {
  const x = Array.from({ length: 21 }, (_, i) => -1 + i / 10);
  const K = x.map((a) => x.map((b) => 2 * Math.exp(-((a - b) ** 2) / (2 * 0.1 ** 2))));

  it('is plain JSON with inline data and the half-width in its subtitle, and compiles with vega-lite', async () => {
    const spec = ntkHeatmapSpec(K, x, { title: 'Gaussian' });
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
    const values = (spec.data as { values: { k: number; x0: number; x1: number }[] }).values;
    expect(values.length).toBe(21 * 21);
    const first = values[0] as { k: number; x0: number; x1: number };
    expect(first.k).toBeCloseTo(1, 12);
    expect(first.x0).toBeCloseTo(-1.05, 12);
    expect(first.x1).toBeCloseTo(-0.95, 12);
    const hw = ntkLocalization(K, x).meanHalfWidth;
    expect((spec.title as { subtitle: string }).subtitle).toContain(`mean half-width ${hw.toPrecision(3)}`);
    const warnings: string[] = [];
    const logger = {
      level: () => logger,
      error: (...m: unknown[]) => { throw new Error(m.join(' ')); },
      warn: (...m: unknown[]) => { warnings.push(m.join(' ')); return logger; },
      info: () => logger,
      debug: () => logger,
    };
    const vg = compile(spec as never, { logger: logger as never }).spec;
    expect(vg.marks?.length).toBeGreaterThan(0);
    expect(warnings).toEqual([]);
    // The compiled Vega spec parses and renders headlessly to SVG with one rect per kernel entry.
    const svg = await new View(parse(vg), { renderer: 'none' }).toSVG();
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('mean half-width');
    expect((svg.match(/<path/g) ?? []).length).toBeGreaterThanOrEqual(21 * 21);
  });

  it('plots the raw kernel with a symmetric colour domain when normalize is false', () => {
    const spec = ntkHeatmapSpec(K, x, { normalize: false });
    const enc = spec.encoding as { color: { scale: { domain: number[] } } };
    expect(enc.color.scale.domain).toEqual([-2, 2]);
  });

  it('rejects 2-D points, duplicates and mismatched kernels', () => {
    const bad = (fn: () => unknown, param: string): void => {
      expectMlpinitError(fn, { param });
    };
    bad(() => ntkHeatmapSpec([[1, 0], [0, 1]], [[0, 0], [1, 1]]), 'x');
    bad(() => ntkHeatmapSpec([[1, 0], [0, 1]], [0.5, 0.5]), 'x');
    bad(() => ntkHeatmapSpec(K, [0, 1]), 'K');
    bad(() => ntkHeatmapSpec(K, x, { width: -3 }), 'opts.width');
  });
});
