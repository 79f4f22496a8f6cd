import { readFileSync } from 'node:fs';
import { Rng, createMlp, setBackend } from '@mlpinit/core';
import { GoResult, goInit } from '@mlpinit/go-init';
import { describe, expect, it } from 'vitest';
import { buildMlp } from './build-mlp.js';
import { bundledImage } from '../image/rgb-image.js';
import { GO_LAW_FILE, parseInit } from './init-spec.js';

describe('buildMlp', () => {
  const rng = new Rng(3);
  const x = Array.from({ length: 80 }, () => [3 + rng.normal(), 0.1 * rng.normal()]);
  const y = x.map(([a, b]) => [Math.sin(3 * (a as number)) * Math.cos(20 * (b as number))]);
  const sizes = [2, 8, 8, 1];
  const go = { goSteps: 25, goLambdaSteps: 5 };

  it('go and go-holdout are go-init’s kernel and holdout strengths, on the training inputs, as raw-input networks', async () => {
    await setBackend('cpu');
    const plan = { x, budget: { steps: 50, batchSize: 16 } };
    const holdout = { y, steps: 10, lr: 5e-3 };
    for (const [name, strength] of [
      ['go', 'kernel'],
      ['go-holdout', 'holdout'],
    ] as const) {
      const built = await buildMlp(parseInit(name, go), sizes, 1, x, undefined, plan, holdout);
      const direct = await goInit({
        sizes,
        x,
        seed: 1,
        ...(strength === 'kernel'
          ? { strength, candidates: [0, 25], training: plan.budget }
          : { strength, y, candidates: [0, 25], auto: { trialSteps: 10, trialLr: 5e-3, trialBatchSize: 80, holdout: 0.1 } }),
      });
      try {
        expect(built.go?.strength).toEqual({ ...direct.strength, seconds: (built.go as { strength: { seconds: number } }).strength.seconds });
        expect(built.go?.layerScales).toEqual([...direct.layerScales]);
        const mlp = direct.createMlp(1);
        // The same raw-input network: layer 0 carries the folded normalisation.
        expect(Array.from(built.mlp.weights[0]?.dataSync() ?? [])).toEqual(Array.from(mlp.weights[0]?.dataSync() ?? []));
        expect(Array.from(built.mlp.biases[0]?.dataSync() ?? [])).toEqual(Array.from(mlp.biases[0]?.dataSync() ?? []));
        mlp.dispose();
      } finally {
        built.mlp.dispose();
      }
    }
  });

  it('go-law is the bundled law’s (c, b) on these points, at these widths, without optimising', async () => {
    await setBackend('cpu');
    const law = GoResult.fromJSON(readFileSync(bundledImage(GO_LAW_FILE), 'utf8'));
    expect(law.strength.rule).toBe('kernel');
    const depth = law.sizes.length - 2;
    const wide = [2, ...new Array<number>(depth).fill(12), 3];
    const built = await buildMlp(parseInit('go-law', go), wide, 4, x, undefined, { x });
    expect(built.go?.layerScales).toEqual([...law.layerScales]);
    expect(built.go?.layerBiases).toEqual([...law.layerBiases]);
    expect(built.go?.strength).toEqual({ rule: 'fixed', pathSteps: law.strength.pathSteps });
    // Layers past the first are core's fan-in-normal draw with the law's scales and biases (the fold touches only layer 0).
    const plain = createMlp({ sizes: wide, init: 'fan-in-normal', seed: 4, layerScales: [...law.layerScales], layerBiases: [...law.layerBiases] });
    try {
      for (let l = 1; l < wide.length - 1; l++) {
        expect(Array.from(built.mlp.weights[l]?.dataSync() ?? [])).toEqual(Array.from(plain.weights[l]?.dataSync() ?? []));
        expect(Array.from(built.mlp.biases[l]?.dataSync() ?? [])).toEqual(Array.from(plain.biases[l]?.dataSync() ?? []));
      }
      // Layer 0 carries these points' normalisation (x₁ ≈ 3 ± 1): not the law's own.
      expect(built.go?.law.inputNormalization.mean[0]).toBeCloseTo(x.reduce((s, r) => s + (r[0] as number), 0) / x.length, 10);
    } finally {
      plain.dispose();
      built.mlp.dispose();
    }
  });
});
