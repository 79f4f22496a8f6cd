import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SuiteResults } from '../results/results.js';
import { tinyContext } from '../test-utils/tiny-context.js';
import { runVarianceFlowSuite } from './variance-flow-suite.js';

// The real @mlpinit/variance-flow at tiny sizes: two tanh networks of width 32
// and 12 hidden layers per scale, 16 points per length-map curve (about a second on cpu).
describe('variance-flow suite', () => {
  it('composes Figures 1 and 2 and the depth-collapse claim from @mlpinit/variance-flow', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-vf-'));
    const ctx = tinyContext(dir);
    ctx.profile = { ...ctx.profile, varianceFlow: { width: 32, depth: 12, samples: 2, points: 16 } };
    const r = await runVarianceFlowSuite(ctx);
    expect(r.status).toBe('complete');

    // Length maps of the three schemes, 16 points each; Glorot (tanh, c = 1) has the fixed point s* = 0.
    expect(r.runs.filter((x) => x.kind === 'map')).toHaveLength(3 * 16);
    expect(r.summary?.fixedPoints.some((f) => /^glorot/i.test(f.scheme) && f.s < 1e-6)).toBe(true);

    // One depth row per hidden layer, measured on the simulated networks.
    const depth = r.runs.flatMap((x) => (x.kind === 'depth' ? [x] : []));
    expect(depth.map((x) => x.layer)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(r.summary?.measured).toBe(true);
    // Layer 1 of a tanh net at c = 1 from unit inputs: s₁ = √E[tanh(z)²] ≈ 0.6278 (length map),
    // and the finite networks (width 32, two of them) measure about that.
    expect(depth[0]?.predicted).toBeCloseTo(0.6278, 3);
    expect(r.summary?.firstStd).toBeCloseTo(0.6278, 1);
    expect(depth.every((x) => typeof x.measured === 'number' && x.measured !== x.predicted)).toBe(true);
    // The std collapses with depth: measured and predicted.
    expect(r.summary?.lastStd).toBeLessThan(0.5 * (r.summary?.firstStd ?? 0));
    expect(depth[11]?.predicted).toBeLessThan(0.5 * (depth[0]?.predicted ?? 0));
    expect(r.claims).toHaveLength(2);
    expect(r.claims[0]?.holds).toBe(true);
    expect(r.claims[0]?.measured).toMatch(/at layer 12 \(simulated networks\)/);
    expect(r.claims[1]?.holds).toBe(true);
    // relu at c = √2 is the identity: named once as neutral, not as fixed points at 0 and at the plot's end.
    expect(r.claims[1]?.measured).toMatch(/He \(relu, c = √2\): every s is a fixed point \(L\(s\) = s, neutral\)/);
    expect(r.claims[1]?.measured).not.toMatch(/He \(relu, c = √2\) s\* =/);
    expect(r.claims[1]?.measured).toMatch(/Glorot \(tanh, c = 1\) s\* = 0\.000 \(marginally stable\)/);

    // The raw simulations are the profile's networks: c = 1 and the c = 2 contrast.
    const raw = r.runs.find((x) => x.kind === 'raw');
    expect(raw?.kind === 'raw' && [raw.simulation.c, raw.simulation.width, raw.simulation.depth, raw.simulation.samples]).toEqual([1, 32, 12, 2]);
    expect(raw?.kind === 'raw' && raw.contrast?.c).toBe(2);

    // Figures written; Figure 1 draws the collapsing c = 1 beside the c = 2 contrast.
    expect(r.figures).toEqual(['figure-1', 'figure-2']);
    for (const f of ['figure-1', 'figure-2']) {
      for (const ext of ['png', 'svg', 'vl.json']) expect(existsSync(join(dir, 'variance-flow', `${f}.${ext}`))).toBe(true);
    }
    const fig1 = JSON.parse(readFileSync(join(dir, 'variance-flow', 'figure-1.vl.json'), 'utf8')) as { data: { values: Array<{ network: string }> } };
    expect([...new Set(fig1.data.values.map((v) => v.network))]).toEqual(['tanh, c = 1', 'tanh, c = 2']);

    // results.json holds what the suite returned.
    const written = JSON.parse(readFileSync(join(dir, 'variance-flow', 'results.json'), 'utf8')) as SuiteResults;
    expect(written.status).toBe('complete');
    expect(written.summary).toEqual(JSON.parse(JSON.stringify(r.summary)));
  });
});
