import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { MlpinitError, setBackend } from '@mlpinit/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { GoResult, type GoResultJSON } from './go-result.js';
import { TRUNCATED_NORMAL_VARIANCE } from './tfjs-layers-initializers.js';

const sizes = [2, 128, 256, 256, 3];
const json: GoResultJSON = {
  format: 'mlpinit-go-result',
  version: 2,
  sizes,
  activation: 'tanh',
  layerScales: [2.5, 1.5, 0.5],
  layerBiases: [0.7, -0.2, 0.05],
  lossHistory: [0.5, 0.4],
  stepsRun: 2,
  stoppedEarly: false,
  seconds: 0.1,
  meanCos2Before: 0.5,
  meanCos2After: 0.2,
  inputNormalization: { mean: [0, 0], std: [1, 1] },
  strength: { rule: 'fixed', pathSteps: 2 },
  settings: { lambda: 1e-4, steps: 2, lr: 5e-3, batchSize: 1024, seed: 0, fixedBase: false },
};

function std(values: ArrayLike<number>): number {
  let s = 0;
  let s2 = 0;
  for (let i = 0; i < values.length; i++) {
    s += values[i] as number;
    s2 += (values[i] as number) ** 2;
  }
  const m = s / values.length;
  return Math.sqrt(s2 / values.length - m * m);
}

/** Builds a tfjs-layers dense layer from the configs and returns its [kernel, bias] values. */
async function tfjsLayerWeights(inputDim: number, init: ReturnType<GoResult['tfjsLayersInitializers']>[number]) {
  const layer = tfl.layers.dense({
    units: init.units,
    // biome-ignore lint/suspicious/noExplicitAny: tfjs-layers accepts the serialized form at run time
    kernelInitializer: init.kernelInitializer as any,
    // biome-ignore lint/suspicious/noExplicitAny: as above
    biasInitializer: init.biasInitializer as any,
  });
  // Applying the layer once builds its weights (and lets it be disposed).
  tf.dispose(layer.apply(tf.zeros([1, inputDim])) as tf.Tensor);
  const [kernel, bias] = layer.getWeights();
  const out = { kernel: (await (kernel as tf.Tensor).data()).slice(), bias: (await (bias as tf.Tensor).data()).slice() };
  layer.dispose();
  return out;
}

