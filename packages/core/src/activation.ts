import * as tf from '@tensorflow/tfjs-core';
import erfScalar from '@stdlib/math-base-special-erf';
import { MlpinitError } from './errors.js';
import { fastCos, fastSin } from './fast-trig.js';

/**
 * One activation function in three forms: a differentiable tensor op for
 * networks, and scalar f and f' for quadrature (variance-flow) and for tests.
 */
export interface Activation {
  readonly name: string;
  /** Differentiable tensor form f(x), elementwise. */
  apply(x: tf.Tensor): tf.Tensor;
  /** Scalar f(x) in float64. */
  scalar(x: number): number;
  /** Scalar derivative f'(x) in float64. */
  derivative(x: number): number;
  /**
   * f'(z) as a tensor from the pre-activation `z` and the output `y = f(z)`
   * (whichever is cheaper). Used by the explicit back-propagation of the
   * training engine and by input-gradient propagation; optional for custom
   * activations (autodiff is used instead).
   */
  grad?(z: tf.Tensor, y: tf.Tensor): tf.Tensor;
  /**
   * Optional cheaper tensor form with absolute error ≤ 1e-6 of `apply`, used by
   * the training engine's forward pass (e.g. tanh(x) = 2σ(2x) − 1, which is
   * ~6× faster than the wasm backend's tanh kernel).
   */
  fast?(x: tf.Tensor): tf.Tensor;
  /**
   * Optional second derivative f''(z) as a tensor op, given z and y = f(z).
   * Lets the training engine back-propagate input-gradient penalties
   * ({@link gradientPenaltyRegularizer}) explicitly; without it they use autodiff.
   */
  grad2?(z: tf.Tensor, y: tf.Tensor): tf.Tensor;
  /**
   * Optional third derivative f'''(z) as a tensor op, given z and y = f(z).
   * Lets the training engine back-propagate losses on second input
   * derivatives (PINN residuals, {@link trainResidual}) explicitly; without it
   * they use autodiff.
   */
  grad3?(z: tf.Tensor, y: tf.Tensor): tf.Tensor;
  /** Abscissae where f or f' is not smooth; quadrature splits there. */
  readonly kinks?: readonly number[];
  /** True when f oscillates without decay (quadrature refines adaptively). */
  readonly oscillatory?: boolean;
}

const SQRT1_2 = Math.SQRT1_2;
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

const sigmoid = (x: number): number => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));
const normalCdf = (x: number): number => 0.5 * (1 + erfScalar(x * SQRT1_2));
const normalPdf = (x: number): number => INV_SQRT_2PI * Math.exp(-0.5 * x * x);

