import { psnrDb, snrDb } from '@mlpinit/core';
import { Rng } from '@mlpinit/core';
import { describe, expect, it } from 'vitest';
import { randomPixelMask } from './pixel-mask.js';
import { normalisedColours, pickPixels, pixelTask, withFamilyCoordinates } from './pixel-task.js';
import { bundledImage, encodeRgbPng, loadRgbImage } from './rgb-image.js';

describe('image task', () => {
  it('decodes the bundled PNG and JPEG and resizes with the library', async () => {
    const png = await loadRgbImage(bundledImage('city-256x192.png'));
    expect([png.width, png.height, png.rgb.length]).toEqual([256, 192, 256 * 192 * 3]);
    const jpg = await loadRgbImage(bundledImage('city-751x563.jpg'), [128, 96]);
    expect([jpg.width, jpg.height]).toEqual([128, 96]);
  });

  it('round-trips RGB through PNG exactly', async () => {
    const img = await loadRgbImage(bundledImage('city-256x192.png'));
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const path = join(mkdtempSync(join(tmpdir(), 'bench-')), 'x.png');
    writeFileSync(path, await encodeRgbPng(img));
    expect((await loadRgbImage(path)).rgb).toEqual(img.rgb);
  });

  it('normalises coordinates to zero mean, unit variance per dimension and colours per channel', async () => {
    const img = await loadRgbImage(bundledImage('city-256x192.png'));
    const mask = randomPixelMask(img.width * img.height, 0.25, 0);
    const task = pixelTask(img, mask.train);
    for (const d of [0, 1]) {
      const v = task.coords.map((c) => c[d] as number);
      const m = v.reduce((a, b) => a + b, 0) / v.length;
      const s = Math.sqrt(v.reduce((a, b) => a + (b - m) ** 2, 0) / v.length);
      expect(m).toBeCloseTo(0, 10);
      expect(s).toBeCloseTo(1, 10);
    }
    const y = normalisedColours(task, mask.train);
    for (const ch of [0, 1, 2]) {
      const v = y.map((r) => r[ch] as number);
      const m = v.reduce((a, b) => a + b, 0) / v.length;
      const s = Math.sqrt(v.reduce((a, b) => a + (b - m) ** 2, 0) / v.length);
      expect(m).toBeCloseTo(0, 8);
      expect(s).toBeCloseTo(1, 8);
    }
  });

  it("gives Fourier features [0, 1] and SIREN [−1, 1] per axis (their papers' grids), corners exact", async () => {
    const img = await loadRgbImage(bundledImage('city-256x192.png'));
    const task = pixelTask(img, randomPixelMask(img.width * img.height, 0.25, 0).train);
    expect(withFamilyCoordinates(task, 'tanh')).toBe(task);
    const ff = withFamilyCoordinates(task, 'fourier');
    const si = withFamilyCoordinates(task, 'siren');
    const last = img.width * img.height - 1;
    expect([ff.coords[0], ff.coords[last], ff.coords[img.width - 1]]).toEqual([[0, 0], [1, 1], [1, 0]]);
    expect([si.coords[0], si.coords[last]]).toEqual([[-1, -1], [1, 1]]);
    // The same affine map of the standardised coordinates on every pixel: x_ff = x_std·s_x/(W − 1) + 1/2.
    const sx = Math.sqrt((img.width ** 2 - 1) / 12);
    for (const p of [5, 777, 12345]) expect(ff.coords[p]?.[0]).toBeCloseTo(((task.coords[p]?.[0] as number) * sx) / (img.width - 1) + 0.5, 12);
    expect(ff.colours).toBe(task.colours);
  });

  it('measures SNR and PSNR on pixel values as a plain loop does', async () => {
    const img = await loadRgbImage(bundledImage('city-256x192.png'));
    const truth = Float64Array.from(img.rgb);
    const rng = new Rng(1);
    const pred = truth.map((v) => v + 10 * rng.normal());
    let num = 0;
    let den = 0;
    for (let i = 0; i < truth.length; i++) {
      num += (truth[i] as number) ** 2;
      den += ((pred[i] as number) - (truth[i] as number)) ** 2;
    }
    expect(snrDb(pred, truth)).toBeCloseTo(20 * Math.log10(Math.sqrt(num) / Math.sqrt(den)), 9);
    expect(psnrDb(pred, truth, 255)).toBeCloseTo(10 * Math.log10(255 ** 2 / (den / truth.length)), 9);
    // Noise of std 10 on every pixel: PSNR ≈ 20·log10(255/10) = 28.1 dB.
    expect(psnrDb(pred, truth, 255)).toBeCloseTo(28.13, 1);
    // Held-out SNR uses only the held-out pixels' three channels.
    const mask = randomPixelMask(img.width * img.height, 0.25, 0);
    expect(pickPixels(pred, mask.heldOut)).toHaveLength(mask.heldOut.length * 3);
    expect(snrDb(pickPixels(truth, mask.heldOut).map((v) => v * 1.1), pickPixels(truth, mask.heldOut))).toBeCloseTo(20, 9);
  });
});