describe('GoResult', () => {
  beforeAll(async () => {
    await setBackend('cpu');
  });

  it('createMlp draws W_l ~ N(0, c_l²/d_in) with bias b_l and an unscaled output layer', async () => {
    const res = GoResult.fromJSON(json);
    const before = tf.memory().numTensors;
    const mlp = res.createMlp(3);
    for (let l = 0; l < sizes.length - 1; l++) {
      const w = (await (mlp.weights[l] as tf.Tensor).data());
      const b = (await (mlp.biases[l] as tf.Tensor).data());
      const c = json.layerScales[l] ?? 1;
      expect(std(w) / (c / Math.sqrt(sizes[l] as number))).toBeGreaterThan(0.95);
      expect(std(w) / (c / Math.sqrt(sizes[l] as number))).toBeLessThan(1.05);
      for (const v of b) expect(v).toBeCloseTo(json.layerBiases[l] ?? 0, 6);
    }
    mlp.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('tfjs-layers initializers reproduce variance c²/d_in and bias b in tfjs-layers 4.22', async () => {
    const res = GoResult.fromJSON(json);
    for (const kernel of ['varianceScaling', 'randomNormal'] as const) {
      const inits = res.tfjsLayersInitializers({ kernel });
      expect(inits).toHaveLength(sizes.length - 1);
      for (const init of inits.slice(1)) {
        const { kernel: w, bias } = await tfjsLayerWeights(init.inputDim, init);
        const want = init.scale / Math.sqrt(init.inputDim);
        expect(w.length).toBe(init.inputDim * init.units);
        // 4 standard errors of a sample stddev (≈ 1/√(2n) relative).
        const tol = 4 / Math.sqrt(2 * w.length);
        expect(Math.abs(std(w) / want - 1), `${kernel} layer ${init.layer}`).toBeLessThan(tol);
        const b = json.layerBiases[init.layer] ?? 0;
        for (const v of bias) expect(v).toBeCloseTo(b, 6);
        if (kernel === 'varianceScaling') {
          // tfjs-layers' 'normal' is truncated at 2 of its nominal stddevs.
          const cut = 2 * Math.sqrt((init.scale * init.scale) / TRUNCATED_NORMAL_VARIANCE / init.inputDim);
          expect(Math.max(...Array.from(w, Math.abs))).toBeLessThanOrEqual(cut * (1 + 1e-5));
        }
      }
    }
    const first = res.tfjsLayersInitializers()[0];
    expect(first?.kernelInitializer).toEqual({
      className: 'VarianceScaling',
      config: { scale: 6.25 / TRUNCATED_NORMAL_VARIANCE, mode: 'fanIn', distribution: 'normal' },
    });
    expect(first?.biasInitializer).toEqual({ className: 'Constant', config: { value: 0.7 } });
    const out = res.tfjsLayersInitializers().at(-1);
    expect(out?.scale).toBe(1);
    expect(out?.biasInitializer.config.value).toBe(0);
    expect(() => res.tfjsLayersInitializers({ kernel: 'nope' as never })).toThrow(MlpinitError);
  });

  it("tfjs-layers 4.22 facts: 'normal' is an uncorrected ±2σ truncated normal, 'truncatedNormal' is uniform", async () => {
    // One 256 → 256 layer with tfjs-layers' VarianceScaling (scale 1, fan-in) of the given distribution.
    const draw = async (distribution: string) =>
      (
        await tfjsLayerWeights(256, {
        layer: 0,
        inputDim: 256,
        units: 256,
        scale: 1,
        kernelInitializer: { className: 'VarianceScaling', config: { scale: 1, mode: 'fanIn', distribution } },
        biasInitializer: { className: 'Zeros', config: {} },
      })
      ).kernel;
    const w = await draw('normal');
    // Unseeded draws (tfjs-layers' own generator): the std of 65,536 draws has relative error ≈ 1/√(2n) ≈ 0.003; 4 of those.
    expect(Math.abs((std(w) * 16) / Math.sqrt(TRUNCATED_NORMAL_VARIANCE) - 1)).toBeLessThan(0.012);
    // And 'truncatedNormal' falls through to the uniform branch: U(±√(3/256)).
    const u = await draw('truncatedNormal');
    const limit = Math.sqrt(3 / 256);
    const max = Math.max(...Array.from(u, Math.abs));
    expect(max).toBeLessThanOrEqual(limit * (1 + 1e-5));
    expect(max).toBeGreaterThan(0.99 * limit);
  });

  it('fromJSON rejects malformed input', async () => {
    expect(() => GoResult.fromJSON({ ...json, sizes: [2, 3] })).toThrow(MlpinitError);
    expect(() => GoResult.fromJSON({ ...json, layerBiases: [0, Number.NaN, 0] })).toThrow(/layerBiases\[1\]/);
    expect(() => GoResult.fromJSON({ ...json, activation: 'nope' })).toThrow(MlpinitError);
    expect(() => GoResult.fromJSON({ ...json, inputNormalization: { mean: [0], std: [1] } })).toThrow(MlpinitError);
    expect(() => GoResult.fromJSON({ ...json, inputNormalization: { mean: [0, 0], std: [1, 0] } })).toThrow(/std\[1\]/);
    expect(() => GoResult.fromJSON({ ...json, strength: { rule: 'magic' } as never })).toThrow(/json.strength|rule/);
    expect(GoResult.fromJSON(JSON.stringify(json)).toJSON()).toEqual(json);
  });

  it('reads version-1 JSON (no strength) as a fixed strength of stepsRun', async () => {
    const { strength: _, ...rest } = json;
    const v1 = { ...rest, version: 1 } as unknown as GoResultJSON;
    const res = GoResult.fromJSON(v1);
    expect(res.strength).toEqual({ rule: 'fixed', pathSteps: 2 });
    expect(res.toJSON().version).toBe(2);
  });

  it('tfjsInputNormalization, as a first frozen dense layer, maps raw inputs to normalizeInputs(x) inside tfjs-layers', async () => {
    const res = GoResult.fromJSON({ ...json, inputNormalization: { mean: [200, -0.003], std: [57.7, 0.0058] } });
    const before = tf.memory().numTensors;
    const { units, kernel, bias } = res.tfjsInputNormalization();
    expect(units).toBe(2);
    const weights = [tf.tensor2d(kernel), tf.tensor1d(bias)];
    const layer = tfl.layers.dense({ units, inputShape: [units], trainable: false, weights });
    const raw = [
      [100, 0.01],
      [250.5, -0.0071],
      [300, 0],
    ];
    const xt = tf.tensor2d(raw);
    const out = layer.apply(xt) as tf.Tensor;
    const got = (await out.array()) as number[][];
    // Independent computation: the affine map by hand in float64.
    const want = raw.map(([a, b]) => [((a as number) - 200) / 57.7, ((b as number) + 0.003) / 0.0058]);
    for (let i = 0; i < raw.length; i++) for (let j = 0; j < 2; j++) expect(got[i]?.[j]).toBeCloseTo(want[i]?.[j] as number, 4);
    expect(res.normalizeInputs(raw)).toEqual(want);
    const viaTensor = res.normalizeInputs(xt);
    const tv = (await viaTensor.array());
    for (let i = 0; i < raw.length; i++) for (let j = 0; j < 2; j++) expect(tv[i]?.[j]).toBeCloseTo(want[i]?.[j] as number, 4);
    expect(() => res.normalizeInputs([[1, 2, 3]])).toThrow(MlpinitError);
    tf.dispose([out, xt, viaTensor, ...weights]);
    layer.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
