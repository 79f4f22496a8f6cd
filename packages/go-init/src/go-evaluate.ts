import type * as tf from '@tensorflow/tfjs-core';
import { createMlp } from '@mlpinit/core';
import type { ResolvedGoOptions } from './go-options.js';
import { meanCos2Async } from './orthogonality.js';

/**
 * Mean cos² of the last hidden layer for a Glorot draw and for the learned
 * law (`result.createMlp(seed)`), same points, both drawn with the run's seed.
 */
export async function evaluateGo(points: tf.Tensor2D, o: ResolvedGoOptions, scales: number[], biases: number[], seed: number): Promise<[number, number]> {
  const measure = async (mlp: ReturnType<typeof createMlp>): Promise<number> => {
    try {
      const f = mlp.hiddenFeatures(points);
      try {
        return await meanCos2Async(f);
      } finally {
        f.dispose();
      }
    } finally {
      mlp.dispose();
    }
  };
  const before = await measure(createMlp({ sizes: o.sizes, activation: o.activation, init: 'glorot-normal', seed }));
  const after = await measure(
    createMlp({ sizes: o.sizes, activation: o.activation, init: 'fan-in-normal', seed, layerScales: scales, layerBiases: biases }),
  );
  return [before, after];
}

