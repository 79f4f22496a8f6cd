import type { EarlyStopOptions } from './go-options.js';

/**
 * @internal Plateau rule for GO's noisy objective (every step sees a fresh
 * base draw and batch): losses are averaged over windows of `window` steps,
 * and the run stops once `patience` windows in a row fail to beat the best
 * window mean so far by the fraction `minRelativeImprovement`.
 */
export class PlateauDetector {
  private sum = 0;
  private count = 0;
  private best = Number.POSITIVE_INFINITY;
  private stale = 0;

  constructor(private readonly opts: Required<EarlyStopOptions>) {}

  /** Adds one step's loss; true when the run should stop. */
  push(loss: number): boolean {
    this.sum += loss;
    this.count += 1;
    if (this.count < this.opts.window) return false;
    const mean = this.sum / this.count;
    this.sum = 0;
    this.count = 0;
    const first = this.best === Number.POSITIVE_INFINITY;
    if (first || mean < this.best - this.opts.minRelativeImprovement * Math.abs(this.best)) {
      this.best = mean;
      this.stale = 0;
      return false;
    }
    if (mean < this.best) this.best = mean;
    this.stale += 1;
    return this.stale >= this.opts.patience;
  }
}
