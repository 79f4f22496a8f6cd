// Regenerates docs/: a real GO run on the quick image network of the bench
// (2 → 8×64 → 3 tanh, the 128×96 pixel grid in [−1, 1]², wasm, defaults
// λ = 1e-4, 1000 steps, batch 1024, seed 0), its result JSON, and the
// before/after angle-matrix figure as a Vega-Lite spec and an SVG.
// Usage: pnpm --filter @mlpinit/go-init docs
import { writeFile, mkdir } from 'node:fs/promises';
import { setBackend } from '@mlpinit/core';
import { compile } from 'vega-lite';
import * as vega from 'vega';
import { angleMatrixSpec, goAngleMatrices, goInit } from '../dist/index.js';

const out = new URL('../docs/', import.meta.url);
await mkdir(out, { recursive: true });
await setBackend('wasm');
const x = [];
for (let r = 0; r < 96; r++) for (let c = 0; c < 128; c++) x.push([(2 * c) / 127 - 1, (2 * r) / 95 - 1]);
const sizes = [2, 64, 64, 64, 64, 64, 64, 64, 64, 3];
const res = await goInit({ sizes, x, seed: 0 });
const { before, after } = await goAngleMatrices(res, x, 0);
const spec = angleMatrixSpec(
  [
    { label: 'Glorot', angles: before },
    { label: 'GO', angles: after },
  ],
  {
    title: 'Angles between the last hidden layer features (2 → 8×64 → 3 tanh)',
    subtitle: `mean cos²: Glorot ${res.meanCos2Before.toFixed(3)}, GO ${res.meanCos2After.toFixed(3)} (λ = 1e-4, ${res.stepsRun} GO steps)`,
    size: 256,
  },
);
await writeFile(new URL('angle-matrices.vl.json', out), `${JSON.stringify(spec)}\n`);
await writeFile(new URL('go-result-quick.json', out), `${JSON.stringify(res, null, 1)}\n`);
const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
await writeFile(new URL('angle-matrices.svg', out), await view.toSVG());
view.finalize();
console.log(
  JSON.stringify({
    stepsRun: res.stepsRun,
    seconds: res.seconds,
    meanCos2Before: res.meanCos2Before,
    meanCos2After: res.meanCos2After,
    layerScales: res.layerScales,
    layerBiases: res.layerBiases,
  }),
);
