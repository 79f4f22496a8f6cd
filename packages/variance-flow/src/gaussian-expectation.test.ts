import { describe, expect, it } from 'vitest';
import { gaussianExpectation } from './gaussian-expectation.js';

describe('gaussianExpectation', () => {
  it('reproduces Gaussian moments E[(μ + σz)^4] = μ⁴ + 6μ²σ² + 3σ⁴', () => {
    for (const [mu, sd] of [[0, 1], [0.5, 2], [-1, 0.1], [2, 7]] as const) {
      const exact = mu ** 4 + 6 * mu * mu * sd * sd + 3 * sd ** 4;
      expect(Math.abs(gaussianExpectation((x) => x ** 4, mu, sd) / exact - 1)).toBeLessThan(1e-12);
    }
  });

  it('resolves fast oscillations: E[cos(ωz)] = e^{−ω²/2}, E[cos²(ωz)] = ½(1 + e^{−2ω²})', () => {
    for (const w of [0.5, 2, 4, 8, 20, 40]) {
      expect(Math.abs(gaussianExpectation(Math.cos, 0, w, { oscillatory: true }) - Math.exp(-0.5 * w * w))).toBeLessThan(1e-12);
      const v = gaussianExpectation((x) => Math.cos(x) ** 2, 0, w, { oscillatory: true });
      expect(Math.abs(v / (0.5 * (1 + Math.exp(-2 * w * w))) - 1)).toBeLessThan(1e-10);
    }
  });

  it('splits at kinks: E[|z|] = √(2/π), E[max(σz + b, 0)] = σφ(b/σ) + bΦ(b/σ) at b = 0', () => {
    expect(gaussianExpectation(Math.abs, 0, 1, { kinks: [0] })).toBeCloseTo(Math.sqrt(2 / Math.PI), 14);
    expect(gaussianExpectation((x) => Math.max(x, 0), 0, 3, { kinks: [0] })).toBeCloseTo(3 / Math.sqrt(2 * Math.PI), 13);
  });

  it('is g(μ) at σ = 0', () => {
    expect(gaussianExpectation((x) => x * x, 3, 0)).toBe(9);
  });
});
