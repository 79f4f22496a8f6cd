import * as tf from '@tensorflow/tfjs-core';
import { MlpinitError, abortError } from '@mlpinit/core';
import { goAdamStep } from './adam-step.js';
import { type BaseLayer, disposeBase } from './base-draw.js';
import { goLossAndGradients } from './go-gradients.js';
import type { GoOptions, ResolvedGoOptions } from './go-options.js';
import { PlateauDetector } from './plateau.js';

/**
 * Adam (Kingma & Ba 2015, in PyTorch's form, as core's `Adam`) on the 2L GO
 * parameters held in JavaScript. Each step computes the objective and its
 * gradient in one tensor expression and reads back 1 + 2L numbers: the next
 * step's network depends on them anyway, and there are only 2L of them.
 */
export async function runGoOptimizer(
  o: ResolvedGoOptions,
  opts: GoOptions,
  params: Float64Array,
  batchAt: (step: number) => tf.Tensor2D,
  baseAt: () => BaseLayer[],
  freshBase: boolean,
  start: number,
  snapshotAt?: ReadonlySet<number>,
  snapshots?: Map<number, Float64Array>,
): Promise<{ losses: number[]; stoppedEarly: boolean }> {
  const { steps, lambda, lr, activation, progressEvery } = o;
  const hidden = params.length / 2;
  const plateau = o.earlyStop ? new PlateauDetector(o.earlyStop) : undefined;
  const losses: number[] = [];
  const m = new Float64Array(params.length);
  const v = new Float64Array(params.length);
  let stop = false;
  for (let step = 0; step < steps && !stop; step++) {
    if (opts.signal?.aborted) throw abortError('GO initialization');
    const base = baseAt();
    let packed: tf.Tensor1D;
    try {
      packed = tf.tidy(() => {
        const cs = Array.from(params.subarray(0, hidden));
        const bs = Array.from(params.subarray(hidden));
        return goLossAndGradients(batchAt(step), cs, bs, base, activation, lambda);
      });
    } finally {
      if (freshBase) disposeBase(base);
    }
    const values = await packed.data();
    packed.dispose();
    const loss = values[0] as number;
    if (!Number.isFinite(loss)) {
      throw new MlpinitError('NON_FINITE', `the GO objective became ${loss} at step ${step + 1}; lower lr or check the inputs`, 'opts.lr');
    }
    losses.push(loss);
    const t = step + 1;
    goAdamStep(params, m, v, values.subarray(1), t, lr);
    if (snapshotAt?.has(t)) snapshots?.set(t, Float64Array.from(params));
    if (plateau?.push(loss)) stop = true;
    if (t % progressEvery === 0 || t === steps || stop) {
      opts.onProgress?.({
        step: t,
        steps,
        loss,
        layerScales: Array.from(params.subarray(0, hidden)),
        layerBiases: Array.from(params.subarray(hidden)),
        elapsedMs: performance.now() - start,
      });
      await tf.nextFrame();
    }
  }
  if (opts.signal?.aborted) throw abortError('GO initialization');
  return { losses, stoppedEarly: stop };
}
