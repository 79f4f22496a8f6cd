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
