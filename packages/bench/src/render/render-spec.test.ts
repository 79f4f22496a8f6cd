import { describe, expect, it } from 'vitest';
import { VEGA_LITE_SCHEMA } from '@mlpinit/core';
import { renderVegaLite } from './render-spec.js';

describe('renderVegaLite', () => {
  it('renders a Vega-Lite spec to SVG with text and to a PNG, leaving the spec untouched', async () => {
    const values = [
      { a: 1, b: 2 },
      { a: 2, b: 3 },
    ];
    const spec = { $schema: VEGA_LITE_SCHEMA, title: 'Hello figure', data: { values }, mark: 'line', encoding: { x: { field: 'a', type: 'quantitative' }, y: { field: 'b', type: 'quantitative' } } };
    const before = JSON.stringify(spec);
    const { svg, png } = await renderVegaLite(spec, 1);
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain('Hello figure');
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(100);
    expect(JSON.stringify(spec)).toBe(before);
    expect(Object.getOwnPropertySymbols(values[0] as object)).toHaveLength(0);
  });
});
