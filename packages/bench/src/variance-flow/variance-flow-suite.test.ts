import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tinyContext } from '../test-utils/tiny-context.js';
import { runVarianceFlowSuite } from './variance-flow-suite.js';

// A stand-in for @mlpinit/variance-flow with its public signatures: the tanh
// length map by a plain midpoint rule, a "simulation" that is that map, and
// minimal figure specs — enough to check the suite's composition and claims.
const figure1Networks = vi.hoisted(() => [] as number[]);

vi.mock('@mlpinit/variance-flow', () => {
  const lengthMap = (s: number, c = 1): number => {
    let acc = 0;
    const n = 4000;
    for (let i = 0; i < n; i++) {
      const z = -8 + (16 * (i + 0.5)) / n;
      acc += Math.tanh(c * s * z) ** 2 * Math.exp((-z * z) / 2) * (16 / n);
    }
    return Math.sqrt(acc / Math.sqrt(2 * Math.PI));
  };
  const spec = (title: string, values: unknown[]) => ({ title, data: { values }, mark: 'point', encoding: { x: { field: 'x', type: 'quantitative' } } });
  return {
    lengthMapCurves: (o: { points?: number } = {}) => {
      const n = o.points ?? 11;
      const curves = Array.from({ length: n }, (_, k) => {
        const s = (4 * k) / (n - 1);
        return { scheme: 'Glorot (tanh, c = 1)', s, map: lengthMap(s), slope: (lengthMap(s + 1e-4) - lengthMap(s)) / 1e-4 };
      });
      return { sMax: 4, curves, fixedPoints: [{ scheme: 'Glorot (tanh, c = 1)', s: 0, map: 0, slope: 1, stable: false }] };
    },
    simulateDepth: async (o: { depth: number }) => {
      const layers = [];
      let s = 1;
      for (let l = 0; l <= o.depth; l++) {
        layers.push({ layer: l, stdMean: s, stdSpread: 0.01, rmsMean: s, rmsSpread: 0.01, predictedRms: s, predictedStd: s });
        s = lengthMap(s);
      }
      return { layers };
    },
    figure1: (sims: Array<{ layers: Array<{ layer: number; stdMean: number }> }>) => {
      figure1Networks.push(sims.length);
      return spec('Figure 1', sims.flatMap((sim) => sim.layers.map((l) => ({ x: l.layer }))));
    },
    figure2: (c: { curves: Array<{ s: number }> }) => spec('Figure 2', c.curves.map((p) => ({ x: p.s }))),
  };
});

describe('variance-flow suite', () => {
  it('composes Figures 1 and 2 and the depth-collapse claim from the package', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-vf-'));
    const ctx = tinyContext(dir);
    ctx.profile = { ...ctx.profile, varianceFlow: { width: 8, depth: 12, samples: 2, points: 16 } };
    const r = await runVarianceFlowSuite(ctx);
    expect(r.status).toBe('complete');
    const depth = r.runs.filter((x) => x.kind === 'depth');
    expect(depth).toHaveLength(12);
    // Layer 1 of a tanh net at c = 1 from unit inputs: s₁ = √E[tanh(z)²] ≈ 0.6278.
    expect(r.summary?.firstStd).toBeCloseTo(0.6278, 3);
    expect(r.summary?.lastStd).toBeLessThan(0.5 * (r.summary?.firstStd ?? 0));
    expect(r.claims[0]?.holds).toBe(true);
    expect(r.claims[1]?.holds).toBe(true);
    for (const f of ['figure-1', 'figure-2']) expect(existsSync(join(dir, 'variance-flow', `${f}.png`))).toBe(true);
    // Figure 1 draws the collapsing c = 1 beside the c = 2 contrast.
    expect(figure1Networks).toEqual([2]);
  });
});
