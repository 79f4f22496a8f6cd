import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { figure1 } from './figure-1.js';
import { figure2 } from './figure-2.js';
import { fixedPoints } from './fixed-points.js';
import { lengthMap, lengthMapSlope } from './length-map.js';
import { lengthMapCurves } from './length-map-curves.js';
import { phaseDiagram } from './phase-diagram.js';
import { phaseDiagramFigure } from './phase-diagram-figure.js';
import type { DepthSimulation } from './simulate-depth.js';
import type { VegaLiteSpec } from './vega-lite-spec.js';

/** Compiles with vega-lite, collecting every warning and error it logs. */
function compileStrict(spec: VegaLiteSpec): string[] {
  const messages: string[] = [];
  const logger = {
    level: () => logger,
    error: (...m: unknown[]) => {
      messages.push(`error: ${m.join(' ')}`);
      return logger;
    },
    warn: (...m: unknown[]) => {
      messages.push(`warn: ${m.join(' ')}`);
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  // biome-ignore lint/suspicious/noExplicitAny: vega-lite's TopLevelSpec type is not ours to re-declare.
  const out = compile(spec as any, { logger: logger as any });
  expect(out.spec).toBeTruthy();
  return messages;
}

/** Inline data only: the spec survives a JSON round trip and names no URL. */
function expectPlainJson(spec: VegaLiteSpec): void {
  const text = JSON.stringify(spec);
  expect(JSON.parse(text)).toEqual(spec);
  expect(text).not.toMatch(/"url"/);
}

const fakeSimulation: DepthSimulation = {
  activation: 'tanh',
  c: 1,
  bias: 0,
  biasStd: 0,
  width: 64,
  depth: 2,
  samples: 2,
  inputStd: 1,
  layers: [0, 1, 2].map((layer) => ({ layer, stdMean: 1 / (1 + layer), stdSpread: 0.01, rmsMean: 1 / (1 + layer), rmsSpread: 0.01, predictedRms: 1 / (1 + layer), predictedStd: 1 / (1 + layer) })),
};

describe('figure specs', () => {
  it('Figure 2 compiles, and its data are the length maps, slopes and fixed points', () => {
    const data = lengthMapCurves({ sMax: 3, points: 31 });
    const spec = figure2(data);
    expect(compileStrict(spec)).toEqual([]);
    expectPlainJson(spec);
    for (const p of data.curves.filter((_, i) => i % 7 === 0)) {
      const scheme = p.scheme.startsWith('Glorot') ? ['tanh', 1] : p.scheme.startsWith('He') ? ['relu', Math.SQRT2] : ['sin', Math.SQRT2];
      expect(p.map).toBeCloseTo(lengthMap(scheme[0] as string, p.s, { c: scheme[1] as number }), 12);
      expect(p.slope).toBeCloseTo(lengthMapSlope(scheme[0] as string, p.s, { c: scheme[1] as number }), 10);
    }
    const siren = data.fixedPoints.filter((p) => p.scheme.startsWith('SIREN')).map((p) => p.s);
    const direct = fixedPoints('sin', { c: Math.SQRT2, sMax: 3 }).map((p) => p.s);
    expect(siren.length).toBe(direct.length);
    siren.forEach((s, i) => {
      expect(s).toBeCloseTo(direct[i] as number, 9);
    });
  });

  it('Figure 1 compiles for one or several simulations', () => {
    expect(compileStrict(figure1(fakeSimulation))).toEqual([]);
    const spec = figure1([fakeSimulation, { ...fakeSimulation, c: 1.5 }]);
    expect(compileStrict(spec)).toEqual([]);
    expectPlainJson(spec);
    expect(() => figure1([])).toThrow(/simulations/);
  });

  it('the phase diagram compiles, with infinite depth scales as null', async () => {
    const data = await phaseDiagram('tanh', { cs: [0.5, 1, 1.5], biasStds: [0, 0.1] });
    const spec = phaseDiagramFigure(data);
    expect(compileStrict(spec)).toEqual([]);
    expectPlainJson(spec);
    const cells = (spec.datasets as { cells: { c: number; biasStd: number; xiC: number | null }[] }).cells;
    expect(cells.find((c) => c.c === 1 && c.biasStd === 0)?.xiC).toBeNull();
  });

  it('Figure 1 keys measured vs predicted, names a lone network in the subtitle and states width, depth, networks and band', () => {
    const one = figure1(fakeSimulation) as unknown as { title: { text: string; subtitle: string[] }; layer: Array<{ encoding: Record<string, { field?: string; value?: string; legend?: unknown; scale?: { domain: string[] } }> }> };
    const sub = one.title.subtitle.join(' ');
    expect(one.title.text).toMatch(/Figure 1/);
    expect(sub).toMatch(/tanh, c = 1/);
    expect(sub).toMatch(/width 64/);
    expect(sub).toMatch(/2 hidden layers/);
    expect(sub).toMatch(/2 random networks/);
    expect(sub).toMatch(/band: ± 1 sd/);
    // One network: a fixed colour, no one-entry legend; the curve key is the dash legend.
    for (const l of one.layer) expect(l.encoding.color?.value).toBeTruthy();
    const dash = one.layer.find((l) => l.encoding.strokeDash)?.encoding.strokeDash;
    expect(dash?.scale?.domain).toEqual(['measured (mean ± 1 sd over networks)', 'length map (predicted)']);
    // Several networks: a colour legend by network.
    const two = figure1([fakeSimulation, { ...fakeSimulation, c: 2 }]) as unknown as typeof one;
    expect(two.layer.every((l) => l.encoding.color?.field === 'network')).toBe(true);
    const rows = (two as unknown as { data: { values: Array<{ network: string; curve: string }> } }).data.values;
    expect(new Set(rows.map((r) => r.network))).toEqual(new Set(['tanh, c = 1', 'tanh, c = 2']));
    expect(rows.filter((r) => r.curve === 'length map (predicted)')).toHaveLength(2 * 3);
  });

  it('Figure 2 marks isolated fixed points by stability and names, not marks, an interval of fixed points', () => {
    const data = lengthMapCurves({ sMax: 4, points: 41 });
    const spec = figure2(data) as unknown as { title: { subtitle: string[] }; datasets: { fixed: Array<{ scheme: string; s: number; stability: string }> } };
    // He (relu, c = √2) is the identity: its ends (0 and the plotted interval's end 4) are neutral, not unstable, and not drawn.
    expect(data.fixedPoints.filter((p) => p.scheme.startsWith('He')).map((p) => p.stability)).toEqual(['neutral', 'neutral']);
    expect(spec.datasets.fixed.some((p) => p.scheme.startsWith('He'))).toBe(false);
    expect(spec.datasets.fixed.some((p) => p.s === 4)).toBe(false);
    expect(spec.title.subtitle.join(' ')).toMatch(/He \(relu, c = √2\): L\(s\) = s on the whole interval/);
    // Glorot's collapse point 0 is marginally stable (slope 1, lengths drift in); SIREN's 0 is unstable and its s* stable.
    const kinds = spec.datasets.fixed.map((p) => `${p.scheme.split(' ')[0]}@${p.s.toFixed(3)}:${p.stability}`);
    expect(kinds).toEqual(['Glorot@0.000:marginally stable', 'SIREN@0.000:unstable', expect.stringMatching(/^SIREN@0\.6\d\d:stable$/)]);
  });
});
