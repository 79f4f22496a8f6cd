import { brentRoot } from './brent.js';
import { lengthMapResolved, lengthMapSlopeResolved } from './length-map.js';
import type { ResolvedMap } from './map-options.js';

/**
 * The fixed point of the length map that iteration from s0 converges to,
 * or null when the lengths grow past sMax. The map is increasing for the
 * activations of interest, so the orbit moves monotonically towards the
 * nearest fixed point on the side of L(s0) − s0; it is bracketed by walking
 * a grid of step sMax/steps from s0 and refined with Brent's method.
 */
export function attractingFixedPoint(m: ResolvedMap, s0: number, sMax: number, steps = 200): number | null {
  const g = (s: number): number => lengthMapResolved(m, s) - s;
  const g0 = g(s0);
  const tol = 1e-12 * (1 + s0);
  if (Math.abs(g0) <= tol) return s0;
  const h = sMax / steps;
  if (g0 > 0) {
    let a = s0;
    let ga = g0;
    while (a < sMax) {
      const b = Math.min(a + h, sMax);
      const gb = g(b);
      if (gb <= 0) return brentRoot(g, a, b, ga, gb);
      a = b;
      ga = gb;
    }
    return null;
  }
  let b = s0;
  let gb = g0;
  for (;;) {
    let a = Math.max(b - h, 0);
    let ga = g(a);
    if (a === 0 && ga === 0) {
      // 0 is fixed (σ_b = 0, f(b) = 0). When it attracts (slope ≤ 1, as for
      // tanh at c ≤ 1) the orbit ends there; when it repels, the attracting
      // point lies in (0, b]: bracket it away from 0.
      if (lengthMapSlopeResolved(m, 0) <= 1 + 1e-12) return 0;
      const eps = 1e-9 * Math.max(b, 1e-300);
      const ge = g(eps);
      if (ge <= 0) return 0;
      a = eps;
      ga = ge;
    }
    if (ga >= 0) return brentRoot(g, a, b, ga, gb);
    if (a === 0) return 0;
    b = a;
    gb = ga;
  }
}
