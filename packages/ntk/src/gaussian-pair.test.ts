import { Rng, getActivation } from '@mlpinit/core';
import { expectMlpinitError } from '@mlpinit/core/testing';
import { describe, expect, it } from 'vitest';
import { DUAL_KERNELS } from './dual-kernels.js';
import { pairExpectations } from './gaussian-pair.js';
import { kernelActivation } from './kernel-activation.js';

// (a, b, s): variances from tiny to GO-like large (a = 400: φ' of tanh is 1/20 of a standard deviation wide),
// correlations from −0.99 to exactly 1.
const CASES: Array<[number, number, number]> = [
  [1, 1, 0.3],
  [0.7, 1.3, 0.4],
  [2, 0.5, -0.6],
  [1, 1, 0.999],
  [1, 1, 1],
  [25, 16, 19.9],
  [400, 100, 150],
  [400, 400, 399.9],
  [0.01, 3, 0.05],
  [9, 4, -5.94],
];

/** A plain 2-D midpoint rule on a fine grid in the whitened coordinates: slow, simple, independent of the panel logic. */
function bruteForce(phi: (u: number) => number, dphi: (u: number) => number, m: number, a: number, b: number, s: number, n = 4000): [number, number] {
  const l11 = Math.sqrt(a);
  const l21 = l11 > 0 ? s / l11 : 0;
  const l22 = Math.sqrt(Math.max(0, b - l21 * l21));
  const h = 18 / n;
  const pdf = new Float64Array(n);
  const zs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    zs[i] = -9 + (i + 0.5) * h;
    pdf[i] = (h * Math.exp(-0.5 * (zs[i] as number) ** 2)) / Math.sqrt(2 * Math.PI);
  }
  let ev = 0;
  let ed = 0;
  for (let i = 0; i < n; i++) {
    const u = m + l11 * (zs[i] as number);
    const fu = phi(u);
    const du = dphi(u);
    let iv = 0;
    let id = 0;
    for (let j = 0; j < n; j++) {
      const v = m + l21 * (zs[i] as number) + l22 * (zs[j] as number);
      iv += (pdf[j] as number) * phi(v);
      id += (pdf[j] as number) * dphi(v);
    }
    ev += (pdf[i] as number) * fu * iv;
    ed += (pdf[i] as number) * du * id;
  }
  return [ev, ed];
}

