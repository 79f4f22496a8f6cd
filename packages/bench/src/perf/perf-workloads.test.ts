import { describe, expect, it } from 'vitest';
import { PROFILES } from '../suites/profiles.js';
import { PAPER_WORKLOAD_PREFIX, perfScale, perfWorkloads } from './perf-workloads.js';

describe('perf workloads', () => {
  it('scale with --steps both ways (at least one step each) and always include the paper network', () => {
    const base = perfWorkloads({ profile: 'quick' }).workloads;
    const fifth = perfWorkloads({ profile: 'quick', steps: PROFILES.quick.perf.steps / 5 }).workloads;
    const twice = perfWorkloads({ profile: 'quick', steps: PROFILES.quick.perf.steps * 2 }).workloads;
    expect(perfScale({ profile: 'quick', steps: 10 })).toBeCloseTo(0.2, 12);
    base.forEach((w, i) => {
      expect(fifth[i]?.steps.mlpinit).toBe(Math.max(1, Math.round(w.steps.mlpinit / 5)));
      expect(twice[i]?.steps.mlpinit).toBe(2 * w.steps.mlpinit);
    });
    const paper = base.find((w) => w.name.startsWith(PAPER_WORKLOAD_PREFIX));
    expect(paper?.sizes).toEqual([2, ...new Array(PROFILES.paper.image.depth).fill(PROFILES.paper.image.width), 3]);
    expect(paper?.batch).toBe(PROFILES.paper.image.batchSize);
  });
});
