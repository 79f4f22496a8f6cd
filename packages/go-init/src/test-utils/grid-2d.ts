/** An n × n grid over [lo, hi]² as rows [x, y]. */
export function grid2d(n: number, lo = -1, hi = 1): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) out.push([lo + ((hi - lo) * j) / (n - 1), lo + ((hi - lo) * i) / (n - 1)]);
  }
  return out;
}
