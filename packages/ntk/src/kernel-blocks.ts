import type { NtkOutputs } from './ntk-implementation.js';

/** A block of K: points [r0, r1) of x1 against points [c0, c1) of x2. */
export interface KernelBlockRange {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

/**
 * Splits K into `count` row blocks (or fewer) of nearly equal work. For a
 * symmetric kernel (x2 = x1) only the upper triangle is needed: block
 * [r0, r1) takes columns [r0, n), and the blocks are sized so that every
 * (r1 − r0)·(n − r0) is about the same.
 */
export function planBlocks(n1: number, n2: number, symmetric: boolean, count: number): KernelBlockRange[] {
  const k = Math.max(1, Math.min(count, n1));
  if (!symmetric) {
    return Array.from({ length: k }, (_, i) => ({ r0: Math.floor((i * n1) / k), r1: Math.floor(((i + 1) * n1) / k), c0: 0, c1: n2 }));
  }
  const n = n1;
  const greedy = (target: number): KernelBlockRange[] => {
    const out: KernelBlockRange[] = [];
    for (let r = 0; r < n; ) {
      const size = Math.min(n - r, Math.max(1, Math.floor(target / (n - r))));
      out.push({ r0: r, r1: r + size, c0: r, c1: n });
      r += size;
    }
    return out;
  };
  // The smallest per-block work whose greedy split needs at most k blocks.
  let lo = (n * n) / (2 * k);
  let hi = n * n;
  for (let it = 0; it < 40 && hi - lo > 1; it++) {
    const mid = (lo + hi) / 2;
    if (greedy(mid).length <= k) hi = mid;
    else lo = mid;
  }
  return greedy(hi);
}

/** The shape of the whole kernel in the layout of `outputs`. */
export function kernelShape(n1: number, n2: number, O: number, outputs: NtkOutputs): [number, number] {
  if (outputs === 'full') return [n1 * O, n2 * O];
  if (outputs === 'diagonal') return [O * n1, n2];
  return [n1, n2];
}

/** Copies a block's values (in the block layout of `kernelBlock`) into the whole kernel `out`. */
export function placeBlock(out: Float32Array, n1: number, n2: number, O: number, outputs: NtkOutputs, b: KernelBlockRange, v: Float32Array): void {
  const R = b.r1 - b.r0;
  const C = b.c1 - b.c0;
  if (outputs === 'diagonal') {
    for (let o = 0; o < O; o++) {
      for (let i = 0; i < R; i++) out.set(v.subarray((o * R + i) * C, (o * R + i + 1) * C), (o * n1 + b.r0 + i) * n2 + b.c0);
    }
    return;
  }
  const p = outputs === 'full' ? O : 1;
  const cols = C * p;
  const stride = n2 * p;
  for (let i = 0; i < R * p; i++) out.set(v.subarray(i * cols, (i + 1) * cols), (b.r0 * p + i) * stride + b.c0 * p);
}

/** Fills the lower triangle of each square kernel in `out` from its upper triangle (tiled, cache-friendly). */
export function mirrorLower(out: Float32Array, n: number, O: number, outputs: NtkOutputs): void {
  const [m, count] = outputs === 'full' ? [n * O, 1] : outputs === 'diagonal' ? [n, O] : [n, 1];
  const T = 64;
  for (let q = 0; q < count; q++) {
    const base = q * m * m;
    for (let bi = 0; bi < m; bi += T) {
      for (let bj = 0; bj <= bi; bj += T) {
        const iEnd = Math.min(bi + T, m);
        for (let i = bi; i < iEnd; i++) {
          const jEnd = Math.min(bj + T, i);
          for (let j = bj; j < jEnd; j++) out[base + i * m + j] = out[base + j * m + i] as number;
        }
      }
    }
  }
}

/** One thread's share of K: points [r0, r1) of x1, computed in `chunks` (one progress step each). */
export interface ThreadShare {
  r0: number;
  r1: number;
  chunks: KernelBlockRange[];
}

/** Relative costs that {@link planThreads} balances. */
export interface ShareCosts {
  /** Layer features of one point (forward and backward pass). */
  perPoint: number;
  /** One (x1 point, x2 point) entry of the Gram products. */
  perPair: number;
  /** Fixed cost of a worker thread (messages, rebuilding the network); the first share (main thread) has none. */
  perWorker: number;
  /** Work per progress step (chunks are split to about this size). */
  perChunk: number;
}

/**
 * Splits the rows of K over `threads` threads, each of which computes the
 * layer features it needs itself. Symmetric (x2 = x1): thread i takes points
 * [r0, r1) against columns [r0, n) only (the upper triangle) and needs the
 * features of points [r0, n); shares are sized so every thread's features
 * plus Gram products cost about the same (the first thread, which needs all
 * features, gets the fewest rows), every thread at least one point. Otherwise every thread needs all of x2's
 * features and the rows are split evenly. Each share is cut into chunks of
 * about `perChunk` work; a chunk [r0, r1) of a symmetric kernel takes columns [r0, n).
 */
export function planThreads(n1: number, n2: number, symmetric: boolean, threads: number, c: ShareCosts): ThreadShare[] {
  const k = Math.max(1, Math.min(threads, n1));
  const bounds: number[] = [0];
  if (!symmetric) {
    for (let i = 1; i <= k; i++) bounds.push(Math.floor((i * n1) / k));
  } else {
    const n = n1;
    const cost = (i: number, a: number, b: number): number => (i > 0 ? c.perWorker : 0) + c.perPoint * (n - a) + c.perPair * (b - a) * (n - a);
    const greedy = (T: number): number[] | null => {
      const out = [0];
      let a = 0;
      for (let i = 0; i < k && a < n; i++) {
        const room = T - cost(i, a, a);
        // Leave at least one point to each later thread: every thread asked for gets a share.
        const rows = Math.min(n - a - (k - 1 - i), Math.floor(room / (c.perPair * (n - a))));
        if (rows < 1) return null;
        a += rows;
        out.push(a);
      }
      return a === n ? out : null;
    };
    let lo = 0;
    let hi = cost(0, 0, n) + k * c.perWorker;
    for (let it = 0; it < 60 && hi - lo > 1e-9 * hi; it++) {
      const mid = (lo + hi) / 2;
      if (greedy(mid)) hi = mid;
      else lo = mid;
    }
    bounds.splice(0, 1, ...(greedy(hi) ?? [0, n]));
  }
  const shares: ThreadShare[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [r0, r1] = [bounds[i] as number, bounds[i + 1] as number];
    if (r1 <= r0) continue;
    const work = c.perPair * (r1 - r0) * (symmetric ? n1 - r0 : n2);
    const m = Math.max(1, Math.min(r1 - r0, Math.ceil(work / c.perChunk)));
    const chunks: KernelBlockRange[] = [];
    for (let j = 0; j < m; j++) {
      const a = r0 + Math.floor((j * (r1 - r0)) / m);
      const b = r0 + Math.floor(((j + 1) * (r1 - r0)) / m);
      chunks.push({ r0: a, r1: b, c0: symmetric ? a : 0, c1: n2 });
    }
    shares.push({ r0, r1, chunks });
  }
  return shares;
}
