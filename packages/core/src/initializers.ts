import { Matrix, QrDecomposition } from 'ml-matrix';
import type { Rng } from './rng.js';
import { assertFinite, assertInteger } from './validate.js';

/**
 * A weight initializer: a pure function of the layer's fan-in and fan-out, a
 * seeded {@link Rng} and a gain, returning the d_in × d_out weight matrix in
 * row-major order (layer computes x·W + b).
 */
export type Initializer = (fanIn: number, fanOut: number, rng: Rng, gain?: number) => Float32Array;

function check(fanIn: number, fanOut: number, gain: number): void {
  assertInteger(fanIn, 'fanIn');
  assertInteger(fanOut, 'fanOut');
  assertFinite(gain, 'gain');
}

/** Glorot & Bengio (2010) normal: N(0, gain²·2/(d_in + d_out)). */
export const glorotNormal: Initializer = (fanIn, fanOut, rng, gain = 1) => {
  check(fanIn, fanOut, gain);
  return rng.normalArray(fanIn * fanOut, gain * Math.sqrt(2 / (fanIn + fanOut)));
};

/** Glorot & Bengio (2010) uniform: U(±gain·√(6/(d_in + d_out))). */
export const glorotUniform: Initializer = (fanIn, fanOut, rng, gain = 1) => {
  check(fanIn, fanOut, gain);
  const limit = gain * Math.sqrt(6 / (fanIn + fanOut));
  return rng.uniformArray(fanIn * fanOut, -limit, limit);
};

/** He et al. (2015) normal: N(0, gain²·2/d_in). */
export const heNormal: Initializer = (fanIn, fanOut, rng, gain = 1) => {
  check(fanIn, fanOut, gain);
  return rng.normalArray(fanIn * fanOut, gain * Math.sqrt(2 / fanIn));
};

/** LeCun et al. (1998) normal: N(0, gain²/d_in). */
export const lecunNormal: Initializer = (fanIn, fanOut, rng, gain = 1) => {
  check(fanIn, fanOut, gain);
  return rng.normalArray(fanIn * fanOut, gain / Math.sqrt(fanIn));
};

/**
 * Fan-in normal N(0, c²/d_in) with a per-layer scale c: the weight law of the
 * variance-flow analysis and of GO initialization (Wang & Perdikaris 2021,
 * "Flow of variance"). With c = 1 it equals {@link lecunNormal}.
 */
export const fanInNormal: Initializer = (fanIn, fanOut, rng, c = 1) => lecunNormal(fanIn, fanOut, rng, c);

/**
 * Orthogonal initialization (Saxe, McClelland & Ganguli 2014): the Q factor of
 * a Gaussian matrix, sign-corrected by diag(R) so the law is Haar, times gain.
 * Columns are orthonormal when d_in ≥ d_out, rows otherwise.
 */
export const orthogonal: Initializer = (fanIn, fanOut, rng, gain = 1) => {
  check(fanIn, fanOut, gain);
  const rows = Math.max(fanIn, fanOut);
  const cols = Math.min(fanIn, fanOut);
  const a = new Matrix(rows, cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) a.set(i, j, rng.normal());
  const qr = new QrDecomposition(a);
  const q = qr.orthogonalMatrix;
  const r = qr.upperTriangularMatrix;
  const out = new Float32Array(fanIn * fanOut);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const v = gain * q.get(i, j) * (r.get(j, j) < 0 ? -1 : 1);
      if (fanIn >= fanOut) out[i * fanOut + j] = v;
      else out[j * fanOut + i] = v;
    }
  }
  return out;
};

/**
 * SIREN first layer (Sitzmann et al. 2020, Sec. 3.2): U(±1/d_in), the draw the
 * paper multiplies by ω₀ inside sin(ω₀·(xW + b)); `gain` multiplies the bound
 * (default 1; pass ω₀ for the folded form a plain-`sin` network needs).
 */
export const sirenFirst: Initializer = (fanIn, fanOut, rng, gain = 1) => {
  check(fanIn, fanOut, gain);
  return rng.uniformArray(fanIn * fanOut, -gain / fanIn, gain / fanIn);
};

/**
 * SIREN later layers (Sitzmann et al. 2020, Sec. 3.2): U(±√(6/d_in))·`gain`;
 * `gain` = 1/ω₀ gives the paper's U(±√(6/d_in)/ω₀) for sin(ω₀·z), the
 * default 1 its folded form for plain sin.
 */
export const sirenHidden: Initializer = (fanIn, fanOut, rng, gain = 1) => {
  check(fanIn, fanOut, gain);
  const limit = gain * Math.sqrt(6 / fanIn);
  return rng.uniformArray(fanIn * fanOut, -limit, limit);
};

/** Names accepted by `createMlp({init})`. */
export type InitName =
  | 'glorot-normal'
  | 'glorot-uniform'
  | 'he-normal'
  | 'lecun-normal'
  | 'orthogonal'
  | 'siren'
  | 'fan-in-normal';

/** Named initializers and their aliases. `siren` is resolved per layer. */
export const INITIALIZERS: Readonly<Record<Exclude<InitName, 'siren'>, Initializer>> = {
  'glorot-normal': glorotNormal,
  'glorot-uniform': glorotUniform,
  'he-normal': heNormal,
  'lecun-normal': lecunNormal,
  orthogonal,
  'fan-in-normal': fanInNormal,
};

/** Short aliases: `glorot` → `glorot-normal`, `he` → `he-normal`, `lecun` → `lecun-normal`. */
export const INIT_ALIASES: Readonly<Record<string, InitName>> = {
  glorot: 'glorot-normal',
  he: 'he-normal',
  lecun: 'lecun-normal',
};
