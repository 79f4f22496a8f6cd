import { describe, expect, it } from 'vitest';
import { PROFILES } from '../suites/profiles.js';
import { perfClaims, summarize } from './perf-claims.js';
import type { PerfRun } from './perf-run.js';
import { perfWorkloads } from './perf-workloads.js';

describe('perf summary and claims', () => {
  const { workloads, mediumName } = perfWorkloads({ profile: 'quick' });
  const paper = workloads.at(-1)?.name as string;
  const runs: PerfRun[] = [
    { workload: paper, variant: 'mlpinit', backend: 'webgpu, software (google swiftshader)', ms: 900, steps: 8 },
    { workload: 'NTK 1→5×100→1 on 4096 points', variant: 'structured', backend: 'webgpu', ms: 1, steps: 1, note: 'tfjs holds 321 MiB after (browser page: no process RSS)' },
  ];
  const memory = { steps: 200, tensorsBefore: 5, tensorsAfter: 5, bytesBefore: 10, bytesAfter: 10 };
  const s = summarize(
    workloads.map((w) => w.name),
    runs,
    null,
    memory,
    mediumName,
  );

  it('projects the paper run from its timed step (400k steps × ms, by hand) and reads browser memory notes', () => {
    expect(s.paperImageHoursPerInit).toBeCloseTo((PROFILES.paper.image.steps * 900) / 3_600_000, 12);
    expect(s.ntkLargeRssMiB).toBe(321);
  });

  it('names the device in the claims, says "not measured" for what did not run, and counts the memory steps it ran', () => {
    const claims = perfClaims(s, { name: 'webgpu', adapter: 'google swiftshader', software: true });
    const texts = claims.map((c) => c.claim).join('\n');
    expect(texts).toMatch(/on webgpu, software \(google swiftshader\) within 3× of PyTorch/);
    expect(texts).toMatch(/Memory per step stable over 200 steps/);
    const paperClaim = claims.find((c) => c.claim.startsWith('Paper profile'));
    expect(paperClaim?.measured).toBe('100.0 h per init (training steps only)');
    expect(paperClaim?.holds).toBe(false);
    expect(claims.find((c) => c.claim.startsWith('Training step'))?.holds).toBeNull();
    expect(claims.find((c) => c.claim.startsWith('NTK at N = 4096'))?.measured).toBe('tfjs memory 321 MiB');
  });

  it('reads the repeated-train ratio (second 6-step call over the steady-state step) and judges it against 1.2×', () => {
    const w = 'repeated train 2→256×4→3, N=16384 full batch, 6-step calls';
    const timed: PerfRun[] = [
      { workload: w, variant: 'repeat-call', backend: 'wasm', ms: 420, steps: 6 },
      { workload: w, variant: 'steady-state', backend: 'wasm', ms: 400, steps: 12 },
    ];
    const t = summarize(workloads.map((x) => x.name), timed, null, memory, mediumName);
    expect(t.repeatedTrainRatio).toBeCloseTo(1.05, 12);
    const claim = perfClaims(t).find((c) => c.claim.startsWith('A repeated 6-step'));
    expect(claim).toMatchObject({ measured: '1.05× the steady-state step', holds: true });
    const slow = summarize(workloads.map((x) => x.name), [{ ...(timed[0] as PerfRun), ms: 520 }, timed[1] as PerfRun], null, memory, mediumName);
    expect(perfClaims(slow).find((c) => c.claim.startsWith('A repeated 6-step'))?.holds).toBe(false);
    expect(perfClaims(s).find((c) => c.claim.startsWith('A repeated 6-step'))).toMatchObject({ holds: null });
  });

  it("compares PyTorch's best with mlpinit's best structured NTK (one thread, two threads, auto)", () => {
    const w = 'NTK 1→5×100→1 on 256 points';
    const timed: PerfRun[] = [
      { workload: w, variant: 'structured', backend: 'wasm', ms: 8, steps: 10 },
      { workload: w, variant: 'structured-1thread', backend: 'wasm', ms: 8.2, steps: 10 },
      { workload: w, variant: 'structured-2threads', backend: 'wasm', ms: 6, steps: 10 },
      { workload: w, variant: 'pytorch', backend: 'wasm', ms: 39, steps: 10 },
    ];
    const t = summarize(workloads.map((x) => x.name), timed, null, memory, mediumName);
    expect(t.ntkSpeedupOverPytorch).toBeCloseTo(6.5, 12);
    expect(perfClaims(t).find((c) => c.claim.startsWith('Structured NTK'))).toMatchObject({ measured: '6.5× faster', holds: true });
    const one = summarize(workloads.map((x) => x.name), timed.filter((r) => r.variant !== 'structured-2threads'), null, memory, mediumName);
    expect(one.ntkSpeedupOverPytorch).toBeCloseTo(39 / 8, 12);
  });
});
