import { Rng, setBackend } from '@mlpinit/core';
import { describe, expect, it } from 'vitest';
import { goAuto } from './go-auto.js';

describe('goAuto', () => {
  it('keeps the candidate with the lowest held-out MSE and builds the network from its (c, b)', async () => {
    await setBackend('cpu');
    const rng = new Rng(3);
    const x = Array.from({ length: 60 }, () => [rng.normal(), rng.normal()]);
    const y = x.map(([a, b]) => [Math.sin(3 * (a as number)) * Math.cos(2 * (b as number))]);
    const sizes = [2, 8, 8, 1];
    const { mlp, go } = await goAuto(sizes, 1, [5, 20], { x, y, steps: 10, lr: 5e-3 });
    try {
      const scored = go.auto?.candidates ?? [];
      expect(scored.map((c) => c.steps)).toEqual([5, 20]);
      const best = scored.reduce((a, c) => (c.heldOutMse < a.heldOutMse ? c : a));
      expect(go.auto?.chosenSteps).toBe(best.steps);
      expect(go.stepsRun).toBe(best.steps);
      expect(go.layerScales).toHaveLength(2);
      const meanC = go.layerScales.reduce((a, c) => a + c, 0) / 2;
      expect(meanC).toBeCloseTo(best.meanC, 10);
      // Hidden layer 0's weights are c₀ times core's fan-in normal draw of the same seed.
      expect(mlp.biases[0]?.dataSync()[0]).toBeCloseTo(go.layerBiases[0] as number, 6);
    } finally {
      mlp.dispose();
    }
  });
});
