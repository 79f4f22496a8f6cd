import { type Mlp, createMlp, ready } from '@mlpinit/core';
import { goInit } from '@mlpinit/go-init';
import { empiricalNtk, ntkHeatmapSpec, ntkLocalization, ntkSpectrum } from '@mlpinit/ntk';
import type { NtkParams, NtkResult } from '../protocol.js';
import { domainPoints } from './go-task.js';
import type { TaskContext } from './task-context.js';

/**
 * Empirical NTKs over a 1-D grid on [−1, 1] for a Glorot draw and a GO draw of
 * the same network (Figure 3 of Wang & Perdikaris 2021), with their mean
 * half-width (ntk's localization measure) and top eigenvalues.
 */
export async function ntkTask(p: NtkParams, ctx: TaskContext<{ stage: string }>): Promise<NtkResult> {
  await ready();
  const x = domainPoints('1d', p.points, p.seed);
  const sizes = [1, ...Array.from({ length: p.depth }, () => p.width), 1];
  const mlps: { label: string; mlp: Mlp }[] = [];
  try {
    mlps.push({ label: 'Glorot', mlp: createMlp({ sizes, activation: p.activation, init: 'glorot-normal', seed: p.seed }) });
    ctx.progress({ stage: 'running GO…' });
    const go = await goInit({
      sizes,
      activation: p.activation,
      x,
      lambda: p.lambda,
      steps: p.goSteps,
      seed: p.seed,
      signal: ctx.signal,
      onProgress: (q) => ctx.progress({ stage: `GO step ${q.step} / ${q.steps}` }),
    });
    mlps.push({ label: `GO (λ = ${p.lambda})`, mlp: go.createMlp(p.seed) });
    const panels: NtkResult['panels'] = [];
    for (const { label, mlp } of mlps) {
      ctx.progress({ stage: `NTK of ${label}…` });
      const K = await empiricalNtk(mlp, x, undefined, { signal: ctx.signal });
      const loc = ntkLocalization(K, x);
      const spectrum = ntkSpectrum(K, 5);
      panels.push({
        label,
        spec: ntkHeatmapSpec(K, x, { title: `${label}: normalised NTK`, width: 260, height: 260 }),
        halfWidth: loc.meanHalfWidth,
        eigenvalues: spectrum.values,
      });
    }
    return { panels };
  } finally {
    for (const { mlp } of mlps) mlp.dispose();
  }
}
