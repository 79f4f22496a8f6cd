import type { SyntheticRun } from '../synthetic/synthetic-trial.js';

/** Synthetic runs without what differs between identical runs: wall times (the trial's, training's, the infinite-width row's) and GO's timing summary. */
export function stripTimings(runs: SyntheticRun[]): unknown[] {
  return runs.map(({ seconds: _s, trainSeconds: _t, go: _g, infiniteWidth, ...r }) => ({
    ...r,
    ...(infiniteWidth ? { infiniteWidth: { ...infiniteWidth, seconds: 0 } } : {}),
  }));
}
