import { figure1, figure2, fixedPoints, lengthMap, lengthMapSlope, simulateDepth } from '@mlpinit/variance-flow';
import type { Figure1Params, VarianceParams, VarianceResult } from '../protocol.js';
import { InputError, type TaskContext } from './task-context.js';

/**
 * The length map s ↦ sqrt(E[f(c·s·z + b)²]) and its slope on [0, sMax] with
 * the fixed points marked (Poole et al. 2016; Wang & Perdikaris 2021, Figure 2),
 * as a Vega-Lite specification in the grammar of the package's own figures.
 */
export async function varianceTask(p: VarianceParams): Promise<VarianceResult> {
  if (!(p.sMax > 0 && p.sMax <= 50)) throw new InputError(`s max must be in (0, 50] (got ${p.sMax})`);
  const opts = { c: p.c, bias: p.bias };
  const n = 120;
  const curve: { s: number; value: number; curve: string; panel: string }[] = [];
  for (let i = 0; i <= n; i++) {
    const s = (p.sMax * i) / n;
    curve.push({ s, value: lengthMap(p.activation, s, opts), curve: 'length map', panel: 'map' });
    curve.push({ s, value: s, curve: 'identity', panel: 'map' });
    curve.push({ s, value: lengthMapSlope(p.activation, s, opts), curve: 'slope', panel: 'slope' });
  }
  const fixed = fixedPoints(p.activation, { ...opts, sMax: p.sMax });
  const points = fixed.map((fp) => ({ s: fp.s, value: fp.s, slope: fp.slope, stability: fp.stable ? 'stable' : 'unstable' }));
  const panel = (field: 'map' | 'slope', title: string): object => ({
    width: 300,
    height: 240,
    title,
    layer: [
      {
        data: { values: curve.filter((r) => r.panel === field) },
        mark: { type: 'line' },
        encoding: {
          x: { field: 's', type: 'quantitative', title: 's (length of the input)' },
          y: { field: 'value', type: 'quantitative', title: field === 'map' ? 's next layer' : 'slope' },
          color: { field: 'curve', type: 'nominal', title: null },
          strokeDash: { condition: { test: "datum.curve === 'identity'", value: [4, 3] }, value: [1, 0] },
        },
      },
      field === 'map'
        ? {
            data: { values: points },
            mark: { type: 'point', filled: true, size: 90 },
            encoding: {
              x: { field: 's', type: 'quantitative' },
              y: { field: 'value', type: 'quantitative' },
              shape: { field: 'stability', type: 'nominal', title: 'fixed point' },
              fill: { field: 'stability', type: 'nominal', scale: { domain: ['stable', 'unstable'], range: ['#1b6e2a', '#b00020'] }, legend: null },
            },
          }
        : { data: { values: [{ one: 1 }] }, mark: { type: 'rule', strokeDash: [4, 3] }, encoding: { y: { field: 'one', type: 'quantitative' } } },
    ],
  });
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: `${p.activation}, c = ${p.c}, b = ${p.bias}`,
    hconcat: [panel('map', 'length map'), panel('slope', 'slope (|slope| < 1: stable)')],
    resolve: { scale: { color: 'independent' } },
  };
  return { fixedPoints: fixed, spec };
}

/**
 * Figure 1 of Wang & Perdikaris (2021): the measured hidden-output std of
 * random finite networks against depth next to the length-map prediction
 * (variance-flow's simulateDepth and figure1), for the page's activation, c, b.
 */
export async function figure1Task(p: Figure1Params, ctx: TaskContext<{ done: number; total: number }>): Promise<{ spec: object }> {
  const sim = await simulateDepth({
    activation: p.activation,
    c: p.c,
    bias: p.bias,
    width: p.width,
    depth: p.depth,
    samples: p.samples,
    seed: p.seed,
    signal: ctx.signal,
    onProgress: (q) => ctx.progress(q),
  });
  return { spec: figure1(sim) };
}

/** Figure 2 of Wang & Perdikaris (2021): the glorot, he and siren schemes' length maps and slopes. */
export async function figure2Task(p: { sMax: number }): Promise<{ spec: object }> {
  return { spec: figure2({ sMax: p.sMax }) };
}
