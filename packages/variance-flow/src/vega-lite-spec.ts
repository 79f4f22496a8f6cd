export { VEGA_LITE_SCHEMA, type VegaLiteSpec } from '@mlpinit/core';

/** JSON has no Infinity or NaN: non-finite numbers become null in figure data. */
export function finiteOrNull(v: number | null | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
