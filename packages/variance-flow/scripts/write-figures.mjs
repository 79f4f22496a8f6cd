// Writes the Vega-Lite specs of Figures 1 and 2 and a tanh phase diagram to
// docs/ (run after `pnpm build`): node scripts/write-figures.mjs
// Rendering to SVG/PNG is the bench package's job.
import { writeFileSync } from 'node:fs';
import { setBackend } from '@mlpinit/core';
import { figure1, figure2, phaseDiagram, phaseDiagramFigure, simulateDepth } from '../dist/index.js';

const out = (name, spec) => writeFileSync(new URL(`../docs/${name}`, import.meta.url), `${JSON.stringify(spec, null, 1)}\n`);

await setBackend('wasm');
const sims = [];
for (const c of [1, 1.5]) {
  sims.push(await simulateDepth({ activation: 'tanh', c, width: 256, depth: 20, samples: 5, seed: 1, batch: 256 }));
}
out('figure-1.vl.json', figure1(sims));
out('figure-2.vl.json', figure2({ sMax: 3, points: 121 }));
out('phase-diagram-tanh.vl.json', phaseDiagramFigure(await phaseDiagram('tanh')));
const last = sims[0].layers.at(-1);
console.log(`tanh c = 1, layer 20: measured std ${last.stdMean.toFixed(4)} ± ${last.stdSpread.toFixed(4)}, predicted ${last.predictedStd.toFixed(4)}`);
