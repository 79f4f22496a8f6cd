import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TINY_PROFILE, tinyContext } from '../test-utils/tiny-context.js';
import { runNtkSuite } from './ntk-suite.js';

describe('ntk suite (Figure 3)', () => {
  it('draws Glorot, the fixed-scale control, the default go and the authors GO, with a heading that states the setting', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-ntk-'));
    const profile = { ...TINY_PROFILE, ntk: { depth: 2, width: 8, points: 12, inits: ['glorot', 'glorot-c3', 'go', 'go-lam1e-4'], goSteps: 30, trainingSteps: 50 } };
    const res = await runNtkSuite(tinyContext(root, { profile }));
    expect(res.status).toBe('complete');
    expect(res.runs.map((r) => r.init)).toEqual(['glorot', 'glorot-c3', 'go', 'go-lam1e-4']);
    // The default go chose its strength by the kernel rule, among candidates up to the cap.
    const go = res.runs.find((r) => r.init === 'go');
    expect(go?.go?.strength.rule).toBe('kernel');
    expect([0, 25]).toContain(go?.go?.stepsRun);
    const spec = JSON.parse(readFileSync(join(root, 'ntk', 'figure-3.vl.json'), 'utf8')) as {
      title: { text: string; subtitle: string[] };
      hconcat: Array<{ title: { text: string } | string }>;
      resolve: { scale: { color: string } };
    };
    const titles = spec.hconcat.map((p) => (typeof p.title === 'string' ? p.title : p.title.text));
    expect(titles).toEqual(['Glorot (c = 1)', 'fixed scale c = 3 (glorot-c3)', `go: GO, ${go?.go?.stepsRun} path steps (kernel rule)`, 'GO, λ = 0.0001, 30 steps (authors)']);
    expect(spec.title.subtitle.join(' ')).toMatch(/1 → 2×8 → 1 tanh MLP at initialization, 12 grid points; one network per panel \(seed 0\), no band/);
    expect(spec.resolve.scale.color).toBe('shared');
    // Two claims: GO vs Glorot, and the default go vs the fixed-scale control, each measured.
    expect(res.claims).toHaveLength(2);
    for (const c of res.claims) expect(c.holds).not.toBeNull();
    expect(res.claims[1]?.measured).toMatch(/go half-width [\d.]+, glorot-c3 [\d.]+ .*RMS width/);
  });
});
