import { MlpinitError, Rng } from '@mlpinit/core';

/** One term A₁·sin(π f₁ x)·cos(π f₂ y) + A₂·sin(π f₃ x)·cos(π f₄ y). */
export interface TargetTerm {
  a1: number;
  a2: number;
  f1: number;
  f2: number;
  f3: number;
  f4: number;
}

/** A random high-frequency 2-D target of the authors' family. */
export interface SyntheticTarget {
  seed: number;
  maxFreq: number;
  terms: TargetTerm[];
}

/** Number of terms in the authors' family. */
export const TARGET_TERMS = 4;

/**
 * Draws the target of Wang & Perdikaris' synthetic regression (their Figure 4
 * code): a sum of 4 terms A₁·sin(π f₁ x)·cos(π f₂ y) + A₂·sin(π f₃ x)·cos(π f₄ y)
 * with amplitudes ~ U(0, 2) and frequencies ~ U(0, maxFreq). Draw order from
 * `new Rng(seed)`: for each term a₁, a₂, then f₁…f₄, each frequency as
 * maxFreq·U(0, 1), so the same seed at another maxFreq gives the same
 * function with its frequencies scaled.
 */
export function syntheticTarget(seed: number, maxFreq: number): SyntheticTarget {
  if (!(maxFreq >= 0) || !Number.isFinite(maxFreq)) {
    throw new MlpinitError('INVALID_ARGUMENT', `expected a finite maxFreq ≥ 0, got ${maxFreq}`, 'maxFreq');
  }
  const rng = new Rng(seed);
  const terms: TargetTerm[] = [];
  for (let k = 0; k < TARGET_TERMS; k++) {
    const a1 = 2 * rng.uniform();
    const a2 = 2 * rng.uniform();
    const [f1, f2, f3, f4] = [0, 0, 0, 0].map(() => maxFreq * rng.uniform()) as [number, number, number, number];
    terms.push({ a1, a2, f1, f2, f3, f4 });
  }
  return { seed, maxFreq, terms };
}

/** The target's value at (x, y). */
export function evalTarget(target: SyntheticTarget, x: number, y: number): number {
  let s = 0;
  for (const t of target.terms) {
    s += t.a1 * Math.sin(Math.PI * t.f1 * x) * Math.cos(Math.PI * t.f2 * y);
    s += t.a2 * Math.sin(Math.PI * t.f3 * x) * Math.cos(Math.PI * t.f4 * y);
  }
  return s;
}

/** `n` training points uniform on [−1, 1]², from a stream independent of the target's draws. */
export function samplePoints(seed: number, n: number): number[][] {
  const rng = new Rng(seed).split();
  const out: number[][] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = [rng.uniformRange(-1, 1), rng.uniformRange(-1, 1)];
  return out;
}

/** A regular side×side grid on [−1, 1]², row-major (y outer). */
export function gridPoints(side: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < side; i++) {
    for (let j = 0; j < side; j++) out.push([-1 + (2 * j) / (side - 1), -1 + (2 * i) / (side - 1)]);
  }
  return out;
}

/**
 * maxFreq at data size n under `--scale-freq`: grows like the points per unit
 * length, √(n / n₀), so denser sampling carries proportionally faster
 * oscillations (the paper's "sampling denser imposes larger oscillations").
 */
export function scaledMaxFreq(maxFreq: number, n: number, n0: number): number {
  return maxFreq * Math.sqrt(n / n0);
}
