import { Rng, createMlp } from '@mlpinit/core';
import { describeBackends } from '@mlpinit/core/testing';
import { empiricalNtk, ntkLocalization } from '@mlpinit/ntk';
import { describe, expect, it } from 'vitest';
import { glorotScales, goInit } from './go-init.js';
import { GoResult } from './go-result.js';
import { KERNEL_RULE_K0, kernelRuleK, probeGrid, sampleSpacing, trainingEpochs } from './kernel-rule.js';
import type { GoStrengthReport } from './strength.js';

type KernelReport = Extract<GoStrengthReport, { rule: 'kernel' }>;

describe('sampleSpacing, probeGrid, trainingEpochs, kernelRuleK', () => {
  it('gives the lattice side for regular grids, in 1-D and 2-D', () => {
    const n = 20;
    const grid2 = Float64Array.from({ length: 2 * n * n }, (_, k) => {
      const i = k >> 1;
      return k % 2 === 0 ? (i % n) / (n - 1) : Math.floor(i / n) / (n - 1);
    });
    // (area / N)^(1/2) with area 1: 1/n.
    expect(sampleSpacing(grid2, 2)).toBeCloseTo(1 / n, 12);
    expect(sampleSpacing(Float64Array.from({ length: 11 }, (_, i) => 2 * i), 1)).toBeCloseTo(20 / 11, 12);
    expect(() => sampleSpacing(Float64Array.from([1, 2]), 2)).toThrow(/at least 2/);
    expect(() => sampleSpacing(Float64Array.from([1, 2, 3, 2]), 2)).toThrow(/no volume/);
  });

  it('probes the centre of the bounding box, in 1-, 2- and 3-D', () => {
    const g = probeGrid(Float64Array.from([-1, 0, 1, 4]), 2, 5, 0.5);
    expect(g).toHaveLength(25);
    expect(g[0]).toEqual([-0.5, 1]);
    expect(g[24]).toEqual([0.5, 3]);
    expect(probeGrid(Float64Array.from([0, 10]), 1, 3, 0.5)).toEqual([[2.5], [5], [7.5]]);
    const g3 = probeGrid(Float64Array.from([0, 0, 0, 1, 1, 1]), 3);
    expect(g3).toHaveLength(512);
    expect(() => probeGrid(new Float64Array(8), 4)).toThrow(/1- to 3-D/);
  });

  it('epochs and k in closed form', () => {
    expect(trainingEpochs(100, 50, 1000)).toBe(5);
    expect(trainingEpochs(100, undefined, 1000)).toBe(100);
    expect(trainingEpochs(100, 5000, 1000)).toBe(100);
    expect(kernelRuleK(100)).toBeCloseTo(KERNEL_RULE_K0, 12);
    expect(kernelRuleK(400)).toBeCloseTo(2 * KERNEL_RULE_K0, 12);
  });
});

/** Uniform points in the box [lo, hi]² (seeded). */
function box(n: number, seed: number, lo = -1, hi = 1): number[][] {
  const rng = new Rng(seed);
  return Array.from({ length: n }, () => [lo + (hi - lo) * rng.uniform(), lo + (hi - lo) * rng.uniform()]);
}

const sizes = [2, 16, 16, 16, 1];
const candidates = [0, 10, 40];

