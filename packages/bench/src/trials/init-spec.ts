import { MlpinitError } from '@mlpinit/core';
import { AUTO_CANDIDATES, AUTO_PATH_LAMBDA } from '@mlpinit/go-init';

/** How a named benchmark initialization builds its network. */
export type InitSpec =
  | { kind: 'plain'; name: string; init: 'glorot-normal' | 'he-normal' | 'lecun-normal' | 'orthogonal'; activation: 'tanh' }
  | { kind: 'scaled'; name: string; c: number; activation: 'tanh' }
  | { kind: 'siren'; name: string; /** ω₀, or null: chosen by go-init's `chooseScale`. */ omega0: number | null; activation: 'sin' }
  | { kind: 'fourier'; name: string; /** σ in cycles per unit of [0, 1] coordinates, or null: chosen by go-init's `chooseScale`. */ sigma: number | null; features: number; activation: 'relu' | 'tanh' }
  | { kind: 'go'; name: string; lambda: number; steps: number; activation: 'tanh' }
  | { kind: 'go-auto'; name: string; lambda: number; candidates: number[]; activation: 'tanh' }
  | { kind: 'go-ntk'; name: string; lambda: number; candidates: number[]; /** Fixed k, or null: go-init's `kernelRuleK` of the training's epochs. */ k: number | null; activation: 'tanh' }
  | { kind: 'go-law'; name: string; /** File in the bench's `data/` folder holding a `GoResult` JSON. */ file: string; activation: 'tanh' };

/** The frozen GO law of `go-law`: what `go` learned on the city photo at the quick profile, seed 0 (bench README, "GO's law, frozen"). */
export const GO_LAW_FILE = 'go-law-city.json';

/**
 * GO path lengths the strength rules choose from (those ≤ the profile's
 * `goSteps`): go-init's `AUTO_CANDIDATES` (0, 25, 75, 250, 750 steps of its
 * fast path, lr 2e-2) plus 2,500 for the larger profiles. 0 is no GO
 * (Glorot's draw).
 */
export const GO_AUTO_CANDIDATES: readonly number[] = [...AUTO_CANDIDATES, 2500];

/** GO defaults the bench uses for each profile's `go` and `go-lam…` names. */
export interface GoDefaults {
  /** Largest candidate of the strength rules, in fast-path steps (see {@link GO_AUTO_CANDIDATES}). */
  goSteps: number;
  /** GO steps of `go-lam<λ>` (the authors' longer runs). */
  goLambdaSteps: number;
}

/** λ of the recommended `go` (the authors' default, go-init's `AUTO_PATH_LAMBDA`). */
export const GO_DEFAULT_LAMBDA = AUTO_PATH_LAMBDA;

/** Fourier features m of the bench's `ff` networks (Tancik et al. 2020 use 256). */
export const FF_FEATURES = 256;

/** σ values `ff` chooses from (coordinates in [0, 1] per axis, as Tancik et al.): at 256 px and 25% of the pixels the best σ of the calibration photographs was 2.5 (docs/calibration). */
export const FF_CANDIDATES: readonly number[] = [1.25, 2.5, 5, 10, 20];

/** ω₀ values `siren-auto` chooses from (coordinates in [−1, 1], as Sitzmann et al.): they bracket their ω₀ = 30. */
export const SIREN_CANDIDATES: readonly number[] = [5, 10, 20, 30, 60];

/** The three families of the bench; each has its own input coordinates and learning rate (see {@link familyOf}). */
export type Family = 'tanh' | 'fourier' | 'siren';

/** The family of an init: its coordinates and learning rate follow its paper. */
export function familyOf(spec: InitSpec): Family {
  return spec.kind === 'fourier' ? 'fourier' : spec.kind === 'siren' ? 'siren' : 'tanh';
}

/**
 * Adam's learning rate of a family: the suite's (profile) rate for tanh
 * networks; 1e-3 for Fourier features (Tancik et al. 2020, their image
 * experiments) and 1e-4 for SIREN (Sitzmann et al. 2020, Sec. 4 / their
 * image fitting code). The profile's decay schedule applies to all three.
 */
export function familyLr(family: Family, profileLr: number): number {
  return family === 'fourier' ? 1e-3 : family === 'siren' ? 1e-4 : profileLr;
}

const PLAIN: Record<string, 'glorot-normal' | 'he-normal' | 'lecun-normal' | 'orthogonal'> = {
  glorot: 'glorot-normal',
  he: 'he-normal',
  lecun: 'lecun-normal',
  orthogonal: 'orthogonal',
};

/** Names the bench accepts, for error messages and `--help`. */
export const INIT_NAME_FORMS =
  'glorot, he, lecun, orthogonal, siren (= siren-w30), siren-w<ω₀> (e.g. siren-w12.5), siren-auto (ω₀ by the kernel rule), ff-s<σ> (Fourier features + relu, e.g. ff-s10), ff-tanh-s<σ> (+ tanh), ff (σ by the kernel rule), ff-tanh (+ tanh, σ by the rule), glorot-c<c> (e.g. glorot-c2), go, go-law (GO\'s (c, b) learned on the city photo, frozen), go-auto, go-holdout, go-ntk, go-ntk-k<k>, go-p<N> (GO fast path stopped at N steps: one candidate of the rule), go-lam<λ> (e.g. go-lam1e-3), go-s<steps>, go-lam<λ>-s<steps>';

