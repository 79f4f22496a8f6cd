/** A Vega-Lite specification: plain JSON with its data inline. */
export type VegaLiteSpec = { $schema: string } & Record<string, unknown>;

/** The Vega-Lite schema the figure functions target. */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** JSON has no Infinity or NaN: non-finite numbers become null in figure data. */
export function finiteOrNull(v: number | null | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
