import { quantile } from '../report/stats.js';

/**
 * The scales a rule chose over several runs, for tables and claims: each
 * distinct value to three significant digits, listed when there are at most
 * four (rule v1 chose among candidates), else `min–max (median m)` (rule v2
 * interpolates between candidates, so every run may differ).
 */
export function describeScales(values: readonly number[]): string {
  if (values.length === 0) return '–';
  const fmt = (v: number): string => String(Number(v.toPrecision(3)));
  const distinct = [...new Set(values.map(fmt))];
  if (distinct.length <= 4) return distinct.sort((a, b) => Number(a) - Number(b)).join(', ');
  return `${fmt(Math.min(...values))}–${fmt(Math.max(...values))} (median ${fmt(quantile(values, 0.5))})`;
}
