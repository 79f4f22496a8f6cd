import type { LrDecay } from '@mlpinit/core';
import type { ImageSize } from '../image/image-source.js';

/** Names of the size profiles. */
export type ProfileName = 'quick' | 'medium' | 'paper';
export const PROFILE_NAMES: readonly ProfileName[] = ['quick', 'medium', 'paper'];

/** Sizes of the image suite (Figure 5). */
export interface ImageProfile {
  /**
   * Files in the package's `data/` folder, each with the size it is resized to
   * (bilinear; native when absent). Overridden by `--image` (and `--size`).
   * The city photograph is where the kernel rule's k₀ was calibrated; the
   * others are out of sample for it.
   */
  images: Array<{ file: string; size?: ImageSize }>;
  depth: number;
  width: number;
  steps: number;
  /** Mini-batch size (undefined: full batch). */
  batchSize?: number;
  lr: number;
  lrDecay: LrDecay;
  /** Evaluations of SNR on the full image during training. */
  checkpoints: number;
  /** Fraction of pixels used for training. */
  pixels: number;
  seeds: number;
  /** The default inits (kept small so `pnpm bench` stays within 10 minutes at ≥ 5 seeds). */
  inits: string[];
  /** The full sweep (`--sweep`): GO variants, scaled Glorot up to c = 6, SIREN, the gradient regulariser. */
  sweepInits: string[];
  /** Largest candidate step count of the GO strength rules (fast-path steps, see `GO_AUTO_CANDIDATES`). */
  goSteps: number;
  /** GO steps of the `go-lam…` variants (the authors' longer runs). */
  goLambdaSteps: number;
  /**
   * The infinite-width row: on the first seed, kernel regression with each
   * init's infinite-width NTK on the training pixels of a central window
   * widened by `margin` pixels on each side, scored on the held-out pixels of
   * the central `crop` × `crop` window beside the trained network.
   */
  infiniteWidth: { crop: number; margin: number };
}

/** Sizes of the synthetic suite (Figure 4). */
export interface SyntheticProfile {
  depth: number;
  width: number;
  steps: number;
  batchSize: number;
  lr: number;
  lrDecay: LrDecay;
  /** Numbers of training points swept. */
  sizes: number[];
  maxFreq: number;
  /** Side of the dense regular test grid on [−1, 1]². */
  testGrid: number;
  checkpoints: number;
  seeds: number;
  inits: string[];
  /** The full sweep (`--sweep`). */
  sweepInits: string[];
  /** Most GO steps the recommended `go` runs. */
  goSteps: number;
  /** GO steps of the `go-lam…` variants. */
  goLambdaSteps: number;
  /**
   * The infinite-width row: on the first seed and at sizes ≤ `maxPoints`,
   * kernel regression with each init's infinite-width NTK on all training
   * points, scored on every `stride`-th test-grid row and column beside the
   * trained network.
   */
  infiniteWidth: { maxPoints: number; stride: number };
}

/** Sizes of the NTK suite (Figure 3). */
export interface NtkProfile {
  depth: number;
  width: number;
  /** Points of the 1-D grid on [−1, 1]. */
  points: number;
  /**
   * Kernels drawn (bench init names): Glorot, the best fixed scale of the
   * image sweep (a scaled-Glorot control), the project's default `go` and GO
   * as the authors run it (fixed λ and steps).
   */
  inits: string[];
  /** GO steps of `go-lam…` and the cap of `go`'s candidates. */
  goSteps: number;
  /** The training `go`'s kernel rule assumes follows (full batch on the grid): its epochs set k. */
  trainingSteps: number;
}

/** Sizes of the variance-flow suite (Figures 1, 2). */
export interface VarianceFlowProfile {
  width: number;
  depth: number;
  samples: number;
  points: number;
}

/** Sizes of the pinn suite (physics-informed networks, @mlpinit/pinn). */
export interface PinnProfile {
  /** Problems run (keys of the pinn suite: poisson-smooth, poisson-multiscale, helmholtz). */
  problems: Array<'poisson-smooth' | 'poisson-multiscale' | 'helmholtz'>;
  /**
   * Adam steps per problem. The networks, learning rates, decay and points per
   * step are the problems' source settings (@mlpinit/pinn `defaults`); only the
   * step count is cut (the sources run 40,000).
   */
  steps: { 'poisson-smooth': number; 'poisson-multiscale': number; helmholtz: number };
  /** Relative-L2 checkpoints during training (plus step 0). */
  checkpoints: number;
  seeds: number;
  /** Default inits; `<init>-anneal` trains with learning-rate annealing of the boundary weight. */
  inits: string[];
  /** Largest candidate step count of GO's kernel strength rule (as the synthetic suite's `goSteps`). */
  goSteps: number;
  /** Collocation points (a fixed seeded draw) GO's and the scale rules see. */
  rulePoints: number;
  /** Points per axis of the first seed's solution figure (1-D line plots, 2-D heatmaps). */
  solutionGrid: { oneD: number; twoD: number };
  /** Network widths per problem (default: the problem's source network; tests use tiny ones). */
  sizes?: Partial<Record<'poisson-smooth' | 'poisson-multiscale' | 'helmholtz', number[]>>;
  /** Points per step (default: each problem's source setting). */
  batch?: { residual?: number; boundary?: number };
}

