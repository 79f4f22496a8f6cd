// What the perf suite records and summarises.
/** One timed workload in one implementation. */
export interface PerfRun {
  workload: string;
  variant: 'mlpinit' | 'mlpinit-1thread' | 'stock-tfjs' | 'pytorch' | 'structured' | 'structured-1thread' | 'structured-2threads' | 'jacobian' | 'repeat-call' | 'steady-state' | 'autodiff';
  backend: string;
  /** Milliseconds per step (training, GO) or per call (NTK, variance flow); null when it did not run. */
  ms: number | null;
  steps: number;
  note?: string;
}

/** Speed ratios per workload: mlpinit over PyTorch, stock tfjs over mlpinit, mlpinit over its one-thread run. */
export interface PerfSummary {
  ratios: Array<{ workload: string; mlpinitOverPytorch: number | null; stockOverMlpinit: number | null; mlpinitOverOneThread: number | null }>;
  /** Seconds of the default `go` (GO path + NTK rule) for the profile's image network over those of the training it precedes. */
  goShareOfTraining: number | null;
  memory: { steps: number; tensorsBefore: number; tensorsAfter: number; bytesBefore: number; bytesAfter: number };
  /** PyTorch's functorch NTK time over mlpinit's structured NTK (1 → 100×5 → 1, N = 256). */
  ntkSpeedupOverPytorch: number | null;
  /** Process RSS (MiB) after the N = 4096 structured NTK. */
  ntkLargeRssMiB: number | null;
  /** A second 6-step data-parallel `train` call's ms per step over the steady-state step (throughput network); absent in older results. */
  repeatedTrainRatio?: number | null;
  /**
   * Hours the medium profile's Glorot + GO training steps take on one core,
   * projected from the one-thread step time of its image network (training
   * steps only; GO, the strength rule and checkpoints add ~3%).
   */
  mediumPairHoursOneCore: number | null;
  /**
   * Hours one init of the paper profile's image training (2 → 8×512 → 3,
   * batch 512, 400k steps) takes on the measured backend, projected from its
   * timed step (mlpinit's engine, all cores; training steps only).
   */
  paperImageHoursPerInit?: number | null;
  /** PINN steps (absent in older results): mlpinit's explicit step over PyTorch's double backward, and the autodiff path over the explicit one. */
  pinn?: Array<{ workload: string; mlpinitOverPytorch: number | null; autodiffOverExplicit: number | null }>;
}
