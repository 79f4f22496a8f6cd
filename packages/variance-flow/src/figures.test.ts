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
});
