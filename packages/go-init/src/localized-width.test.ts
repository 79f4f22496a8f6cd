import { createMlp } from '@mlpinit/core';
import { describeBackends } from '@mlpinit/core/testing';
import { expect, it } from 'vitest';
import { sampleSpacing } from './kernel-rule.js';
import { familyNetworkOptions } from './scale-rule.js';
import { localizedHalfWidth } from './localized-width.js';

/** A side × side grid on [0, 1]², row-major (x, y) pairs. */
function unitSquareGrid(side: number): Float64Array {
  return Float64Array.from({ length: 2 * side * side }, (_, k) => {
    const i = k >> 1;
    return k % 2 === 0 ? (i % side) / (side - 1) : Math.floor(i / side) / (side - 1);
  });
}

describeBackends('localizedHalfWidth', () => {
  it('Fourier features into one linear layer: the half-width of the Gaussian kernel exp(−2π²σ²Δ²), √(ln 2 / 2)/(πσ)', async () => {
    // K(x, y) = γ(x)·γ(y) + 1 = Σ_i cos 2πb_i(x − y) + 1 → m·exp(−2π²σ²Δ²) + 1 for m random b_i ~ N(0, σ²).
    const x = Float64Array.from({ length: 400 }, (_, i) => i / 399);
    const spacing = sampleSpacing(x, 1);
    const want = 4 * spacing;
    const sigma = Math.sqrt(Math.LN2 / 2) / (Math.PI * want);
    const net = createMlp({ sizes: [1, 1], seed: 2, encoding: { type: 'fourier', features: 4096, sigma } });
    const { halfWidth, floor } = await localizedHalfWidth(net, x, 1, spacing);
    net.dispose();
    // Monte Carlo error of m = 4,096 features ≈ 1/√(2m) ≈ 1% of the kernel; linear interpolation between probe points.
    expect(Math.abs(halfWidth / want - 1)).toBeLessThan(0.05);
    expect(Math.abs(floor)).toBeLessThan(0.05);
  });

  it("a deep relu network behind Fourier features keeps a floor (relu's arc-cosine kernel is > 0 at orthogonal inputs); tanh does not", async () => {
    const x = unitSquareGrid(30);
    const spacing = sampleSpacing(x, 2);
    const sizes = [2, 64, 64, 64, 64, 1];
    const relu = createMlp(familyNetworkOptions('fourier', 40, sizes, 1, { features: 64 }));
    const tanh = createMlp(familyNetworkOptions('fourier', 40, sizes, 1, { features: 64, activation: 'tanh' }));
    const r = await localizedHalfWidth(relu, x, 2, spacing);
    const t = await localizedHalfWidth(tanh, x, 2, spacing);
    relu.dispose();
    tanh.dispose();
    expect(r.floor).toBeGreaterThan(0.15);
    expect(r.floor).toBeGreaterThan(t.floor + 0.1);
    expect(Math.abs(t.floor)).toBeLessThan(0.15);
    for (const w of [r, t]) expect(w.halfWidth).toBeGreaterThan(0);
  });

  it('a kernel wider than the probe is reported censored; a probe that reaches far enough measures it (2-D Gaussian, closed form)', async () => {
    const x = unitSquareGrid(80);
    const spacing = sampleSpacing(x, 2);
    const want = 16 * spacing;
    const sigma = Math.sqrt(Math.LN2 / 2) / (Math.PI * want);
    const net = createMlp({ sizes: [2, 1], seed: 3, encoding: { type: 'fourier', features: 4096, sigma } });
    // Default probe: 24 × 24 points half a spacing apart; its centre sees at most 8.1 spacings (the corners).
    const short = await localizedHalfWidth(net, x, 2, spacing);
    const long = await localizedHalfWidth(net, x, 2, spacing, undefined, 20);
    net.dispose();
    expect(short.step).toBe(0.5);
    expect(short.censored).toBeGreaterThan(0.2);
    expect(short.halfWidth).toBeLessThan(0.9 * want);
    expect(long.step).toBeCloseTo(40 / 23, 12);
    expect(long.censored).toBe(0);
    expect(Math.abs(long.halfWidth / want - 1)).toBeLessThan(0.06);
  });
});
