import { MlpinitError } from '@mlpinit/core';
import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { angleMatrixSpec } from './angle-matrix-spec.js';

const a = [
  [0, 85.04, 120],
  [85.04, 0, 10],
  [120, 10, 0],
];

describe('angleMatrixSpec', () => {
  it('is a Vega-Lite spec that compiles, with every cell inline', () => {
    const spec = angleMatrixSpec(
      [
        { label: 'Glorot', angles: a },
        { label: 'GO', angles: a },
      ],
      { title: 'angles', subtitle: 'mean cos²' },
    );
    expect(spec.title).toEqual({ text: 'angles', subtitle: 'mean cos²' });
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
    const values = (spec.data as { values: { panel: string; i: number; j: number; angle: number }[] }).values;
    expect(values).toHaveLength(18);
    expect(values.find((v) => v.panel === 'GO' && v.i === 0 && v.j === 1)?.angle).toBe(85);
    const { spec: vega } = compile(spec as never);
    expect(vega.marks?.length).toBeGreaterThan(0);
  });

  it('rejects non-square, empty or non-finite input', () => {
    expect(() => angleMatrixSpec([])).toThrow(MlpinitError);
    expect(() => angleMatrixSpec([{ label: 'x', angles: [[0, 1]] }])).toThrow(/square/);
    expect(() => angleMatrixSpec([{ label: 'x', angles: [[Number.NaN]] }])).toThrow(MlpinitError);
  });
});
