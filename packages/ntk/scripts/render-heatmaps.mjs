// Renders the heatmaps of docs/localization.md (not a test): the normalised
// empirical NTK of a deep tanh MLP (1 → 8×64 → 1) over a 1-D grid on [−1, 1]
// under Glorot, and with every hidden layer's Glorot draw scaled by 2 and 3
// (larger weight scales, as GO produces). Run after `pnpm build`: node scripts/render-heatmaps.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { createMlp, setBackend } from '@mlpinit/core';
import { View, parse } from 'vega';
import { compile } from 'vega-lite';
import { empiricalNtk, ntkHeatmapSpec } from '../dist/index.js';

await setBackend('wasm');
const x = Array.from({ length: 41 }, (_, i) => -1 + i / 20);
const depth = 8;
const sizes = [1, ...new Array(depth).fill(64), 1];
const outDir = new URL('../docs/', import.meta.url);
mkdirSync(outDir, { recursive: true });
for (const [file, title, layerScales] of [
  ['ntk-glorot.svg', 'Glorot', undefined],
  ['ntk-glorot-x2.svg', 'Glorot, layer scales 2', new Array(depth).fill(2)],
  ['ntk-glorot-x3.svg', 'Glorot, layer scales 3', new Array(depth).fill(3)],
]) {
  const mlp = createMlp({ sizes, activation: 'tanh', init: 'glorot-normal', layerScales, seed: 1 });
  const K = await empiricalNtk(mlp, x);
  mlp.dispose();
  const spec = ntkHeatmapSpec(K, x, { title: `tanh 1 → 8×64 → 1, ${title}`, width: 220, height: 220 });
  // Smaller static files: no per-cell ARIA labels or tooltips.
  spec.config = { ...spec.config, aria: false };
  delete spec.encoding.tooltip;
  const svg = await new View(parse(compile(spec).spec), { renderer: 'none' }).toSVG();
  writeFileSync(new URL(file, outDir), svg);
  console.log(file, spec.title.subtitle);
}