const builtins: Activation[] = [
  {
    name: 'tanh',
    apply: (x) => tf.tanh(x),
    scalar: Math.tanh,
    derivative: (x) => 1 - Math.tanh(x) ** 2,
    grad: (_z, y) => tf.sub(1, tf.square(y)),
    // tanh'' = −2·tanh·(1 − tanh²)
    grad2: (_z, y) => tf.mul(tf.mul(y, -2), tf.sub(1, tf.square(y))),
    // tanh''' = −2·(1 − tanh²)·(1 − 3·tanh²)
    grad3: (_z, y) => {
      const y2 = tf.square(y);
      return tf.mul(tf.mul(tf.sub(1, y2), -2), tf.sub(1, tf.mul(y2, 3)));
    },
    fast: (x) => tf.sub(tf.mul(tf.sigmoid(tf.mul(x, 2)), 2), 1),
  },
  {
    name: 'relu',
    apply: (x) => tf.relu(x),
    scalar: (x) => Math.max(x, 0),
    derivative: (x) => (x > 0 ? 1 : 0),
    grad: (z) => tf.step(z, 0),
    grad2: (z) => tf.zerosLike(z),
    grad3: (z) => tf.zerosLike(z),
    kinks: [0],
  },
  {
    name: 'sin',
    apply: (x) => fastSin(x),
    scalar: Math.sin,
    derivative: Math.cos,
    grad: (z) => fastCos(z),
    grad2: (_z, y) => tf.neg(y),
    grad3: (z) => tf.neg(fastCos(z)),
    oscillatory: true,
  },
  {
    name: 'erf',
    apply: (x) => tf.erf(x),
    scalar: erfScalar,
    derivative: (x) => TWO_OVER_SQRT_PI * Math.exp(-x * x),
    grad: (z) => tf.mul(TWO_OVER_SQRT_PI, tf.exp(tf.neg(tf.square(z)))),
    // erf'' = −2z·erf'
    grad2: (z) => tf.mul(tf.mul(z, -2 * TWO_OVER_SQRT_PI), tf.exp(tf.neg(tf.square(z)))),
    // erf''' = (4z² − 2)·erf'
    grad3: (z) => tf.mul(tf.sub(tf.mul(tf.square(z), 4 * TWO_OVER_SQRT_PI), 2 * TWO_OVER_SQRT_PI), tf.exp(tf.neg(tf.square(z)))),
  },
  {
    name: 'sigmoid',
    apply: (x) => tf.sigmoid(x),
    scalar: sigmoid,
    derivative: (x) => sigmoid(x) * (1 - sigmoid(x)),
    grad: (_z, y) => tf.mul(y, tf.sub(1, y)),
    // σ'' = σ(1 − σ)(1 − 2σ)
    grad2: (_z, y) => tf.mul(tf.mul(y, tf.sub(1, y)), tf.sub(1, tf.mul(y, 2))),
    // σ''' = σ(1 − σ)(1 − 6σ + 6σ²)
    grad3: (_z, y) => tf.mul(tf.mul(y, tf.sub(1, y)), tf.add(1, tf.mul(y, tf.sub(tf.mul(y, 6), 6)))),
  },
  {
    // Exact GELU, x·Φ(x) (Hendrycks & Gimpel 2016).
    name: 'gelu',
    apply: (x) => tf.mul(tf.mul(x, 0.5), tf.add(1, tf.erf(tf.mul(x, SQRT1_2)))),
    scalar: (x) => x * normalCdf(x),
    derivative: (x) => normalCdf(x) + x * normalPdf(x),
    grad: (z) =>
      tf.add(
        tf.mul(0.5, tf.add(1, tf.erf(tf.mul(z, SQRT1_2)))),
        tf.mul(tf.mul(z, INV_SQRT_2PI), tf.exp(tf.mul(tf.square(z), -0.5))),
      ),
    // GELU'' = φ(z)·(2 − z²)
    grad2: (z) => tf.mul(tf.mul(INV_SQRT_2PI, tf.exp(tf.mul(tf.square(z), -0.5))), tf.sub(2, tf.square(z))),
    // GELU''' = φ(z)·z·(z² − 4)
    grad3: (z) => tf.mul(tf.mul(tf.mul(INV_SQRT_2PI, tf.exp(tf.mul(tf.square(z), -0.5))), z), tf.sub(tf.square(z), 4)),
  },
  {
    // SiLU / swish, x·σ(x) (Elfwing et al. 2018).
    name: 'silu',
    apply: (x) => tf.mul(x, tf.sigmoid(x)),
    scalar: (x) => x * sigmoid(x),
    derivative: (x) => sigmoid(x) * (1 + x * (1 - sigmoid(x))),
    grad: (z) => {
      const s = tf.sigmoid(z);
      return tf.mul(s, tf.add(1, tf.mul(z, tf.sub(1, s))));
    },
    // SiLU'' = σ(1 − σ)·(2 + z(1 − 2σ))
    grad2: (z) => {
      const s = tf.sigmoid(z);
      return tf.mul(tf.mul(s, tf.sub(1, s)), tf.add(2, tf.mul(z, tf.sub(1, tf.mul(s, 2)))));
    },
    // SiLU''' = 3σ'' + z·σ''' with σ'' = σ(1 − σ)(1 − 2σ), σ''' = σ(1 − σ)(1 − 6σ + 6σ²)
    grad3: (z) => {
      const s = tf.sigmoid(z);
      const s1 = tf.mul(s, tf.sub(1, s));
      const s2 = tf.mul(s1, tf.sub(1, tf.mul(s, 2)));
      const s3 = tf.mul(s1, tf.add(1, tf.mul(s, tf.sub(tf.mul(s, 6), 6))));
      return tf.add(tf.mul(s2, 3), tf.mul(z, s3));
    },
  },
  {
    name: 'elu',
    apply: (x) => tf.elu(x),
    scalar: (x) => (x > 0 ? x : Math.expm1(x)),
    derivative: (x) => (x > 0 ? 1 : Math.exp(x)),
    // Masks by tf.step (which has a gradient; tf.greater has none), so autodiff can run through these forms.
    grad: (z, y) => tf.add(1, tf.mul(tf.sub(1, tf.step(z, 0)), y)),
    grad2: (z, y) => tf.mul(tf.sub(1, tf.step(z, 0)), tf.add(y, 1)),
    grad3: (z, y) => tf.mul(tf.sub(1, tf.step(z, 0)), tf.add(y, 1)),
    kinks: [0],
  },
  {
    name: 'softplus',
    apply: (x) => tf.softplus(x),
    scalar: (x) => (x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x))),
    derivative: sigmoid,
    grad: (z) => tf.sigmoid(z),
    grad2: (z) => {
      const s = tf.sigmoid(z);
      return tf.mul(s, tf.sub(1, s));
    },
    grad3: (z) => {
      const s = tf.sigmoid(z);
      return tf.mul(tf.mul(s, tf.sub(1, s)), tf.sub(1, tf.mul(s, 2)));
    },
  },
  {
    name: 'linear',
    apply: (x) => x,
    scalar: (x) => x,
    derivative: () => 1,
    grad: (z) => tf.onesLike(z),
    grad2: (z) => tf.zerosLike(z),
    grad3: (z) => tf.zerosLike(z),
  },
];

