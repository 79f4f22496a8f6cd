// Speed of the pure-JS mean-field routines (run after `pnpm build`):
//   node scripts/measure-speed.mjs
// Timing lives here, not in the unit tests (CONTRIBUTING.md).
import { figure2, fixedPoints, lengthMap, lengthMapSlope, meanField } from '../dist/index.js';

function time(label, reps, fn) {
  fn(0); // warm-up (JIT)
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) fn(i);
  const ms = (performance.now() - t0) / reps;
  console.log(`${label.padEnd(52)} ${ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`}`);
}

const cold0 = performance.now();
figure2();
console.log(`${'figure2() cold, first call in the process'.padEnd(52)} ${(performance.now() - cold0).toFixed(1)} ms`);
for (const [name, c] of [['tanh', 1], ['relu', Math.SQRT2], ['sin', Math.SQRT2], ['gelu', 1.5]]) {
  time(`lengthMap(${name}) averaged over s in [0, 10]`, 2000, (i) => lengthMap(name, (i % 100) / 10, { c }));
  time(`lengthMapSlope(${name}) averaged over s in [0, 10]`, 2000, (i) => lengthMapSlope(name, (i % 100) / 10, { c }));
}
time('lengthMap(tanh, s = 0.5)', 20000, () => lengthMap('tanh', 0.5));
time('fixedPoints(tanh, c = 2), sMax 10', 20, () => fixedPoints('tanh', { c: 2 }));
time('meanField(tanh, c = 1.5) (chaotic: 2-D c-map)', 20, () => meanField('tanh', { c: 1.5 }));
time('figure2() warm: 3 schemes × 101 points, map + slope', 20, () => figure2());
