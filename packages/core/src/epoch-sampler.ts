import type { Rng } from './rng.js';
import { assertInteger } from './validate.js';

/**
 * Mini-batches by epochs: each epoch is a fresh seeded permutation of 0…n−1
 * (Fisher–Yates, {@link Rng.permutation}) cut into consecutive batches of
 * `batch` indices; a remainder shorter than a batch is dropped and the next
 * epoch starts. The one sampler of core's `train`, its data-parallel path and
 * go-init's GO optimizer, so one seed gives the same batches in each.
 */
export class EpochSampler {
  readonly n: number;
  readonly batch: number;
  private readonly rng: Rng;
  private perm: Int32Array = new Int32Array(0);
  private cursor: number;

  /** @param rng the generator permutations are drawn from (advanced only at epoch starts). */
  constructor(n: number, batch: number, rng: Rng) {
    assertInteger(n, 'n', 1);
    assertInteger(batch, 'batch', 1);
    this.n = n;
    this.batch = Math.min(batch, n);
    this.rng = rng;
    this.cursor = n;
  }

  /** True when a batch is all n points (then {@link next} is never needed). */
  get fullBatch(): boolean {
    return this.batch >= this.n;
  }

  /** The next batch's indices (a view into the epoch's permutation: copy it to keep it). */
  next(): Int32Array {
    if (this.cursor + this.batch > this.n) {
      this.perm = this.rng.permutation(this.n);
      this.cursor = 0;
    }
    const out = this.perm.subarray(this.cursor, this.cursor + this.batch);
    this.cursor += this.batch;
    return out;
  }
}
