import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { assertFinite } from './validate.js';

type Generator = ReturnType<typeof xoroshiro128plus>;

/**
 * Seeded random number generator (xoroshiro128+ from `pure-rand`), the single
 * source of randomness in mlpinit. Draws happen in JavaScript (float64) and are
 * rounded to float32 only when they become tensors, so one seed gives
 * bit-identical weights on every tfjs backend.
 */
export class Rng {
  private readonly gen: Generator;
  private spare: number | undefined;

  constructor(seed: number) {
    assertFinite(seed, 'seed');
    this.gen = xoroshiro128plus(Math.trunc(seed) | 0);
  }

  /** Uniform on [0, 1) with 53 random bits. */
  uniform(): number {
    return uniformFloat64(this.gen);
  }

  /** Uniform on [lo, hi). */
  uniformRange(lo: number, hi: number): number {
    return lo + (hi - lo) * this.uniform();
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.uniform() * n);
  }

  /** Standard normal N(0, 1), Marsaglia's polar method. */
  normal(): number {
    if (this.spare !== undefined) {
      const s = this.spare;
      this.spare = undefined;
      return s;
    }
    let u = 0;
    let v = 0;
    let r = 0;
    do {
      u = 2 * this.uniform() - 1;
      v = 2 * this.uniform() - 1;
      r = u * u + v * v;
    } while (r >= 1 || r === 0);
    const m = Math.sqrt((-2 * Math.log(r)) / r);
    this.spare = v * m;
    return u * m;
  }

  /** `n` draws of N(mean, std²) as float32. */
  normalArray(n: number, std = 1, mean = 0): Float32Array {
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) out[i] = mean + std * this.normal();
    return out;
  }

  /** `n` draws of U(lo, hi) as float32 (redrawing the rare value that rounds up to `hi`). */
  uniformArray(n: number, lo: number, hi: number): Float32Array {
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      let v = Math.fround(this.uniformRange(lo, hi));
      while (v >= hi && hi > lo) v = Math.fround(this.uniformRange(lo, hi));
      out[i] = v;
    }
    return out;
  }

  /** A uniformly random permutation of 0..n-1 (Fisher–Yates). */
  permutation(n: number): Int32Array {
    const p = new Int32Array(n);
    for (let i = 0; i < n; i++) p[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const t = p[i] as number;
      p[i] = p[j] as number;
      p[j] = t;
    }
    return p;
  }

  /** A new independent generator seeded from this one (for sub-streams). */
  split(): Rng {
    return new Rng(this.gen.next());
  }
}

/** Shorthand for `new Rng(seed)`. */
export function createRng(seed: number): Rng {
  return new Rng(seed);
}