/**
 * Parses a benchmark init name. `go` is the GO configuration the project
 * recommends (beyond Wang & Perdikaris 2021, who run a fixed 20k steps):
 * λ = 1e-4 on go-init's fast path, its strength chosen by the kernel-width
 * rule (`go-ntk`): the strongest of the candidate step counts (up to
 * `goSteps`; 0 = Glorot) whose NTK half-width is at least k sample spacings,
 * k = go-init's `kernelRuleK` of the training's epochs (`go-ntk-k<k>` fixes k):
 * go-init's `strength: 'kernel'`. `go-holdout` (alias `go-auto`) is go-init's
 * `strength: 'holdout'`: short trial fits on 90% of the training points, scored on
 * the other 10%. The bench README compares the two rules. Fixed-λ or
 * fixed-step variants carry their setting in the name (`go-lam1e-3`,
 * `go-s300`: authors' lr 5e-3).
 */
export function parseInit(name: string, go: GoDefaults): InitSpec {
  const n = String(name).trim();
  const plain = PLAIN[n];
  if (plain) return { kind: 'plain', name: n, init: plain, activation: 'tanh' };
  if (n === 'siren') return { kind: 'siren', name: n, omega0: 30, activation: 'sin' };
  if (n === 'siren-auto') return { kind: 'siren', name: n, omega0: null, activation: 'sin' };
  if (n === 'ff') return { kind: 'fourier', name: n, sigma: null, features: FF_FEATURES, activation: 'relu' };
  if (n === 'ff-tanh') return { kind: 'fourier', name: n, sigma: null, features: FF_FEATURES, activation: 'tanh' };
  const siren = /^siren-w(\d+(?:\.\d+)?)$/.exec(n);
  if (siren && Number(siren[1]) > 0) return { kind: 'siren', name: n, omega0: Number(siren[1]), activation: 'sin' };
  const ff = /^ff(-tanh)?-s(\d+(?:\.\d+)?)$/.exec(n);
  if (ff && Number(ff[2]) > 0) return { kind: 'fourier', name: n, sigma: Number(ff[2]), features: FF_FEATURES, activation: ff[1] ? 'tanh' : 'relu' };
  if (n === 'go-law') return { kind: 'go-law', name: n, file: GO_LAW_FILE, activation: 'tanh' };
  const scaled = /^glorot-c(\d+(?:\.\d+)?)$/.exec(n);
  if (scaled) {
    const c = Number(scaled[1]);
    if (c > 0 && Number.isFinite(c)) return { kind: 'scaled', name: n, c, activation: 'tanh' };
  }
  const candidates = GO_AUTO_CANDIDATES.filter((c) => c <= go.goSteps);
  if (n === 'go-auto' || n === 'go-holdout') {
    return { kind: 'go-auto', name: n, lambda: GO_DEFAULT_LAMBDA, candidates, activation: 'tanh' };
  }
  if (n === 'go') return { kind: 'go-ntk', name: n, lambda: GO_DEFAULT_LAMBDA, candidates, k: null, activation: 'tanh' };
  // go-p<N>: GO's fast path stopped at N steps — one candidate of the kernel rule (the rule's ratio is still measured and reported).
  const path = /^go-p(\d+)$/.exec(n);
  if (path) return { kind: 'go-ntk', name: n, lambda: GO_DEFAULT_LAMBDA, candidates: [Number(path[1])], k: null, activation: 'tanh' };
  const ntk = /^go-ntk(?:-k(\d+(?:\.\d+)?))?$/.exec(n);
  if (ntk) {
    const k = ntk[1] !== undefined ? Number(ntk[1]) : null;
    if (k === null || (k > 0 && Number.isFinite(k))) return { kind: 'go-ntk', name: n, lambda: GO_DEFAULT_LAMBDA, candidates, k, activation: 'tanh' };
  }
  const gm = /^go(?:-lam(\d+(?:\.\d+)?(?:e-?\d+)?))?(?:-s(\d+))?$/.exec(n);
  if (gm && (gm[1] !== undefined || gm[2] !== undefined)) {
    const lambda = gm[1] !== undefined ? Number(gm[1]) : GO_DEFAULT_LAMBDA;
    const steps = gm[2] !== undefined ? Number(gm[2]) : go.goLambdaSteps;
    if (Number.isFinite(lambda) && lambda >= 0 && Number.isInteger(steps) && steps > 0) {
      return { kind: 'go', name: n, lambda, steps, activation: 'tanh' };
    }
  }
  throw new MlpinitError('INVALID_ARGUMENT', `unknown init ${JSON.stringify(n)}; expected one of ${INIT_NAME_FORMS}`, '--inits');
}

/**
 * Splits an image-suite label `init+reg` (e.g. `go+grad`) into the init name
 * and its regulariser; a plain name has no regulariser of its own (`reg`
 * undefined: the suite's `--reg` list applies).
 */
export function splitLabel(label: string): { init: string; reg?: 'grad' | 'tv' | 'none' } {
  const [init = '', reg, ...rest] = String(label).split('+');
  if (reg === undefined) return { init };
  if (rest.length > 0 || (reg !== 'grad' && reg !== 'tv' && reg !== 'none')) {
    throw new MlpinitError('INVALID_ARGUMENT', `expected <init>+grad, +tv or +none, got ${JSON.stringify(label)}`, '--inits');
  }
  return { init, reg };
}

/** Parses a comma-separated `--inits` list (validating every name; `init+reg` labels are allowed). */
export function parseInitList(text: string, go: GoDefaults): string[] {
  const names = String(text)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (names.length === 0) throw new MlpinitError('INVALID_ARGUMENT', 'expected at least one init name', '--inits');
  for (const n of names) parseInit(splitLabel(n).init, go);
  return [...new Set(names)];
}