/** Sizes of the perf suite. */
export interface PerfProfile {
  steps: number;
  repeats: number;
}

export interface Profile {
  name: ProfileName;
  image: ImageProfile;
  synthetic: SyntheticProfile;
  ntk: NtkProfile;
  varianceFlow: VarianceFlowProfile;
  perf: PerfProfile;
  pinn: PinnProfile;
}

const QUICK: Profile = {
  name: 'quick',
  image: {
    images: [{ file: 'city-256x192.png' }, { file: 'images/chelsea.png', size: { longer: 256 } }],
    depth: 8,
    width: 64,
    steps: 1500,
    batchSize: 1024,
    lr: 2e-3,
    lrDecay: { rate: 0.9, every: 150 },
    checkpoints: 10,
    pixels: 0.25,
    seeds: 5,
    inits: ['glorot', 'go', 'glorot-c3'],
    sweepInits: [
      'glorot',
      'go',
      'go-law',
      'go-holdout',
      'go-lam1e-4',
      'go-lam1e-3',
      'go-lam1e-2',
      'go-lam1e-1',
      'glorot-c1.5',
      'glorot-c2',
      'glorot-c3',
      'glorot-c4',
      'glorot-c5',
      'glorot-c6',
      'siren',
      'glorot+grad',
      'go+grad',
      'go-lam1e-4+grad',
      'glorot-c3+grad',
      'siren+grad',
    ],
    goSteps: 250,
    goLambdaSteps: 1000,
    infiniteWidth: { crop: 24, margin: 4 },
  },
  synthetic: {
    depth: 6,
    width: 64,
    steps: 600,
    batchSize: 512,
    lr: 2e-3,
    lrDecay: { rate: 0.9, every: 100 },
    sizes: [256, 1024, 4096],
    maxFreq: 6,
    testGrid: 64,
    checkpoints: 6,
    seeds: 5,
    inits: ['glorot', 'go'],
    sweepInits: ['glorot', 'orthogonal', 'go', 'go-holdout', 'go-lam1e-4', 'go-lam1e-3', 'go-lam1e-2', 'go-lam1e-1'],
    goSteps: 250,
    goLambdaSteps: 1000,
    infiniteWidth: { maxPoints: 256, stride: 4 },
  },
  ntk: { depth: 6, width: 64, points: 64, inits: ['glorot', 'glorot-c3', 'go', 'go-lam1e-4'], goSteps: 1000, trainingSteps: 600 },
  varianceFlow: { width: 256, depth: 20, samples: 4, points: 128 },
  perf: { steps: 50, repeats: 1 },
  // Measured on wasm (2 cores, one busy): a step costs ≈ 3 ms (smooth Poisson, 1 → 50×2 → 1), ≈ 4 ms
  // (multi-scale, 1 → 100×2 → 1), ≈ 8–13 ms (Helmholtz, 2 → 50×3 → 1) and ≈ 3× that for `ff-tanh` (256 Fourier
  // features); GO's and the scale rules' setup is ≈ 1–2 s a run. ≈ 2 min per seed for the 5 default inits,
  // ≈ 10 min for 5 seeds on one core, ≈ 5–6 min with `--workers 2` (bench:pinn) on an idle 2-core machine.
  pinn: {
    problems: ['poisson-smooth', 'poisson-multiscale', 'helmholtz'],
    steps: { 'poisson-smooth': 3000, 'poisson-multiscale': 1500, helmholtz: 1500 },
    checkpoints: 10,
    seeds: 5,
    inits: ['glorot', 'go', 'glorot-anneal', 'ff-tanh', 'siren-auto'],
    goSteps: 250,
    rulePoints: 512,
    solutionGrid: { oneD: 400, twoD: 50 },
  },
};

