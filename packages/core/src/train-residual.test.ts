import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { registerActivation } from './activation.js';
import { setBackend } from './backend.js';
import { mseGradients } from './backprop.js';
import { createMlp } from './mlp.js';
import type { ResidualTerm } from './residual-term.js';
import { describeBackends } from './testing/describe-backends.js';
import { relErr } from './test-utils/plain-mlp.js';
import { trainResidual } from './train-residual.js';

const PI = Math.PI;

/** u'' = −π² sin(πx) on [−1, 1], u(±1) = 0: exact solution sin(πx). */
function poisson(n = 64): ResidualTerm[] {
  return [
    {
      name: 'residual',
      points: ({ rng }) => tf.tensor2d(rng.uniformArray(n, -1, 1), [n, 1]),
      residual: (d) => tf.add(d.d2u(0), tf.mul(tf.sin(tf.mul(d.coord(0), PI)), PI * PI)),
    },
    { name: 'boundary', points: [[-1], [1]], order: 0, residual: (d) => d.u() },
  ];
}

describeBackends('trainResidual', ({ backend }) => {
  it('trains to the same losses and weights explicitly as through autodiff (tanh, annealed weights, decaying lr)', async () => {
    const run = async (gradients: 'explicit' | 'autodiff') => {
      const mlp = createMlp({ sizes: [1, 16, 16, 1], seed: 3 });
      const res = await trainResidual(mlp, poisson(), {
        steps: 30,
        lr: 5e-3,
        lrDecay: { rate: 0.9, every: 10 },
        seed: 1,
        gradients,
        adaptiveWeights: { every: 5 },
      });
      const w = (await mlp.readWeights()).weights;
      mlp.dispose();
      return { res, w };
    };
    const a = await run('explicit');
    const b = await run('autodiff');
    expect([a.res.gradients, b.res.gradients]).toEqual(['explicit', 'autodiff']);
    expect(a.res.loss).toHaveLength(30);
    expect(relErr(a.res.loss, b.res.loss)).toBeLessThan(1e-3);
    expect(relErr(a.res.terms.boundary, b.res.terms.boundary)).toBeLessThan(1e-3);
    expect(relErr(a.w, b.w)).toBeLessThan(1e-3);
    expect(a.res.lambdas.boundary).not.toBe(1);
    expect(Math.abs((a.res.lambdas.boundary as number) - (b.res.lambdas.boundary as number)) / (b.res.lambdas.boundary as number)).toBeLessThan(1e-2);
  });

  // 2,000 steps: minutes on SwiftShader's GPU backends (dispatch-bound); the numerics above run there.
  it.skipIf(backend === 'webgl' || backend === 'webgpu')('solves the smooth Poisson problem u = sin(πx) to a relative L2 error below 1e-2', async () => {
    const mlp = createMlp({ sizes: [1, 32, 32, 1], seed: 0 });
    const res = await trainResidual(mlp, poisson(128), { steps: 2000, lr: 3e-3, lrDecay: { rate: 0.5, every: 1000 }, seed: 0 });
    const grid = Array.from({ length: 201 }, (_, i) => [-1 + i / 100]);
    const u = mlp.forward(grid);
    const pred = (await u.data()) as Float32Array;
    u.dispose();
    let num = 0;
    let den = 0;
    grid.forEach(([x], i) => {
      const exact = Math.sin(PI * (x as number));
      num += ((pred[i] as number) - exact) ** 2;
      den += exact ** 2;
    });
    expect((res.loss.at(-1) as number) < (res.loss[0] as number) / 100).toBe(true);
    expect(Math.sqrt(num / den)).toBeLessThan(1e-2);
    mlp.dispose();
  });

  it('the annealing weight equals max|∇L_r| / mean of per-layer mean|∇L_b| from the plain MSE backward', async () => {
    const mlp = createMlp({ sizes: [2, 8, 8, 1], seed: 5 });
    const xr = [[0.1, 0.5], [-0.3, 0.2], [0.8, -0.6], [0.4, 0.4]];
    const xb = [[1, 0.3], [-1, -0.2], [0.5, 1]];
    const target = xr.map(([a, b]) => [Math.sin((a as number) + 2 * (b as number))]);
    // Both terms are mean squared errors (order 0), so the MSE backward of core gives their gradients independently.
    const ref = tf.tidy(() => {
      const gr = mseGradients(mlp, tf.tensor2d(xr), tf.tensor2d(target)).grads.filter((_, i) => i % 2 === 0);
      const gb = mseGradients(mlp, tf.tensor2d(xb), tf.zeros([3, 1])).grads.filter((_, i) => i % 2 === 0);
      const maxR = tf.max(tf.stack(gr.map((g) => tf.max(tf.abs(g)))));
      const meanB = tf.mean(tf.stack(gb.map((g) => tf.mean(tf.abs(g)))));
      return tf.div(maxR, meanB);
    });
    const expected = (await ref.data())[0] as number;
    ref.dispose();
    const res = await trainResidual(
      mlp,
      [
        { name: 'residual', points: xr, order: 0, residual: (d) => tf.sub(d.u(), tf.sin(tf.add(d.coord(0), tf.mul(d.coord(1), 2)))) },
        { name: 'boundary', points: xb, order: 0, residual: (d) => d.u() },
      ],
      { steps: 1, adaptiveWeights: { every: 1, alpha: 1 } },
    );
    expect(res.lambdas.boundary).toBeCloseTo(expected, 3);
    expect(res.lambdas.residual).toBe(1);
    mlp.dispose();
  });

  it('the published (weighted) form divides by λ·w·mean|∇L_b|, the arXiv form by w·mean|∇L_b|: they part after the first update', async () => {
    const run = async (denominator: 'weighted' | 'unweighted') => {
      const mlp = createMlp({ sizes: [1, 6, 6, 1], seed: 8 });
      const terms: ResidualTerm[] = [
        { name: 'residual', points: [[0.1], [0.4], [-0.7]], order: 0, residual: (d) => tf.sub(d.u(), tf.sin(d.coord(0))) },
        { name: 'boundary', points: [[-1], [1]], order: 0, weight: 2, residual: (d) => d.u() },
      ];
      // lr tiny: the parameters barely move, so both steps see (nearly) the same gradients and ratio R.
      const res = await trainResidual(mlp, terms, { steps: 2, lr: 1e-9, adaptiveWeights: { every: 1, alpha: 1, denominator } });
      mlp.dispose();
      return res.lambdas.boundary as number;
    };
    const weighted = await run('weighted');
    const unweighted = await run('unweighted');
    // Unweighted with α = 1: λ = R/w after every update. Weighted: λ₁ = R/(1·w), λ₂ = R/(λ₁·w) = 1.
    expect(weighted).toBeCloseTo(1, 3);
    expect(unweighted).not.toBeCloseTo(1, 1);
  });

  it('reports progress with each term and can be cancelled, keeping the progress made', async () => {
    const mlp = createMlp({ sizes: [1, 8, 1], seed: 1 });
    const before = (await mlp.readWeights()).weights;
    const ctrl = new AbortController();
    const seen: number[] = [];
    await expect(
      trainResidual(mlp, poisson(16), {
        steps: 1000,
        progressEvery: 5,
        signal: ctrl.signal,
        onProgress: (p) => {
          seen.push(p.step);
          expect(Object.keys(p.terms)).toEqual(['residual', 'boundary']);
          if (p.step >= 10) ctrl.abort();
        },
      }),
    ).rejects.toMatchObject({ code: 'ABORTED' });
    expect(seen).toEqual([5, 10]);
    expect(relErr((await mlp.readWeights()).weights, before)).toBeGreaterThan(1e-4);
    mlp.dispose();
  });

  it('leaves a points tensor the caller passed intact', async () => {
    const mlp = createMlp({ sizes: [1, 4, 1], seed: 1 });
    const pts = tf.tensor2d([[0.1], [0.5], [0.9]]);
    await trainResidual(mlp, [{ name: 'r', points: pts, batchSize: 2, order: 1, residual: (d) => tf.sub(d.du(0), 1) }], { steps: 3 });
    expect(pts.isDisposed).toBe(false);
    expect(Array.from(await pts.data())).toEqual(Array.from(new Float32Array([0.1, 0.5, 0.9])));
    pts.dispose();
    mlp.dispose();
  });

  it('stops with NON_FINITE when a residual blows up, leaking nothing', async () => {
    const mlp = createMlp({ sizes: [1, 4, 1], seed: 1 });
    await expect(
      trainResidual(mlp, [{ name: 'r', points: [[0.5]], order: 1, residual: (d) => tf.div(d.du(0), 0) }], { steps: 3 }),
    ).rejects.toMatchObject({ code: 'NON_FINITE' });
    mlp.dispose();
  });

  it('rejects bad terms and options with typed errors naming them', async () => {
    const mlp = createMlp({ sizes: [1, 4, 1], seed: 1 });
    const ok: ResidualTerm = { name: 'r', points: [[0]], residual: (d) => d.u() };
    await expect(trainResidual(mlp, [], { steps: 1 })).rejects.toMatchObject({ param: 'terms' });
    await expect(trainResidual(mlp, [ok, ok], { steps: 1 })).rejects.toMatchObject({ param: 'terms[1].name' });
    await expect(trainResidual(mlp, [{ ...ok, order: 3 as never }], { steps: 1 })).rejects.toMatchObject({ param: 'terms[0].order' });
    await expect(trainResidual(mlp, [{ ...ok, points: () => [[0]], batchSize: 4 }], { steps: 1 })).rejects.toMatchObject({ param: 'terms[0].batchSize' });
    await expect(trainResidual(mlp, [{ ...ok, points: [[0, 1]] }], { steps: 1 })).rejects.toMatchObject({ code: 'SHAPE_MISMATCH', param: 'terms[0].points' });
    await expect(trainResidual(mlp, [ok], { steps: 0 })).rejects.toMatchObject({ param: 'opts.steps' });
    await expect(trainResidual(mlp, [ok], { steps: 1, adaptiveWeights: { reference: 'pde' } })).rejects.toMatchObject({ param: 'opts.adaptiveWeights.reference' });
    await expect(trainResidual(mlp, [{ ...ok, residual: (d) => d.du(0) as never, order: 0 }], { steps: 1 })).rejects.toMatchObject({ param: 'order' });
    mlp.dispose();
    registerActivation({ name: 'cube-no-grad3', apply: (x) => tf.pow(x, 3), scalar: (x) => x ** 3, derivative: (x) => 3 * x * x, grad: (z) => tf.mul(tf.square(z), 3), grad2: (z) => tf.mul(z, 6) });
    const cube = createMlp({ sizes: [1, 4, 1], activation: 'cube-no-grad3', seed: 1 });
    await expect(trainResidual(cube, [ok], { steps: 1, gradients: 'explicit' })).rejects.toMatchObject({ param: 'opts.gradients', message: expect.stringContaining('grad3') });
    // 'auto' falls back to autodiff through the Taylor pass.
    expect((await trainResidual(cube, [ok], { steps: 1 })).gradients).toBe('autodiff');
    cube.dispose();
    // Without even a tensor f' there is no Taylor pass at all: a typed error, whichever path.
    registerActivation({ name: 'cube-scalar-only', apply: (x) => tf.pow(x, 3), scalar: (x) => x ** 3, derivative: (x) => 3 * x * x });
    const bare = createMlp({ sizes: [1, 4, 1], activation: 'cube-scalar-only', seed: 1 });
    await expect(trainResidual(bare, [ok], { steps: 1, gradients: 'autodiff' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', param: 'mlp.activation' });
    bare.dispose();
  });
});

describe('trainResidual seeds', () => {
  it('gives the same losses on cpu and wasm (seeded point draws)', async () => {
    const losses: number[][] = [];
    for (const backend of ['cpu', 'wasm'] as const) {
      await setBackend(backend);
      const before = tf.memory().numTensors;
      const mlp = createMlp({ sizes: [1, 12, 12, 1], seed: 2 });
      losses.push((await trainResidual(mlp, poisson(32), { steps: 20, lr: 1e-2, seed: 4 })).loss);
      mlp.dispose();
      expect(tf.memory().numTensors).toBe(before);
    }
    expect(relErr(losses[0], losses[1])).toBeLessThan(1e-3);
  });
});
