/**
 * Pixel-centre coordinates of a width × height grid, scaled so each input
 * dimension has zero mean and unit variance over the grid (as GO and training
 * expect: Wang & Perdikaris 2021 normalise inputs the same way).
 */
export function gridCoordinates(width: number, height: number): number[][] {
  const axis = (n: number): number[] => {
    const raw = Array.from({ length: n }, (_, i) => (n === 1 ? 0 : -1 + (2 * i) / (n - 1)));
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
