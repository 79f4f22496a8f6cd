import { Rng, createMlp } from '@mlpinit/core';
import { describeBackends } from '@mlpinit/core/testing';
import { glorotScales } from '@mlpinit/go-init';
import { empiricalNtk, ntkLocalization } from '@mlpinit/ntk';
import { describe, expect, it } from 'vitest';
import { goKernelRule, probeGrid, sampleSpacing } from './go-kernel-rule.js';

describe('sampleSpacing and probeGrid', () => {
  it('gives the lattice side for regular grids, in 1-D and 2-D', () => {
    const n = 20;
    const grid2 = Array.from({ length: n * n }, (_, i) => [(i % n) / (n - 1), Math.floor(i / n) / (n - 1)]);
    // (area / N)^(1/2) with area 1: 1/n.
    expect(sampleSpacing(grid2)).toBeCloseTo(1 / n, 12);
    const grid1 = Array.from({ length: 11 }, (_, i) => [2 * i]);
    expect(sampleSpacing(grid1)).toBeCloseTo(20 / 11, 12);
    expect(() => sampleSpacing([[1, 2]])).toThrow(/at least 2/);
    expect(() => sampleSpacing([[1, 2], [3, 2]])).toThrow(/no volume/);
  });

  it('probes the centre of the bounding box', () => {
    const pts = [
      [-1, 0],
      [1, 4],
    ];
    const g = probeGrid(pts, 5, 0.5);
    expect(g).toHaveLength(25);
    expect(g[0]).toEqual([-0.5, 1]);
    expect(g[24]).toEqual([0.5, 3]);
    expect(() => probeGrid([[0, 0, 0], [1, 1, 1]])).toThrow(/1-D or 2-D/);
  });
});

describeBackends('goKernelRule', () => {
  it('keeps the strongest candidate whose NTK half-width reaches k spacings', async () => {
    const rng = new Rng(5);
    const x = Array.from({ length: 200 }, () => [2 * rng.uniform() - 1, 2 * rng.uniform() - 1]);
    const sizes = [2, 16, 16, 16, 1];
    const candidates = [0, 10, 40];
    const loose = await goKernelRule(sizes, 2, candidates, x, 1e-9);
    const strict = await goKernelRule(sizes, 2, candidates, x, 1e9);
    try {
      const scored = loose.go.kernel.candidates;
      expect(scored.map((c) => c.steps)).toEqual(candidates);
      // Tiny k: every candidate passes, the strongest wins; huge k: none passes, Glorot (0) is kept.
      expect(loose.go.stepsRun).toBe(40);
      expect(strict.go.stepsRun).toBe(0);
      expect(strict.go.layerScales).toEqual(glorotScales(sizes));
      expect(strict.go.layerBiases).toEqual([0, 0, 0]);
      // Both runs walk the same seeded path and score it identically.
      expect(strict.go.kernel.candidates).toEqual(scored);
      // Independent check of the chosen candidate's ratio: rebuild its network and measure again.
      const mid = await goKernelRule(sizes, 2, candidates, x, (scored[1] as { ratio: number }).ratio);
      expect(mid.go.stepsRun).toBe(scored.filter((c) => c.ratio >= (scored[1] as { ratio: number }).ratio).at(-1)?.steps);
      const norm = x.map((p) => p.slice());
      const mean = [0, 1].map((j) => norm.reduce((a, p) => a + (p[j] as number), 0) / norm.length);
      const std = [0, 1].map((j) => Math.sqrt(norm.reduce((a, p) => a + ((p[j] as number) - (mean[j] as number)) ** 2, 0) / norm.length));
      const xn = norm.map((p) => p.map((v, j) => (v - (mean[j] as number)) / (std[j] as number)));
      const probe = probeGrid(xn);
      const rebuilt = createMlp({ sizes, init: 'fan-in-normal', seed: 2, layerScales: loose.go.layerScales, layerBiases: loose.go.layerBiases });
      const K = await empiricalNtk(rebuilt, probe);
      const hw = ntkLocalization(K, probe).meanHalfWidth;
      rebuilt.dispose();
      expect(hw / sampleSpacing(xn)).toBeCloseTo((scored[2] as { ratio: number }).ratio, 3);
      mid.mlp.dispose();
    } finally {
      loose.mlp.dispose();
      strict.mlp.dispose();
    }
  });
});
