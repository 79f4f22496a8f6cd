import { describe, expect, it } from 'vitest';
import { familyLr, familyOf, parseInit, parseInitList } from './init-spec.js';

const go = { goSteps: 300, goLambdaSteps: 3000 };

describe('parseInit', () => {
  it('maps every benchmark name to its construction', () => {
    expect(parseInit('glorot', go)).toMatchObject({ kind: 'plain', init: 'glorot-normal' });
    expect(parseInit('he', go)).toMatchObject({ kind: 'plain', init: 'he-normal' });
    expect(parseInit('orthogonal', go)).toMatchObject({ kind: 'plain', init: 'orthogonal' });
    expect(parseInit('siren', go)).toMatchObject({ kind: 'siren', omega0: 30, activation: 'sin' });
    expect(parseInit('glorot-c1.5', go)).toMatchObject({ kind: 'scaled', c: 1.5 });
    expect(parseInit('go', go)).toMatchObject({ kind: 'go-ntk', lambda: 1e-4, k: null, candidates: [0, 25, 75, 250] });
    expect(parseInit('go', { goSteps: 750, goLambdaSteps: 1000 })).toMatchObject({ candidates: [0, 25, 75, 250, 750] });
    expect(parseInit('go-ntk-k2.5', go)).toMatchObject({ kind: 'go-ntk', k: 2.5 });
    expect(parseInit('go-p75', go)).toMatchObject({ kind: 'go-ntk', k: null, candidates: [75] });
    expect(parseInit('go-p0', go)).toMatchObject({ kind: 'go-ntk', candidates: [0] });
    expect(parseInit('go-law', go)).toMatchObject({ kind: 'go-law', file: 'go-law-city.json' });
    expect(parseInit('go-holdout', go)).toMatchObject({ kind: 'go-auto', candidates: [0, 25, 75, 250] });
    expect(parseInit('go-auto', go)).toMatchObject({ kind: 'go-auto' });
    expect(parseInit('go-s300', go)).toMatchObject({ kind: 'go', lambda: 1e-4, steps: 300 });
    expect(parseInit('go-lam1e-3', go)).toMatchObject({ kind: 'go', lambda: 1e-3, steps: 3000 });
    expect(parseInit('go-lam0.01-s500', go)).toMatchObject({ kind: 'go', lambda: 0.01, steps: 500 });
    expect(parseInit('go-s50', go)).toMatchObject({ kind: 'go', lambda: 1e-4, steps: 50 });
    expect(parseInit('siren-w12.5', go)).toMatchObject({ kind: 'siren', omega0: 12.5 });
    expect(parseInit('siren-auto', go)).toMatchObject({ kind: 'siren', omega0: null });
    expect(parseInit('ff-s2.5', go)).toMatchObject({ kind: 'fourier', sigma: 2.5, features: 256, activation: 'relu' });
    expect(parseInit('ff', go)).toMatchObject({ kind: 'fourier', sigma: null });
    expect(parseInit('ff-tanh-s5', go)).toMatchObject({ kind: 'fourier', sigma: 5, activation: 'tanh' });
  });

  it('gives each family its paper’s learning rate', () => {
    expect(familyOf(parseInit('ff-s10', go))).toBe('fourier');
    expect(familyOf(parseInit('siren', go))).toBe('siren');
    expect(familyOf(parseInit('go', go))).toBe('tanh');
    expect([familyLr('tanh', 2e-3), familyLr('fourier', 2e-3), familyLr('siren', 2e-3)]).toEqual([2e-3, 1e-3, 1e-4]);
  });

  it('rejects unknown names naming --inits', () => {
    for (const bad of ['xavier', 'glorot-c', 'glorot-c0', 'go-lam', 'go-s0', 'go-ntk-k0', '', 'ff-s0', 'ff-s', 'siren-w0', 'siren-w-3']) expect(() => parseInit(bad, go)).toThrow(/--inits/);
    expect(parseInitList('glorot, go ,glorot', go)).toEqual(['glorot', 'go']);
    expect(parseInitList('glorot+grad,go', go)).toEqual(['glorot+grad', 'go']);
    for (const bad of ['go+l1', 'go+grad+tv', 'nope+grad']) expect(() => parseInitList(bad, go)).toThrow(/--inits/);
  });
});
