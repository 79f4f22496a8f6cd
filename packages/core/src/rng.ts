import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { MlpinitError } from './errors.js';
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

  /**
   * Independent stream `index` of `seed`: the generator of `new Rng(seed)`
   * advanced by `index` jumps of 2^64 draws (xoroshiro128+'s jump polynomial,
   * Blackman & Vigna 2018), so no draw of stream 0 (the network's weights)
   * ever meets a draw of stream 1 (e.g. a Fourier matrix) for the same seed.
   */
  static stream(seed: number, index: number): Rng {
    if (!Number.isInteger(index) || index < 0 || index > 64) {
      throw new MlpinitError('INVALID_ARGUMENT', `expected an integer stream index in [0, 64], got ${index}`, 'index');
    }
    const rng = new Rng(seed);
    for (let k = 0; k < index; k++) rng.gen.jump();
    return rng;
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