describe('pairExpectations', () => {
  const out = new Float64Array(2);
  for (const name of ['relu', 'erf'] as const) {
    it(`${name}: quadrature alone matches the closed-form dual kernel to 1e-9`, () => {
      const act = kernelActivation(name, 'a');
      for (const [a, b, s] of CASES) {
        pairExpectations(act, 0, a, b, s, out, 'quadrature');
        const scale = name === 'relu' ? Math.sqrt(a * b) : 1;
        expect(Math.abs((out[0] as number) - DUAL_KERNELS[name].value(a, b, s))).toBeLessThan(1e-9 * Math.max(1, scale));
        if (!(name === 'erf' && Math.abs(s) === Math.sqrt(a * b))) {
          expect(Math.abs((out[1] as number) - DUAL_KERNELS[name].derivative(a, b, s))).toBeLessThan(1e-9 * Math.max(1, DUAL_KERNELS[name].derivative(a, b, s)));
        }
      }
    });
    it(`${name}: with a mean, the closed-form smoothing agrees with quadrature alone`, () => {
      const act = kernelActivation(name, 'a');
      const q = new Float64Array(2);
      for (const m of [-0.7, 0.4, 2.5]) {
        for (const [a, b, s] of CASES) {
          pairExpectations(act, m, a, b, s, out, 'auto');
          pairExpectations(act, m, a, b, s, q, 'quadrature');
          expect(Math.abs((out[0] as number) - (q[0] as number))).toBeLessThan(1e-9 * Math.max(1, Math.abs(q[0] as number)));
          expect(Math.abs((out[1] as number) - (q[1] as number))).toBeLessThan(1e-9 * Math.max(1, Math.abs(q[1] as number)));
        }
      }
    });
  }

  it('sin: quadrature matches the product-to-sum closed form to 1e-9, with means', () => {
    const act = kernelActivation('sin', 'a');
    const q = new Float64Array(2);
    for (const m of [0, 0.3, -1.2]) {
      for (const [a, b, s] of CASES.slice(0, 6)) {
        pairExpectations(act, m, a, b, s, out, 'auto');
        pairExpectations(act, m, a, b, s, q, 'quadrature');
        expect(Math.abs((out[0] as number) - (q[0] as number))).toBeLessThan(1e-9);
        expect(Math.abs((out[1] as number) - (q[1] as number))).toBeLessThan(1e-9);
      }
    }
  });

  it('tanh: matches a brute-force 2-D midpoint rule to 1e-7, including variance 400', () => {
    const act = kernelActivation('tanh', 'a');
    for (const [m, a, b, s] of [
      [0, 1, 1, 0.3],
      [0.5, 2, 0.5, -0.6],
      [0, 400, 100, 150],
      [-1.5, 400, 400, 399.9],
      [0.2, 9, 4, -5.94],
    ] as Array<[number, number, number, number]>) {
      pairExpectations(act, m, a, b, s, out);
      const [ev, ed] = bruteForce(Math.tanh, (u) => 1 - Math.tanh(u) ** 2, m, a, b, s);
      expect(Math.abs((out[0] as number) - ev)).toBeLessThan(1e-7);
      expect(Math.abs((out[1] as number) - ed)).toBeLessThan(1e-7);
    }
  });

  it('tanh and gelu: agree with Monte Carlo (4·10⁵ seeded pairs)', () => {
    for (const name of ['tanh', 'gelu']) {
      const act = kernelActivation(name, 'a');
      const [m, a, b, s] = [0.3, 1.7, 0.9, 0.8];
      const rng = new Rng(5);
      const l11 = Math.sqrt(a);
      const l21 = s / l11;
      const l22 = Math.sqrt(b - l21 * l21);
      let ev = 0;
      let ed = 0;
      const M = 400_000;
      for (let i = 0; i < M; i++) {
        const g1 = rng.normal();
        const g2 = rng.normal();
        const u = m + l11 * g1;
        const v = m + l21 * g1 + l22 * g2;
        ev += act.phi(u) * act.phi(v);
        ed += act.dphi(u) * act.dphi(v);
      }
      pairExpectations(act, m, a, b, s, out);
      expect(out[0] as number).toBeCloseTo(ev / M, 2);
      expect(out[1] as number).toBeCloseTo(ed / M, 2);
    }
  });

  it('rejects an oscillating activation too fast for quadrature, naming the parameter', () => {
    const act = kernelActivation('sin', 'config.activation');
    expectMlpinitError(() => pairExpectations(act, 0, 1e8, 1e8, 0, out, 'quadrature'), { param: 'config.activation' });
  });

  it('uses a closed form only for the function its name promises, and survives extreme variances', () => {
    const fake = { ...getActivation('tanh'), name: 'relu' };
    const act = kernelActivation(fake, 'a');
    expect(act.closedForm).toBeUndefined();
    const q = new Float64Array(2);
    pairExpectations(act, 0, 1, 1, 0.5, out);
    pairExpectations(kernelActivation('tanh', 'a'), 0, 1, 1, 0.5, q);
    expect(Array.from(out)).toEqual(Array.from(q));
    const tanh = kernelActivation('tanh', 'a');
    pairExpectations(tanh, 0, 1e-170, 1e-170, 0, out);
    expect(Array.from(out).every(Number.isFinite)).toBe(true);
    pairExpectations(tanh, 0, 1e170, 1e170, 1e170, out);
    expect(out[0]).toBeCloseTo(1, 6);
  });
});

describe('pairExpectations: the smoothing table', () => {
  it('tanh and sigmoid: auto (table) agrees with quadrature alone to 1e-8 from small to large variances, with means', () => {
    const out = new Float64Array(2);
    const q = new Float64Array(2);
    for (const name of ['tanh', 'sigmoid']) {
      const act = kernelActivation(name, 'a');
      for (const m of [0, 0.7, -2]) {
        for (const [a, b, s] of CASES) {
          pairExpectations(act, m, a, b, s, out, 'auto');
          pairExpectations(act, m, a, b, s, q, 'quadrature');
          expect(Math.abs((out[0] as number) - (q[0] as number))).toBeLessThan(1e-8);
          expect(Math.abs((out[1] as number) - (q[1] as number))).toBeLessThan(1e-8);
        }
      }
    }
  });
});
