import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tinyContext } from '../test-utils/tiny-context.js';
import { runVarianceFlowSuite } from './variance-flow-suite.js';

// A stand-in for @mlpinit/variance-flow with the signatures: the
// length map of tanh computed by plain Monte Carlo-free quadrature here
// (midpoint rule on ±8σ), enough to check the suite's composition.
vi.mock('@mlpinit/variance-flow', () => {
  const f: Record<string, (x: number) => number> = { tanh: Math.tanh, relu: (x) => Math.max(0, x), sin: Math.sin };
  const lengthMap = (a: string, s: number, o: { c?: number } = {}): number => {
    const c = o.c ?? 1;
    let acc = 0;
    const n = 4000;
    for (let i = 0; i < n; i++) {
      const z = -8 + (16 * (i + 0.5)) / n;
      acc += (f[a] as (x: number) => number)(c * s * z) ** 2 * Math.exp(-z * z / 2) * (16 / n);
    }
    return Math.sqrt(acc / Math.sqrt(2 * Math.PI));
  };
  return {
    lengthMap,
    lengthMapSlope: (a: string, s: number, o?: { c?: number }) => (lengthMap(a, s + 1e-5, o) - lengthMap(a, Math.max(0, s - 1e-5), o)) / (s + 1e-5 - Math.max(0, s - 1e-5)),
    iterateLengthMap: (a: string, s0: number, depth: number, o?: { c?: number }) => {
      const out = [s0];
      for (let l = 0; l < depth; l++) out.push(lengthMap(a, out[l] as number, o));
      return out;
    },
    fixedPoints: (a: string) => (a === 'tanh' ? [{ s: 0, slope: 1, stable: false }] : [{ s: 0, slope: 0, stable: true }]),
    simulateDepth: () => ({ mean: Array.from({ length: 6 }, (_, l) => 0.8 / Math.sqrt(l + 1)), spread: new Array(6).fill(0.01) }),
  };
});

describe('variance-flow suite', () => {
  it('composes Figures 1 and 2 and the depth-collapse claim from the package', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-vf-'));
    const ctx = tinyContext(dir);
    ctx.profile = { ...ctx.profile, varianceFlow: { width: 8, depth: 6, samples: 2, points: 16 } };
    const r = await runVarianceFlowSuite(ctx);
    expect(r.status).toBe('complete');
    expect(r.runs.filter((x) => x.kind === 'depth')).toHaveLength(6);
    expect(r.summary?.measured).toBe(true);
    expect(r.summary?.lastStd).toBeCloseTo(0.8 / Math.sqrt(6), 4);
    // The tanh length map at c = 1 contracts: s₁ < s₀ = 1.
    const first = r.runs.find((x) => x.kind === 'depth' && x.layer === 1);
    expect(first && first.kind === 'depth' && first.predicted < 1).toBe(true);
    expect(r.claims[0]?.holds).toBe(true);
    for (const f of ['figure-1', 'figure-2']) expect(existsSync(join(dir, 'variance-flow', `${f}.png`))).toBe(true);
  });
});
