import embed, { type Result } from 'vega-embed';
import type { TopLevelSpec } from 'vega-lite';

// logLevel 1 (errors only): an empty live chart would otherwise warn about its empty extent.
const OPTIONS = { actions: { export: true, source: false, compiled: false, editor: false }, renderer: 'svg' as const, logLevel: 1 };

/** Renders a package's Vega-Lite specification (data inline) into `el`. */
export async function renderSpec(el: HTMLElement, spec: object): Promise<Result> {
  el.replaceChildren();
  return embed(el, spec as TopLevelSpec, OPTIONS);
}

export interface LossPoint {
  run: string;
  step: number;
  loss: number;
}

/**
 * A live loss curve in the same grammar as the packages' figures: a Vega-Lite
 * line chart over a named data set that points are streamed into.
 */
export class LiveLossChart {
  private result: Promise<Result>;

  constructor(el: HTMLElement, title: string, yTitle = 'loss') {
    const spec: TopLevelSpec = {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      description: title,
      width: 'container',
      height: 180,
      padding: { top: 12, left: 5, right: 5, bottom: 5 },
      data: { name: 'points' },
      mark: { type: 'line', interpolate: 'linear' },
      encoding: {
        x: { field: 'step', type: 'quantitative', title: 'step' },
        y: { field: 'loss', type: 'quantitative', title: `${title} (${yTitle}, log scale)`, scale: { type: 'log' } },
        color: { field: 'run', type: 'nominal', title: null, legend: { orient: 'top' } },
      },
    };
    el.replaceChildren();
    this.result = embed(el, spec, OPTIONS);
  }

  /** Appends points (non-positive losses are dropped from the log scale). */
  async push(points: LossPoint[]): Promise<void> {
    const { view } = await this.result;
    await view.insert('points', points.filter((p) => p.loss > 0 && Number.isFinite(p.loss))).runAsync();
  }

  async clear(): Promise<void> {
    const { view } = await this.result;
    await view.remove('points', () => true).runAsync();
  }
}
