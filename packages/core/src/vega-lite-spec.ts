/**
 * A Vega-Lite specification (https://vega.github.io/vega-lite/): plain JSON
 * with its data inline and `$schema` naming the schema (`VEGA_LITE_SCHEMA`). Every
 * figure function of the mlpinit packages returns one.
 */
export type VegaLiteSpec = { $schema: string } & Record<string, unknown>;

/** The Vega-Lite schema every figure of the mlpinit packages targets (v6). */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
