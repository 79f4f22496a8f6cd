#!/usr/bin/env node
// A real run of @mlpinit/core from its build: fits a high-frequency 2-D target
// with a deep tanh MLP under Glorot and under a scaled fan-in draw on wasm and
// prints the SNR of each: a smoke test of core's build (the
// benchmark proper is `mlpinit-bench`, packages/bench).
import { createMlp, setBackend, snrDb, train } from '@mlpinit/core';

const info = await setBackend('wasm');
const n = 32;
const x = [];
const y = [];
for (let i = 0; i < n; i++) {
  for (let j = 0; j < n; j++) {
    const a = -1 + (2 * i) / (n - 1);
    const b = -1 + (2 * j) / (n - 1);
    x.push([a, b]);
    y.push([Math.sin(3 * Math.PI * a) * Math.cos(2 * Math.PI * b)]);
  }
}
console.log(`backend ${info.name} (simd ${info.simd}, threads ${info.threads}); ${x.length} points`);
for (const [name, opts] of [
  ['glorot', { init: 'glorot-normal' }],
  ['fan-in c=2', { init: 'fan-in-normal', layerScales: [2, 2, 2, 2] }],
]) {
  const mlp = createMlp({ sizes: [2, 64, 64, 64, 64, 1], activation: 'tanh', seed: 0, ...opts });
  const t0 = performance.now();
  const history = await train(mlp, { x, y }, { steps: 500, lr: 2e-3 });
  const pred = mlp.forward(x);
  console.log(
    `${name.padEnd(12)} loss ${history[0].toExponential(2)} -> ${history.at(-1).toExponential(2)}  SNR ${snrDb(pred, y).toFixed(2)} dB  ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  pred.dispose();
  mlp.dispose();
}