const MEDIUM: Profile = {
  name: 'medium',
  image: {
    images: [{ file: 'city-751x563.jpg', size: { width: 512, height: 384 } }],
    depth: 8,
    width: 256,
    steps: 20000,
    batchSize: 512,
    lr: 1e-3,
    lrDecay: { rate: 0.9, every: 1000 },
    checkpoints: 8,
    pixels: 0.25,
    seeds: 3,
    inits: ['glorot', 'go', 'glorot-c3', 'go-law'],
    sweepInits: ['glorot', 'go', 'go-law', 'go-holdout', 'go-lam1e-4', 'glorot-c1.5', 'glorot-c2', 'glorot-c3', 'glorot-c4', 'glorot-c5', 'glorot-c6', 'siren'],
    goSteps: 750,
    goLambdaSteps: 3000,
    infiniteWidth: { crop: 24, margin: 4 },
  },
  synthetic: {
    depth: 8,
    width: 128,
    steps: 5000,
    batchSize: 1024,
    lr: 1e-3,
    lrDecay: { rate: 0.99, every: 100 },
    sizes: [1024, 4096, 16384, 65536],
    maxFreq: 16,
    testGrid: 128,
    checkpoints: 10,
    seeds: 5,
    inits: ['glorot', 'orthogonal', 'go', 'go-holdout'],
    sweepInits: ['glorot', 'orthogonal', 'go', 'go-holdout', 'go-lam1e-4'],
    goSteps: 750,
    goLambdaSteps: 3000,
    infiniteWidth: { maxPoints: 256, stride: 4 },
  },
  ntk: { depth: 8, width: 128, points: 128, inits: ['glorot', 'glorot-c3', 'go', 'go-lam1e-4'], goSteps: 3000, trainingSteps: 5000 },
  varianceFlow: { width: 512, depth: 30, samples: 8, points: 256 },
  perf: { steps: 200, repeats: 3 },
  // The smooth case at 5,000 steps (its learning rate halves every 500 steps) and ≈ 6.7× quick's steps for the others; short of the sources' 40,000.
  pinn: {
    problems: ['poisson-smooth', 'poisson-multiscale', 'helmholtz'],
    steps: { 'poisson-smooth': 5000, 'poisson-multiscale': 10_000, helmholtz: 10_000 },
    checkpoints: 20,
    seeds: 5,
    inits: ['glorot', 'go', 'glorot-anneal', 'ff-tanh', 'siren-auto'],
    goSteps: 750,
    rulePoints: 1024,
    solutionGrid: { oneD: 400, twoD: 50 },
  },
};

/**
 * The authors' sizes (Wang & Perdikaris 2021, Sec. 4 and their published code):
 * image 907×907 (`--image` for theirs; the bundled photo is used at its native
 * 751×563 otherwise), 2 → 8×512 → 3, batch 512, Adam 1e-4 decaying by 0.99
 * every 1000 steps, 400k steps, GO with λ = 1e-4 (20k GO steps); synthetic
 * 2 → 16×256 → 1 tanh, batch 2048, Adam 5e-4 decaying 0.99 every 400 steps,
 * 120k steps, data sizes 2^12 to 2^24, maxFreq 36.
 */
const PAPER: Profile = {
  name: 'paper',
  image: {
    images: [{ file: 'city-751x563.jpg' }],
    depth: 8,
    width: 512,
    steps: 400_000,
    batchSize: 512,
    lr: 1e-4,
    lrDecay: { rate: 0.99, every: 1000 },
    checkpoints: 20,
    pixels: 0.25,
    seeds: 1,
    inits: ['glorot', 'go', 'go-lam1e-4', 'glorot-c1.5', 'glorot-c2', 'glorot-c3'],
    sweepInits: ['glorot', 'go', 'go-lam1e-4', 'glorot-c1.5', 'glorot-c2', 'glorot-c3', 'glorot-c4', 'glorot-c5', 'glorot-c6'],
    goSteps: 2500,
    goLambdaSteps: 20_000,
    infiniteWidth: { crop: 48, margin: 4 },
  },
  synthetic: {
    depth: 16,
    width: 256,
    steps: 120_000,
    batchSize: 2048,
    lr: 5e-4,
    lrDecay: { rate: 0.99, every: 400 },
    sizes: [2 ** 12, 2 ** 14, 2 ** 16, 2 ** 18, 2 ** 20, 2 ** 22, 2 ** 24],
    maxFreq: 36,
    testGrid: 256,
    checkpoints: 24,
    seeds: 3,
    inits: ['glorot', 'orthogonal', 'go', 'go-lam1e-4'],
    sweepInits: ['glorot', 'orthogonal', 'go', 'go-lam1e-4'],
    goSteps: 2500,
    goLambdaSteps: 20_000,
    infiniteWidth: { maxPoints: 4096, stride: 8 },
  },
  ntk: { depth: 8, width: 256, points: 200, inits: ['glorot', 'glorot-c3', 'go', 'go-lam1e-4', 'go-lam1e-3'], goSteps: 20_000, trainingSteps: 120_000 },
  varianceFlow: { width: 1024, depth: 50, samples: 16, points: 400 },
  perf: { steps: 500, repeats: 5 },
  // The sources' budget: 40,000 steps (Wang, Teng & Perdikaris 2021; Wang, Wang & Perdikaris 2021; the smooth case's default 3,000), 10 runs.
  pinn: {
    problems: ['poisson-smooth', 'poisson-multiscale', 'helmholtz'],
    steps: { 'poisson-smooth': 3000, 'poisson-multiscale': 40_000, helmholtz: 40_000 },
    checkpoints: 40,
    seeds: 10,
    inits: ['glorot', 'go', 'glorot-anneal', 'ff-tanh', 'siren-auto', 'go-anneal'],
    goSteps: 2500,
    rulePoints: 1024,
    solutionGrid: { oneD: 400, twoD: 50 },
  },
};

export const PROFILES: Readonly<Record<ProfileName, Profile>> = { quick: QUICK, medium: MEDIUM, paper: PAPER };
