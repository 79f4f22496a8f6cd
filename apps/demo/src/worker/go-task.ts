import { Rng } from '@mlpinit/core';
import { angleMatrixSpec, goAngleMatrices, goInit } from '@mlpinit/go-init';
import type { GoParams, GoSummary } from '../protocol.js';
import type { TaskContext } from './task-context.js';

/** Domain points: an even 1-D grid on [−1, 1], or seeded uniform points in [−1, 1]². */
export function domainPoints(domain: '1d' | '2d', n: number, seed: number): number[][] {
  if (domain === '1d') return Array.from({ length: n }, (_, i) => [n === 1 ? 0 : -1 + (2 * i) / (n - 1)]);
  const u = new Rng(seed).uniformArray(2 * n, -1, 1);
  return Array.from({ length: n }, (_, i) => [u[2 * i] as number, u[2 * i + 1] as number]);
}

/**
 * Runs GO (Wang & Perdikaris 2021, §3) with the user's depth, width, λ and
 * steps, streaming the objective, then measures the feature angles of a
 * Glorot draw and of a draw from the learned distribution on the same points.
 */
export async function goTask(p: GoParams, ctx: TaskContext<{ step: number; steps: number; loss: number }>): Promise<GoSummary> {
  const x = domainPoints(p.domain, p.points, p.seed);
  const sizes = [x[0]?.length ?? 1, ...Array.from({ length: p.depth }, () => p.width), 1];
  const res = await goInit({
    sizes,
    activation: p.activation,
    x,
    lambda: p.lambda,
    steps: p.steps,
    seed: p.seed,
    signal: ctx.signal,
    onProgress: (q) => ctx.progress({ step: q.step, steps: q.steps, loss: q.loss }),
  });
  const { before, after } = await goAngleMatrices(res, x, p.seed);
  const angleSpec = angleMatrixSpec(
    [
      { label: 'Glorot', angles: before },
      { label: 'GO', angles: after },
    ],
    {
      title: 'angles between last-hidden-layer features',
      subtitle: `mean cos²: Glorot ${res.meanCos2Before.toFixed(4)}, GO ${res.meanCos2After.toFixed(4)}`,
      size: 260,
    },
  );
  const json = res.toJSON();
  const { layerScales, layerBiases, stepsRun, seconds, meanCos2Before, meanCos2After } = json;
  return {
    layerScales,
    layerBiases,
    stepsRun,
    seconds,
    meanCos2Before,
    meanCos2After,
    angleSpec,
    json: JSON.stringify(json, null, 2),
    layersJson: JSON.stringify(res.tfjsLayersInitializers(), null, 2),
  };
}