describeBackends("strength 'kernel'", () => {
  const x = box(200, 5);

  it('reports every candidate, chooses the strongest whose half-width spans k spacings, and is deterministic', async () => {
    const training = { steps: 300, batchSize: 50 };
    const go = await goInit({ sizes, x, strength: 'kernel', training, candidates, seed: 2 });
    const again = await goInit({ sizes, x, strength: 'kernel', training, candidates, seed: 2 });
    const s = go.strength as KernelReport;
    expect(s.rule).toBe('kernel');
    expect(s.candidates.map((c) => c.pathSteps)).toEqual(candidates);
    expect(candidates).toContain(s.pathSteps);
    expect(again.strength).toEqual({ ...s, seconds: (again.strength as KernelReport).seconds });
    expect(again.layerScales).toEqual(go.layerScales);
    // k from the budget, by hand: 300 steps × 50 points / 200 points = 75 epochs.
    expect(s.epochs).toBe(75);
    expect(s.k).toBeCloseTo(0.8 * Math.sqrt(0.75), 12);
    const passing = s.candidates.filter((c) => c.ratio >= s.k).map((c) => c.pathSteps);
    expect(s.pathSteps).toBe(passing.length > 0 ? Math.max(...passing) : 0);
    expect(go.stepsRun).toBe(s.pathSteps);
    expect(go.lossHistory).toHaveLength(s.pathSteps);
    if (s.pathSteps === 0) {
      expect(go.layerScales).toEqual(glorotScales(sizes));
      expect(go.layerBiases).toEqual([0, 0, 0]);
    }
    // Independent check of the chosen candidate's ratio: normalise the points by hand, draw the chosen law and measure again.
    const mean = [0, 1].map((j) => x.reduce((a, p) => a + (p[j] as number), 0) / x.length);
    const std = [0, 1].map((j) => Math.sqrt(x.reduce((a, p) => a + ((p[j] as number) - (mean[j] as number)) ** 2, 0) / x.length));
    const xn = x.map((p) => p.map((v, j) => (v - (mean[j] as number)) / (std[j] as number)));
    const flat = Float64Array.from(xn.flat());
    const probe = probeGrid(flat, 2);
    const rebuilt = createMlp({ sizes, init: 'fan-in-normal', seed: 2, layerScales: [...go.layerScales], layerBiases: [...go.layerBiases] });
    const K = await empiricalNtk(rebuilt, probe);
    rebuilt.dispose();
    const chosen = s.candidates.find((c) => c.pathSteps === s.pathSteps);
    expect(ntkLocalization(K, probe).meanHalfWidth / sampleSpacing(flat, 2)).toBeCloseTo(chosen?.ratio as number, 2);
    // The report survives JSON.
    expect(GoResult.fromJSON(JSON.stringify(go.toJSON())).strength).toEqual(go.strength);
  });

  it('longer training never chooses a stronger GO (monotone over 3 budgets)', async () => {
    const chosen: number[] = [];
    const ratios: number[][] = [];
    for (const steps of [20, 2000, 200000]) {
      const go = await goInit({ sizes, x, strength: 'kernel', training: { steps, batchSize: 50 }, candidates, seed: 3 });
      const s = go.strength as KernelReport;
      chosen.push(s.pathSteps);
      ratios.push(s.candidates.map((c) => c.ratio));
    }
    // The path and its kernels do not depend on the budget; only k does.
    expect(ratios[1]).toEqual(ratios[0]);
    expect(ratios[2]).toEqual(ratios[0]);
    expect(chosen[1]).toBeLessThanOrEqual(chosen[0] as number);
    expect(chosen[2]).toBeLessThanOrEqual(chosen[1] as number);
    // And the budgets span the candidates: the shortest takes the strongest, the longest declines GO.
    expect(chosen[0]).toBe(40);
    expect(chosen[2]).toBe(0);
  });

  it('fewer, sparser points never choose a stronger GO than denser ones in the same box', async () => {
    // The same budget in steps is more epochs over fewer points (a larger k) and their spacing is wider (smaller ratios).
    const training = { steps: 20000, batchSize: 64 };
    const out: Array<{ n: number; chosen: number; ratios: number[] }> = [];
    for (const n of [1600, 400, 100]) {
      const go = await goInit({ sizes, x: box(n, 9), strength: 'kernel', training, candidates, seed: 4 });
      const s = go.strength as KernelReport;
      out.push({ n, chosen: s.pathSteps, ratios: s.candidates.map((c) => c.ratio) });
    }
    expect(out[1]?.chosen).toBeLessThanOrEqual(out[0]?.chosen as number);
    expect(out[2]?.chosen).toBeLessThanOrEqual(out[1]?.chosen as number);
    // Not vacuous: the densest points take the strongest candidate, the sparsest decline GO.
    expect(out[0]?.chosen).toBe(40);
    expect(out[2]?.chosen).toBe(0);
    // Ratios fall with sparser points for every candidate (the spacing grows as 1/√n).
    for (let c = 0; c < candidates.length; c++) expect(out[2]?.ratios[c]).toBeLessThan(out[0]?.ratios[c] as number);
  });
});
