// Where the structured NTK's time goes (docs/performance.md, the 5× table; not a test):
// 1 → 100×5 → 1 at N = 256 on wasm, one thread, one block, means over 40 calls after 20 warm-up calls.
// Run after `pnpm build`: node scripts/profile-structured.mjs
import * as tf from '@tensorflow/tfjs-core';
import { createMlp, setBackend } from '@mlpinit/core';
import { kernelBlock } from '../dist/structured-block.js';
import { blockFeatures, disposeBlockFeatures, disposeFeatures, layerFeatures } from '../dist/structured-features.js';

await setBackend(process.env.MLPINIT_BACKEND ?? 'wasm');
const mlp = createMlp({ sizes: [1, 100, 100, 100, 100, 100, 1], seed: 0 });
const x = tf.tensor2d(Array.from({ length: 256 }, (_, i) => [-1 + (2 * i) / 255]));
const total = { features: 0, layout: 0, gram: 0, readBack: 0 };
for (let it = 0; it < 60; it++) {
  const t0 = performance.now();
  const f = layerFeatures(mlp, x);
  await f.d[0].data();
  const t1 = performance.now();
  const b = blockFeatures(f, 1, 'trace');
  await b.hT[0].data();
  const t2 = performance.now();
  const k = await kernelBlock(b, [0, 256], b, [0, 256]);
  const t3 = performance.now();
  await k.data();
  const t4 = performance.now();
  k.dispose();
  disposeBlockFeatures(b);
  disposeFeatures(f);
  if (it >= 20) {
    total.features += t1 - t0;
    total.layout += t2 - t1;
    total.gram += t3 - t2;
    total.readBack += t4 - t3;
  }
}
for (const [part, ms] of Object.entries(total)) console.log(`${part}: ${(ms / 40).toFixed(2)} ms`);
