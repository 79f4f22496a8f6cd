import { Rng } from '@mlpinit/core';
import type { RgbImage } from '../protocol.js';

/**
 * The high-frequency 2-D target family of the authors' synthetic experiment
 * (Figure 4 of Wang & Perdikaris 2021; the bench's `synthetic` suite): a sum of 4 terms
 * A₁·sin(π f₁ x)·cos(π f₂ y) + A₂·sin(π f₃ x)·cos(π f₄ y) with amplitudes
 * U(0, 2) and frequencies U(0, maxFreq), x, y ∈ [−1, 1], drawn from the seed.
 * Returned scaled to [0, 1] for display; training uses the same values.
 */
export function syntheticTarget(size: number, seed: number, maxFreq = 8): RgbImage {
  const rng = new Rng(seed);
  const terms = Array.from({ length: 4 }, () => {
    const [a1, a2] = rng.uniformArray(2, 0, 2);
    const f = rng.uniformArray(4, 0, maxFreq);
    return { a1: a1 as number, a2: a2 as number, f: Array.from(f) };
  });
  const raw = new Float64Array(size * size);
  for (let r = 0; r < size; r++) {
    const y = -1 + (2 * r) / Math.max(1, size - 1);
    for (let c = 0; c < size; c++) {
      const x = -1 + (2 * c) / Math.max(1, size - 1);
      let v = 0;
      for (const { a1, a2, f } of terms) {
        const [f1, f2, f3, f4] = f as [number, number, number, number];
        v += a1 * Math.sin(Math.PI * f1 * x) * Math.cos(Math.PI * f2 * y) + a2 * Math.sin(Math.PI * f3 * x) * Math.cos(Math.PI * f4 * y);
      }
      raw[r * size + c] = v;
    }
  }
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of raw) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const span = hi - lo || 1;
  const data = new Float32Array(raw.length);
  for (let i = 0; i < raw.length; i++) data[i] = ((raw[i] as number) - lo) / span;
  return { width: size, height: size, channels: 1, data };
}
