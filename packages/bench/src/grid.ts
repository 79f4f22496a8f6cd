/** One cell of a suite's (init × seed × size) grid. */
export interface GridCell {
  init: string;
  seed: number;
  /** Data size (synthetic: number of training points); absent when the suite has no size axis. */
  size?: number;
}

/** The grid in its fixed order: init (outer), then size, then seed (inner). */
export function trialGrid(inits: readonly string[], seeds: readonly number[], sizes?: readonly number[]): GridCell[] {
  const out: GridCell[] = [];
  for (const init of inits) {
    if (sizes) for (const size of sizes) for (const seed of seeds) out.push({ init, seed, size });
    else for (const seed of seeds) out.push({ init, seed });
  }
  return out;
}

/** A stable identifier of a cell (used to deduplicate and order merged shards). */
export function cellKey(c: GridCell): string {
  return c.size === undefined ? `${c.init}|s${c.seed}` : `${c.init}|n${c.size}|s${c.seed}`;
}
