import * as tf from '@tensorflow/tfjs-core';
import { type Activation, MlpinitError, Rng, abortError, assertFinite, assertInteger, assertNonNegative, createMlp, ready } from '@mlpinit/core';
import { gaussianExpectation } from './gaussian-expectation.js';
import { lengthMapResolved, preActivationStd } from './length-map.js';
import { quadratureRule, resolveActivation, resolveMap } from './map-options.js';

/** Options of {@link simulateDepth}. */
export interface SimulateDepthOptions {
  /** Activation name (core's registry) or Activation. */
  activation: string | Activation;
  /** Weight scale: every hidden layer's weights are N(0, c²/width). */
  c: number;
  /** Constant bias of every hidden layer (default 0). */
  bias?: number;
  /** Bias noise: hidden biases are drawn from N(bias, biasStd²) per unit (default 0). */
  biasStd?: number;
  /** Input dimension and width of every hidden layer. */
  width: number;
  /** Number of hidden layers (≥ 0). */
  depth: number;
  /** Number of independently drawn networks (≥ 1). */
  samples: number;
  /** Seed of every weight and input draw. */
  seed: number;
  /** Standard deviation of the N(0, inputStd²) inputs, i.e. s_0 (default 1). */
  inputStd?: number;
  /** Number of inputs fed to each network (default 256). */
  batch?: number;
  /** Called after every network with the number done and the total. */
  onProgress?: (p: { done: number; total: number }) => void;
  /** Cancels the simulation (rejects with an `ABORTED` MlpinitError). */
  signal?: AbortSignal;
}

/** Measured and predicted statistics of one layer (layer 0 is the input). */
export interface DepthLayerStats {
  layer: number;
  /** Mean over networks of the standard deviation of the layer's outputs (all units and inputs). */
  stdMean: number;
  /** Standard deviation over networks of that standard deviation. */
  stdSpread: number;
  /** Mean over networks of the root second moment of the layer's outputs. */
  rmsMean: number;
  /** Standard deviation over networks of the root second moment. */
  rmsSpread: number;
  /** Length-map prediction s_l of the root second moment (infinite width). */
  predictedRms: number;
  /** Prediction of the standard deviation, √(s_l² − E[f]²). */
  predictedStd: number;
}

/** Result of {@link simulateDepth}: plain, JSON-serialisable data. */
export interface DepthSimulation {
  activation: string;
  c: number;
  bias: number;
  biasStd: number;
  width: number;
  depth: number;
  samples: number;
  inputStd: number;
  layers: DepthLayerStats[];
}

function meanAndSpread(values: number[]): [number, number] {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const v = n > 1 ? values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1) : 0;
  return [mean, Math.sqrt(v)];
}

/**
 * Figure 1 of Wang & Perdikaris (2021), simulated: builds `samples` random
 * MLPs with core (`createMlp` with init 'fan-in-normal' and `layerScales`
 * c, so weights are N(0, c²/width), biases `bias`, or N(bias, biasStd²)
 * per unit) on the current backend,
 * feeds `batch` inputs drawn from N(0, inputStd²) and measures the standard
 * deviation and root second moment of every hidden layer's output. Next to
 * them it gives the length-map prediction ({@link iterateLengthMap} from
 * s_0 = inputStd), which the finite-width measurements approach as width
 * grows. Starts the wasm backend when none is active.
 */
export async function simulateDepth(opts: SimulateDepthOptions): Promise<DepthSimulation> {
  if (!opts || typeof opts !== 'object') throw new MlpinitError('INVALID_ARGUMENT', 'expected an options object', 'opts');
  const f = resolveActivation(opts.activation);
  const { c, width, depth, samples, seed } = opts;
  const bias = opts.bias ?? 0;
  const biasStd = opts.biasStd ?? 0;
  const inputStd = opts.inputStd ?? 1;
  const batch = opts.batch ?? 256;
  assertNonNegative(c, 'opts.c');
  assertFinite(bias, 'opts.bias');
  assertNonNegative(biasStd, 'opts.biasStd');
  assertInteger(width, 'opts.width', 1);
  assertInteger(depth, 'opts.depth', 0);
  assertInteger(samples, 'opts.samples', 1);
  assertFinite(seed, 'opts.seed');
  assertNonNegative(inputStd, 'opts.inputStd');
  assertInteger(batch, 'opts.batch', 1);
  const m = resolveMap(f, { c, bias, biasStd });
  await ready();

  const rng = new Rng(seed);
  const stds: number[][] = Array.from({ length: depth + 1 }, () => []);
  const rmss: number[][] = Array.from({ length: depth + 1 }, () => []);
  for (let i = 0; i < samples; i++) {
    if (opts.signal?.aborted) throw abortError('simulateDepth');
    const netSeed = rng.int(2 ** 31);
    const x = rng.normalArray(batch * width, inputStd);
    const mlp = createMlp({
      sizes: [width, ...Array<number>(depth).fill(width), 1],
      activation: f,
      init: 'fan-in-normal',
      seed: netSeed,
      layerScales: Array<number>(depth).fill(c),
      layerBiases: Array<number>(depth).fill(bias),
    });
    try {
      if (biasStd > 0) {
        for (let l = 0; l < depth; l++) {
          const b = rng.normalArray(width, biasStd, bias);
          tf.tidy(() => (mlp.biases[l] as tf.Variable).assign(tf.tensor1d(b)));
        }
      }
      const stats = tf.tidy(() => {
        const input = tf.tensor2d(x, [batch, width]);
        const hs: tf.Tensor2D[] = [input, ...mlp.layerOutputs(input)];
        return tf.stack(
          hs.map((h) => {
            const { mean, variance } = tf.moments(h);
            return tf.stack([tf.sqrt(variance), tf.sqrt(tf.add(variance, tf.square(mean)))]);
          }),
        );
      });
      const values = await stats.data();
      stats.dispose();
      for (let l = 0; l <= depth; l++) {
        (stds[l] as number[]).push(values[2 * l] as number);
        (rmss[l] as number[]).push(values[2 * l + 1] as number);
      }
    } finally {
      mlp.dispose();
    }
    opts.onProgress?.({ done: i + 1, total: samples });
  }

  const layers: DepthLayerStats[] = [];
  let s = inputStd;
  for (let l = 0; l <= depth; l++) {
    let predictedStd = s;
    if (l > 0) {
      const sigma = preActivationStd(m, s);
      s = lengthMapResolved(m, s);
      const mean = gaussianExpectation(m.f.scalar, m.bias, sigma, quadratureRule(m.f));
      predictedStd = Math.sqrt(Math.max(0, s * s - mean * mean));
    }
    const [stdMean, stdSpread] = meanAndSpread(stds[l] as number[]);
    const [rmsMean, rmsSpread] = meanAndSpread(rmss[l] as number[]);
    layers.push({ layer: l, stdMean, stdSpread, rmsMean, rmsSpread, predictedRms: s, predictedStd });
  }
  return { activation: f.name, c, bias, biasStd, width, depth, samples, inputStd, layers };
}
