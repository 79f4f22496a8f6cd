import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { VegaLiteSpec } from '@mlpinit/ntk';
import { FIGURE_FONT, fontFiles } from './fonts.js';

const CONFIG = {
  font: FIGURE_FONT,
  background: 'white',
};

/**
 * Renders a Vega-Lite specification to SVG (vega-lite compile, then a
 * headless vega View) and the SVG to PNG with resvg, using the bundled fonts.
 */
export async function renderVegaLite(spec: VegaLiteSpec, scale = 2): Promise<{ svg: string; png: Buffer }> {
  // A deep copy: vega tags inline data objects, which must stay plain for results.json.
  const copy = JSON.parse(JSON.stringify(spec)) as VegaLiteSpec;
  const withConfig = { ...copy, config: { ...CONFIG, ...((copy.config as object | undefined) ?? {}) } };
  const compiled = compile(withConfig as unknown as TopLevelSpec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    const resvg = new Resvg(svg, {
      font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: FIGURE_FONT },
      fitTo: { mode: 'zoom', value: scale },
      background: 'white',
    });
    return { svg, png: Buffer.from(resvg.render().asPng()) };
  } finally {
    view.finalize();
  }
}

/** Writes `<base>.svg`, `<base>.png` and `<base>.vl.json` (the spec itself). */
export async function writeFigure(spec: VegaLiteSpec, base: string): Promise<void> {
  mkdirSync(dirname(base), { recursive: true });
  const { svg, png } = await renderVegaLite(spec);
  writeFileSync(`${base}.svg`, svg);
  writeFileSync(`${base}.png`, png);
  writeFileSync(`${base}.vl.json`, `${JSON.stringify(spec)}\n`);
}
