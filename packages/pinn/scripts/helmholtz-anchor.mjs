// The Helmholtz anchor of Wang, Teng & Perdikaris (SIAM J. Sci. Comput. 2021, Table 3): the plain PINN (M1) and
// learning-rate annealing (M2) at their settings (helmholtz2d()'s defaults: 2 → 50×3 → 1 tanh, Glorot, 40,000
// Adam steps at 1e-3 × 0.9^(step/1000), 128 fresh collocation points and 128 per edge a step), several seeds.
// Usage: node scripts/helmholtz-anchor.mjs [--variants plain,annealed] [--seeds 0,1,2,3,4] [--out docs/helmholtz-anchor.json]
// (after `pnpm --filter @mlpinit/pinn... build`). Each run takes 4–6 minutes on one wasm thread.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createMlp, setBackend } from '@mlpinit/core';
import { helmholtz2d, solve } from '@mlpinit/pinn';

const { values } = parseArgs({
  options: { variants: { type: 'string', default: 'plain,annealed' }, seeds: { type: 'string', default: '0,1,2,3,4' }, out: { type: 'string', default: 'docs/helmholtz-anchor.json' } },
});
await setBackend('wasm');
const problem = helmholtz2d();
const runs = [];
for (const variant of values.variants.split(',')) {
  for (const seed of values.seeds.split(',').map(Number)) {
    const mlp = createMlp({ sizes: problem.defaults.sizes, init: 'glorot-normal', seed });
    const r = await solve(problem, { mlp, seed, adaptiveWeights: variant === 'annealed', checkpoints: 20 });
    runs.push({ variant, seed, relL2: r.relL2, seconds: r.seconds, lambdas: r.lambdas, gradients: r.gradients, errors: r.errors });
    console.log(`${variant} seed ${seed}: relative L2 ${r.relL2.toExponential(3)} (${r.seconds.toFixed(0)} s)`);
    mlp.dispose();
    writeFileSync(values.out, `${JSON.stringify({ problem: problem.name, source: problem.source, settings: problem.defaults, runs }, null, 1)}\n`);
  }
}