const registry = new Map<string, Activation>(builtins.map((a) => [a.name, a]));

/** Names of the built-in activations. */
export const BUILTIN_ACTIVATIONS = builtins.map((a) => a.name);

/**
 * Adds a custom activation to the registry (or replaces one). Its `scalar` and
 * `derivative` must agree with `apply`; variance-flow integrates them.
 */
export function registerActivation(activation: Activation): void {
  if (!activation || typeof activation.name !== 'string' || activation.name.length === 0) {
    throw new MlpinitError('INVALID_ARGUMENT', 'expected an object with a non-empty `name`', 'activation');
  }
  for (const key of ['apply', 'scalar', 'derivative'] as const) {
    if (typeof activation[key] !== 'function') {
      throw new MlpinitError('INVALID_ARGUMENT', `expected \`${key}\` to be a function`, `activation.${key}`);
    }
  }
  registry.set(activation.name, activation);
}

/** `sin-w<ω₀>`: the name of {@link scaledSine}(ω₀). */
const sines = new Map<string, Activation>();
const SCALED_SINE = /^sin-w(\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/;

/**
 * SIREN's activation, sin(ω₀·z), as Sitzmann et al. (NeurIPS 2020, Sec. 3.2
 * and their reference code) write every sine layer: ω₀ stays in the
 * activation, so the weights keep the paper's scale (first layer U(±1/d_in),
 * later layers U(±√(6/d_in)/ω₀)) and Adam steps them at the paper's learning
 * rate. Named `sin-w<ω₀>` (e.g. `sin-w30`); {@link getActivation} builds it
 * from its name, so networks with it serialise and cross to workers. One
 * instance per ω₀.
 */
export function scaledSine(omega0: number): Activation {
  if (typeof omega0 !== 'number' || !Number.isFinite(omega0) || omega0 <= 0) {
    throw new MlpinitError('INVALID_ARGUMENT', `expected a finite ω₀ > 0, got ${String(omega0)}`, 'omega0');
  }
  const name = `sin-w${omega0}`;
  const cached = sines.get(name);
  if (cached) return cached;
  const w = omega0;
  const act: Activation = {
    name,
    apply: (x) => fastSin(x, w),
    scalar: (x) => Math.sin(w * x),
    derivative: (x) => w * Math.cos(w * x),
    grad: (z) => fastCos(z, w, w),
    // (sin ωz)'' = −ω²·sin ωz
    grad2: (_z, y) => tf.mul(y, -w * w),
    // (sin ωz)''' = −ω³·cos ωz
    grad3: (z) => fastCos(z, w, -w * w * w),
    oscillatory: true,
  };
  sines.set(name, act);
  return act;
}

/** Looks up an activation by name (including `sin-w<ω₀>`, see {@link scaledSine}), or passes an {@link Activation} through. */
export function getActivation(activation: string | Activation): Activation {
  if (typeof activation === 'object' && activation !== null) return activation;
  const sine = typeof activation === 'string' ? SCALED_SINE.exec(activation) : null;
  if (sine) return scaledSine(Number(sine[1]));
  const found = typeof activation === 'string' ? registry.get(activation) : undefined;
  if (!found) {
    throw new MlpinitError(
      'UNKNOWN_ACTIVATION',
      `unknown activation ${JSON.stringify(activation)}; known: ${[...registry.keys()].join(', ')}`,
      'activation',
    );
  }
  return found;
}

/** Names of every registered activation, built-in and custom. */
export function activationNames(): string[] {
  return [...registry.keys()];
}
