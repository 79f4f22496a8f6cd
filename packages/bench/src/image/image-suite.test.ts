import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TINY_PROFILE, tinyContext } from '../test-utils/tiny-context.js';
import { readJson } from '../io/json-file.js';
import { mergeResultDirs } from '../results/merge.js';
import type { SuiteResults } from '../results/results.js';
import { IMAGE_SUITE, runImageSuite, upgradeImageResults } from './image-suite.js';
import type { ImageSummary } from './image-summary.js';
import { imageTable } from './image-table.js';
import type { ImageRun } from './image-trial.js';
import { bundledImage } from './rgb-image.js';

const profile = {
  ...TINY_PROFILE,
  image: { ...TINY_PROFILE.image, depth: 2, width: 8, steps: 6, batchSize: 64, checkpoints: 1, seeds: 3, goSteps: 25 },
};

describe('image suite', () => {
  it('runs every (init, image, seed), pairs runs by image and seed, and reports claims in three states', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-image-'));
    const ctx = tinyContext(root, {
      profile,
      inits: ['glorot', 'go'],
      image: { paths: [bundledImage('city-256x192.png'), bundledImage('images/chelsea.png')], size: { longer: 24 }, batchSize: 32, regs: ['none'] },
    });
    const res = await runImageSuite(ctx);
    expect(res.status).toBe('complete');
    expect(res.runs).toHaveLength(2 * 2 * 3);
    expect(new Set(res.runs.map((r) => r.image))).toEqual(new Set(['city-256x192.png', 'chelsea.png']));
    const s = res.summary;
    if (!s) throw new Error('no summary');
    expect(s.images.map((i) => [i.image, i.width, i.height])).toEqual([
      ['city-256x192.png', 24, 18],
      ['chelsea.png', 24, 16],
    ]);
    // Pooled and per-image paired differences of go against glorot, on held-out SNR among others.
    const pooled = s.paired.find((d) => d.init === 'go' && d.baseline === 'glorot' && d.metric === 'heldOutSnrDb' && d.image === 'all');
    expect(pooled?.n).toBe(6);
    // Independent computation of the mean difference: a plain loop over the matched runs.
    let sum = 0;
    for (const r of res.runs.filter((x) => x.init === 'go')) {
      const g = res.runs.find((x) => x.init === 'glorot' && x.image === r.image && x.seed === r.seed);
      sum += r.heldOutSnrDb - (g?.heldOutSnrDb as number);
    }
    expect(pooled?.meanDiffDb).toBeCloseTo(sum / 6, 3);
    expect(pooled?.ci95[0]).toBeLessThanOrEqual(pooled?.ci80[0] as number);
    expect(pooled?.ci95[1]).toBeGreaterThanOrEqual(pooled?.ci80[1] as number);
    expect(s.paired.filter((d) => d.metric === 'heldOutSnrDb' && d.image !== 'all')).toHaveLength(2);
    // No scaled Glorot ran: the claim against the best fixed scale is "not measured", never "holds".
    const best = res.claims.find((c) => /best fixed scale/.test(c.claim));
    expect(best?.holds).toBe(null);
    expect(best?.measured).toMatch(/not measured/);
    // Each GO run names its strength rule and choice.
    for (const r of res.runs.filter((x) => x.init === 'go')) expect(r.go?.strength.rule).toBe('kernel');
    // Figure 5: titled pictures of the first image, each reconstruction with its own SNRs.
    const f5 = JSON.parse(readFileSync(join(root, 'image', 'figure-5.vl.json'), 'utf8')) as { hconcat: Array<{ title: { text: string; subtitle: string[] } }> };
    expect(f5.hconcat.map((p) => p.title.text)).toEqual(['original', 'training pixels', 'glorot', 'go']);
    const shown = res.runs.find((r) => r.init === 'go' && r.image === 'city-256x192.png' && r.seed === 0);
    expect(f5.hconcat[3]?.title.subtitle[0]).toBe(`held-out SNR ${shown?.heldOutSnrDb.toFixed(2)} dB`);
    expect(res.figures).toEqual(['figure-5', 'snr-vs-step']);
    // Merging keys runs by image too.
    expect(new Set(res.runs.map((r) => JSON.stringify(IMAGE_SUITE.runCell?.(r)))).size).toBe(res.runs.length);
  });

  it('runs Fourier features and SIREN at fixed scales and by the rule, each at its paper’s learning rate and grid, and compares the families', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-image-ff-'));
    const ctx = tinyContext(root, {
      profile: { ...profile, image: { ...profile.image, seeds: 2 } },
      inits: ['glorot', 'ff-s5', 'ff-s10', 'ff', 'siren-w30', 'siren-auto'],
      image: { paths: [bundledImage('city-256x192.png')], size: { longer: 24 }, batchSize: 32, regs: ['none'] },
    });
    const res = await runImageSuite(ctx);
    expect(res.status).toBe('complete');
    const lr = (init: string) => [...new Set(res.runs.filter((r) => r.init === init).map((r) => r.lr))];
    expect([lr('glorot'), lr('ff-s5'), lr('ff'), lr('siren-auto')]).toEqual([[profile.image.lr], [1e-3], [1e-3], [1e-4]]);
    for (const r of res.runs.filter((x) => x.init === 'ff' || x.init === 'siren-auto')) {
      expect(r.scale?.rule).toBe('kernel');
      // Rule v2: a candidate, or between the two that bracket k; each candidate's ratio from four draws.
      const sc = r.scale as NonNullable<typeof r.scale>;
      expect(sc.pick).toBe('interpolate');
      if (sc.bracket) {
        expect(sc.scale).toBeGreaterThanOrEqual(sc.bracket[0]);
        expect(sc.scale).toBeLessThanOrEqual(sc.bracket[1]);
      } else expect(sc.candidates.map((c) => c.scale)).toContain(sc.scale);
      for (const c of sc.candidates) expect(c.ratios).toHaveLength(4);
    }
    const s = res.summary;
    if (!s) throw new Error('no summary');
    expect(s.scaleRules?.map((v) => v.rule)).toEqual(['ff', 'siren-auto']);
    expect(new Set(s.familyBests?.map((b) => b.family))).toEqual(new Set(['tanh', 'fourier', 'siren']));
    const claim = res.claims.find((c) => /σ of Fourier features/.test(c.claim));
    expect(claim?.measured).toMatch(/ff − best of/);
    expect(res.claims.find((c) => /Tancik/.test(c.claim))?.measured).toMatch(/ff − glorot/);
  });

  it('adds an infinite-width row on the first seed only when asked, and reports it beside the trained network', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-image-inf-'));
    const img = { paths: [bundledImage('city-256x192.png')], size: { longer: 16 }, batchSize: 32, regs: ['none' as const] };
    const res = await runImageSuite(tinyContext(root, { profile, inits: ['glorot'], seeds: [0, 1], image: img, infiniteWidth: true }));
    expect(res.status).toBe('complete');
    const first = res.runs.find((r) => r.seed === 0);
    const second = res.runs.find((r) => r.seed === 1);
    expect(second?.infiniteWidth).toBeUndefined();
    const w = first?.infiniteWidth;
    if (!w) throw new Error('no infinite-width record on the first seed');
    expect(w.metric).toBe('heldOutSnrDb');
    expect(w.config.activation).toBe('tanh');
    expect(Number.isFinite(w.kernel)).toBe(true);
    expect(w.trainPoints).toBeGreaterThan(0);
    expect(w.testPoints).toBeGreaterThan(0);
    expect(imageTable(res)).toMatch(/Infinite width: kernel regression/);
  });

  it('merge --union combines runs of one task over different inits into the set one run of all inits gives', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-union-'));
    const img = (extra = {}) => ({ paths: [bundledImage('city-256x192.png')], size: { longer: 20 }, batchSize: 32, regs: ['none' as const], ...extra });
    const ctx = (dir: string, inits: string[], extra = {}) => tinyContext(join(root, dir), { profile, inits, seeds: [0, 1], image: img(extra) });
    const whole = await runImageSuite(ctx('whole', ['glorot', 'go', 'go-p25']));
    await runImageSuite(ctx('a', ['glorot', 'go']));
    await runImageSuite(ctx('b', ['go-p25']));
    // Without --union the grids differ: refused, pointing at --union.
    await expect(mergeResultDirs([join(root, 'a'), join(root, 'b')], join(root, 'm0'))).rejects.toThrow(/--union/);
    // Results files work as well as folders.
    await mergeResultDirs([join(root, 'a'), join(root, 'b', 'image', 'results.json')], join(root, 'm'), { union: true });
    const merged = readJson<SuiteResults<ImageRun, ImageSummary>>(join(root, 'm', 'image', 'results.json'));
    expect(merged.status).toBe('complete');
    expect(merged.config.inits).toEqual(['glorot', 'go', 'go-p25']);
    expect(merged.config.mergedFrom).toHaveLength(2);
    const strip = (r: ImageRun) => ({ init: r.init, seed: r.seed, held: r.heldOutSnrDb, snr: r.snrDb });
    expect(merged.runs.map(strip)).toEqual(whole.runs.map(strip));
    expect(merged.summary?.paired).toEqual(whole.summary?.paired);
    // A GO variant is paired with the default go as well: a plain loop gives the same mean.
    const vsGo = merged.summary?.paired.find((d) => d.init === 'go-p25' && d.baseline === 'go' && d.metric === 'heldOutSnrDb');
    const loop = [0, 1].map((seed) => {
      const at = (init: string) => merged.runs.find((r) => r.init === init && r.seed === seed)?.heldOutSnrDb as number;
      return at('go-p25') - at('go');
    });
    expect(vsGo?.n).toBe(2);
    expect(vsGo?.meanDiffDb).toBeCloseTo(loop.reduce((a, b) => a + b, 0) / 2, 3);
    // --drop-inits leaves an init out of every part, grid and all; it needs --union.
    await mergeResultDirs([join(root, 'a'), join(root, 'b')], join(root, 'md'), { union: true, dropInits: ['go'] });
    const dropped = readJson<SuiteResults<ImageRun, ImageSummary>>(join(root, 'md', 'image', 'results.json'));
    expect(dropped.status).toBe('complete');
    expect(dropped.config.inits).toEqual(['glorot', 'go-p25']);
    expect(dropped.runs.map(strip)).toEqual(whole.runs.filter((r) => r.init !== 'go').map(strip));
    await expect(mergeResultDirs([join(root, 'a')], join(root, 'mx'), { dropInits: ['go'] })).rejects.toThrow(/--union/);
    // Dropping an init drops its regularised labels too.
    const g = await runImageSuite(ctx('g', ['glorot', 'go'], { regs: ['none', 'grad'] }));
    expect(new Set(g.runs.map((r) => `${r.init}|${r.reg}`)).size).toBe(4);
    await mergeResultDirs([join(root, 'g')], join(root, 'mg'), { union: true, dropInits: ['glorot'] });
    const noGlorot = readJson<SuiteResults<ImageRun, ImageSummary>>(join(root, 'mg', 'image', 'results.json'));
    expect(noGlorot.runs.length).toBe(4);
    expect(new Set(noGlorot.runs.map((r) => r.init))).toEqual(new Set(['go']));
    expect(readFileSync(join(root, 'm', 'report.md'), 'utf8')).toMatch(/Combined \(`merge --union`\) from/);
    // Another task (here another batch size) is refused, naming the field that differs.
    await runImageSuite(ctx('c', ['go-p75'], { batchSize: 16 }));
    await expect(mergeResultDirs([join(root, 'a'), join(root, 'c')], join(root, 'm2'), { union: true })).rejects.toThrow(/different tasks \(batchSize: 32 vs 16\)/);
  });

  it('upgrades single-image results of older versions so they merge with new ones', async () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-upgrade-'));
    const res = await runImageSuite(
      tinyContext(root, { profile, inits: ['glorot'], seeds: [0], image: { paths: [bundledImage('city-256x192.png')], size: { longer: 20 }, batchSize: 32, regs: ['none'] } }),
    );
    // The old form: one image in the config, runs and grid cells without an image.
    const { images, ...rest } = res.config.sizes as { images: Array<{ path: string; name: string; resize?: [number, number] }> };
    const [only] = images;
    if (!only) throw new Error('no image');
    const legacy = {
      ...res,
      config: { ...res.config, sizes: { ...rest, image: only.name, imagePath: only.path, resize: only.resize } },
      grid: res.grid.map(({ image: _i, ...c }) => c),
      runs: res.runs.map(({ image: _i, ...r }) => r as ImageRun),
    } as SuiteResults<ImageRun, ImageSummary>;
    const up = upgradeImageResults(legacy);
    expect(up.grid).toEqual(res.grid);
    expect(up.runs).toEqual(res.runs);
    expect(up.config.sizes).toEqual(res.config.sizes);
    // Current results pass through unchanged.
    expect(upgradeImageResults(res)).toBe(res);
  });
});
