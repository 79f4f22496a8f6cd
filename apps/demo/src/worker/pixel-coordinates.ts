/**
 * How each input axis of a pixel grid is mapped:
 * - `standardized`: zero mean and unit variance over the grid (as GO and
 *   training of the tanh networks expect: Wang & Perdikaris 2021 normalise
 *   inputs the same way);
 * - `unit`: [0, 1], the convention of random Fourier features (Tancik et al. 2020);
 * - `symmetric`: [−1, 1], SIREN's convention (Sitzmann et al. 2020).
 * The first and last pixel sit on the ends of the interval.
 */
export type CoordinateRange = 'standardized' | 'unit' | 'symmetric';

/** Pixel-centre coordinates of a width × height grid, row-major, each axis mapped by `range`. */
export function gridCoordinates(width: number, height: number, range: CoordinateRange = 'standardized'): number[][] {
  const axis = (n: number): number[] => {
    const raw = Array.from({ length: n }, (_, i) => (n === 1 ? 0 : -1 + (2 * i) / (n - 1)));
    if (range === 'symmetric') return raw;
    if (range === 'unit') return raw.map((v) => (v + 1) / 2);
    const mean = raw.reduce((a, b) => a + b, 0) / n;
    const std = Math.sqrt(raw.reduce((a, b) => a + (b - mean) ** 2, 0) / n) || 1;
    return raw.map((v) => (v - mean) / std);
  };
  const xs = axis(width);
  const ys = axis(height);
  const out: number[][] = [];
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) out.push([xs[c] as number, ys[r] as number]);
  }
  return out;
}
