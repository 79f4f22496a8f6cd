import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TINY_PROFILE, tinyContext } from '../test-utils/tiny-context.js';
import { readJson } from '../io/json-file.js';
import type { SuiteResults } from '../results/results.js';
import { resolveOptions } from '../cli/options.js';
import { PINN_SUITE, runPinnSuite } from './pinn-suite.js';
import { type PinnSummary, summarizePinn } from './pinn-summary.js';
import type { PinnRun } from './pinn-trial.js';

const profile = {
  ...TINY_PROFILE,
  pinn: {
    ...TINY_PROFILE.pinn,
    steps: { 'poisson-smooth': 6, 'poisson-multiscale': 4, helmholtz: 4 },
    checkpoints: 2,
    seeds: 2,
    goSteps: 25,
    rulePoints: 32,
    solutionGrid: { oneD: 16, twoD: 6 },
    sizes: { 'poisson-smooth': [1, 8, 1], 'poisson-multiscale': [1, 8, 1], helmholtz: [2, 8, 1] },
    batch: { residual: 16, boundary: 4 },
  },
};

type Results = SuiteResults<PinnRun, PinnSummary>;

describe('pinn suite', () => {
  it('runs every (problem, init, seed), pairs by seed, states its claims and writes its figures', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-pinn-'));
    const inits = ['glorot', 'go', 'glorot-anneal', 'ff-tanh', 'siren-auto'];
    const res = (await runPinnSuite(tinyContext(root, { profile, inits }))) as Results;
    expect(res.status).toBe('complete');
    expect(res.runs).toHaveLength(3 * inits.length * 2);
    for (const r of res.runs) {
      expect(Number.isFinite(r.relL2)).toBe(true);
      expect(r.errors[0]?.step).toBe(0);
      expect(r.errors.at(-1)?.step).toBe(r.steps);
      expect(r.seconds).toBeGreaterThan(0);
      expect(Object.keys(r.lambdas).sort()).toEqual(['boundary', 'residual']);
      expect(r.anneal).toBe(r.init.endsWith('-anneal'));
      if (r.init === 'go') expect(r.go?.strength).toBeDefined();
      if (r.init === 'siren-auto') expect(r.scale?.family).toBe('siren');
      if (r.init === 'ff-tanh') expect(r.scale?.family).toBe('fourier');
      // The first seed keeps its solution for the figure.
      expect(r.solution !== undefined).toBe(r.seed === 0);
    }
    expect(res.runs.find((r) => r.problem === 'helmholtz' && r.seed === 0)?.solution?.u).toHaveLength(36);
    // Annealing moves the boundary weight away from its fixed value.
    const annealed = res.runs.find((r) => r.problem === 'helmholtz' && r.init === 'glorot-anneal');
    expect(annealed?.lambdas.boundary).not.toBe(1);

    // Pairing: the mean of log10(go) − log10(glorot) by seed, by a plain loop.
    const s = res.summary as PinnSummary;
    const d = s.paired.find((p) => p.image === 'helmholtz' && p.init === 'go');
    let sum = 0;
    for (const seed of [0, 1]) {
      const go = res.runs.find((r) => r.problem === 'helmholtz' && r.init === 'go' && r.seed === seed) as PinnRun;
      const gl = res.runs.find((r) => r.problem === 'helmholtz' && r.init === 'glorot' && r.seed === seed) as PinnRun;
      sum += Math.log10(go.relL2) - Math.log10(gl.relL2);
    }
    expect(d?.n).toBe(2);
    expect(d?.meanDiffDb).toBeCloseTo(sum / 2, 3);
    expect(s.rows).toHaveLength(3 * inits.length);

    // Claims: the smooth target is not reached in 6 steps (false); GO vs Glorot is measured on every problem.
    const [smooth, ...goClaims] = res.claims;
    expect(smooth?.holds).toBe(false);
    expect(goClaims).toHaveLength(3);
    for (const c of goClaims) {
      expect(c.holds === true || c.holds === false).toBe(true);
      expect(c.measured).toMatch(/GO (helps|hurts|makes no difference)/);
    }
    // Without the baseline the GO claims read "not measured".
    const noGlorot: Results = { ...res, runs: res.runs.filter((r) => r.init !== 'glorot') };
    noGlorot.summary = summarizePinn(noGlorot);
    const nm = PINN_SUITE.claims(noGlorot).slice(1);
    expect(nm.every((c) => c.holds === null && c.measured.startsWith('not measured'))).toBe(true);
    const none: Results = { ...res, runs: [], summary: null };
    expect(PINN_SUITE.claims(none)[0]).toMatchObject({ measured: 'not measured', holds: null });

    // Figures and results on disk; the report table names every (problem, init).
    expect(res.figures).toEqual(['pinn-error', 'pinn-solution-poisson-smooth', 'pinn-solution-poisson-multiscale', 'pinn-solution-helmholtz']);
    for (const f of res.figures) expect(existsSync(join(root, 'pinn', `${f}.png`)) || existsSync(join(root, 'pinn', `${f}.svg`))).toBe(true);
    expect(readJson<Results>(join(root, 'pinn', 'results.json')).runs).toHaveLength(res.runs.length);
    const table = PINN_SUITE.table(res);
    expect(table).toMatch(/\| helmholtz \| go \| 4 \| 2 \| 0 \|/);
  }, 180_000);

  it('takes <init>-anneal names and rejects browser backends', () => {
    expect(resolveOptions({ inits: 'glorot,go-anneal' }, 'pinn').inits).toEqual(['glorot', 'go-anneal']);
    expect(() => resolveOptions({ inits: 'glorot-anneal' }, 'synthetic')).toThrow(/unknown init/);
    expect(() => resolveOptions({ backend: 'webgl' }, 'pinn')).toThrow(/Node backends only/);
  });
});
