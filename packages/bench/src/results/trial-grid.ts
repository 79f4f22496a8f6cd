/** One cell of a suite's (init × seed × size) grid. */
export interface GridCell {
  init: string;
  seed: number;
  /** Data size (synthetic: number of training points); absent when the suite has no size axis. */
  size?: number;
  /** Image file name (image suite); absent when the suite has no image axis. */
  image?: string;
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

/** The image suite's grid: init (outer), then image, then seed (inner). */
export function imageGrid(inits: readonly string[], images: readonly string[], seeds: readonly number[]): GridCell[] {
  return inits.flatMap((init) => images.flatMap((image) => seeds.map((seed) => ({ init, image, seed }))));
}

/** A stable identifier of a cell (used to deduplicate and order merged shards). */
export function cellKey(c: GridCell): string {
  const img = c.image === undefined ? '' : `|i${c.image}`;
  return c.size === undefined ? `${c.init}${img}|s${c.seed}` : `${c.init}${img}|n${c.size}|s${c.seed}`;
}
