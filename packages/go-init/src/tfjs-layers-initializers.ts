/**
 * Variance of a standard normal truncated to [−2, 2]:
 * 1 − 4φ(2)/(2Φ(2) − 1) = 0.77374… (its square root, 0.87962566…, is the
 * correction Keras applies for `truncated_normal`).
 */
export const TRUNCATED_NORMAL_VARIANCE = 0.7737413035499232;

/** A tfjs-layers initializer in its serialized form (`tf.initializers` / `tf.layers.dense` accept it). */
export interface TfjsInitializerConfig {
  className: string;
  config: Record<string, number | string>;
}

/** Initializers of one dense layer, ready for `tf.layers.dense({units, kernelInitializer, biasInitializer})`. */
export interface TfjsLayerInitializers {
  /** Layer index (0 = first hidden layer; the last entry is the output layer). */
  layer: number;
  /** d_in of the layer. */
  inputDim: number;
  /** d_out of the layer (`units` of `tf.layers.dense`). */
  units: number;
  /** The GO scale c_l (1 for the output layer). */
  scale: number;
  kernelInitializer: TfjsInitializerConfig;
  biasInitializer: TfjsInitializerConfig;
}

/** Which tfjs-layers kernel initializer reproduces N(0, c²/d_in). */
export type TfjsKernelForm = 'varianceScaling' | 'randomNormal';

/**
 * @internal Per-layer tfjs-layers initializer configs for hidden weights
 * N(0, c_l²/d_in), bias b_l, and an unscaled output layer N(0, 1/d_in) with
 * zero bias (the law `createMlp({init: 'fan-in-normal'})` draws).
 *
 * What tfjs-layers 4.22 does (src/initializers.ts): `VarianceScaling` with
 * `distribution: 'normal'` draws `tf.truncatedNormal` with
 * stddev = √(scale/fanIn), i.e. a normal cut at ±2 stddev and NOT rescaled,
 * so its variance is 0.774·scale/fanIn; its other distributions ('uniform',
 * and 'truncatedNormal', which 4.22 routes to the uniform branch) are uniform;
 * there is no untruncated normal. So:
 * - `varianceScaling` (default): `{scale: c²/0.7737…, mode: 'fanIn',
 *   distribution: 'normal'}`, the variance-matched truncated normal (Keras's
 *   own correction for `truncated_normal`): the same variance c²/d_in, tails
 *   cut at ±2.27·c/√d_in.
 * - `randomNormal`: `{mean: 0, stddev: c/√d_in}`, exactly N(0, c²/d_in),
 *   with d_in baked in (valid only for this layer's input size).
 */
export function tfjsLayersInitializers(
  sizes: readonly number[],
  layerScales: readonly number[],
  layerBiases: readonly number[],
  kernel: TfjsKernelForm = 'varianceScaling',
): TfjsLayerInitializers[] {
  const out: TfjsLayerInitializers[] = [];
  for (let l = 0; l < sizes.length - 1; l++) {
    const inputDim = sizes[l] as number;
    const units = sizes[l + 1] as number;
    const c = layerScales[l] ?? 1;
    const b = layerBiases[l] ?? 0;
    const kernelInitializer: TfjsInitializerConfig =
      kernel === 'randomNormal'
        ? { className: 'RandomNormal', config: { mean: 0, stddev: c / Math.sqrt(inputDim) } }
        : {
            className: 'VarianceScaling',
            config: { scale: (c * c) / TRUNCATED_NORMAL_VARIANCE, mode: 'fanIn', distribution: 'normal' },
          };
    out.push({
      layer: l,
      inputDim,
      units,
      scale: c,
      kernelInitializer,
      biasInitializer: { className: 'Constant', config: { value: b } },
    });
  }
  return out;
}
