import { MlpinitError } from '@mlpinit/core';

/** An initialization scheme as the flow of variance sees it: an activation and a weight scale c. */
export interface Scheme {
  readonly name: SchemeName;
  /** Legend label, e.g. "Glorot (tanh, c = 1)". */
  readonly label: string;
  /** The activation the scheme is used with. */
  readonly activation: string;
  /** Weight scale: weights are N(0, c²/d_in) (or uniform with that variance). */
  readonly c: number;
}

/** Names of {@link SCHEMES}. */
export type SchemeName = 'glorot' | 'he' | 'siren';

/**
 * The three schemes of Figure 2 of Wang & Perdikaris (2021): Glorot (Glorot &
 * Bengio 2010) with tanh, c = 1 (the fan-in form the paper analyses); He
 * (He et al. 2015) with relu, c = √2; SIREN hidden layers (Sitzmann et al.
 * 2020, Sec. 3.2: U(±√(6/d_in)), variance 2/d_in) with sin, c = √2.
 */
export const SCHEMES: Readonly<Record<SchemeName, Scheme>> = Object.freeze({
  glorot: Object.freeze({ name: 'glorot', label: 'Glorot (tanh, c = 1)', activation: 'tanh', c: 1 }),
  he: Object.freeze({ name: 'he', label: 'He (relu, c = √2)', activation: 'relu', c: Math.SQRT2 }),
  siren: Object.freeze({ name: 'siren', label: 'SIREN (sin, c = √2)', activation: 'sin', c: Math.SQRT2 }),
}) as Readonly<Record<SchemeName, Scheme>>;

/** Looks up a scheme by name. */
export function getScheme(name: string): Scheme {
  const s = (SCHEMES as Record<string, Scheme>)[name];
  if (!s) throw new MlpinitError('INVALID_ARGUMENT', `unknown scheme ${JSON.stringify(name)}; known: ${Object.keys(SCHEMES).join(', ')}`, 'scheme');
  return s;
}
