import { describe, expect, it } from 'vitest';
import { UNSEEN_GREY, figure5Spec, maskedImage } from './image-figure.js';
import type { RgbImage } from './rgb-image.js';

describe('Figure 5', () => {
  it('keeps the training pixels and paints every other pixel light grey (a plain loop agrees)', () => {
    const w = 5;
    const h = 4;
    const rgb = new Uint8Array(w * h * 3).map((_, i) => (i * 7) % 256);
    const img: RgbImage = { width: w, height: h, rgb };
    const train = Int32Array.from([0, 3, 7, 19]);
    const m = maskedImage(img, train);
    for (let p = 0; p < w * h; p++) {
      const seen = [0, 3, 7, 19].includes(p);
      for (let k = 0; k < 3; k++) expect(m.rgb[3 * p + k]).toBe(seen ? rgb[3 * p + k] : UNSEEN_GREY);
    }
    expect(UNSEEN_GREY).toBeGreaterThan(128);
  });

  it('titles every picture, with the SNRs of each reconstruction, and states image, network, budget and seeds', () => {
    const png = Buffer.from([137, 80, 78, 71]);
    const panel = (title: string, subtitle: [string, string]) => ({ title, subtitle, png, width: 8, height: 6 });
    const spec = figure5Spec(
      [panel('original', ['8×6', 'x.png']), panel('training pixels', ['25% of the pixels', 'grey: never seen']), panel('glorot', ['held-out SNR 15.00 dB', 'full image 15.10 dB']), panel('go', ['held-out SNR 17.40 dB', 'full image 17.70 dB'])],
      { image: 'x.png', width: 8, height: 6, pixels: 0.25, trainPixels: 12, depth: 8, hidden: 64, steps: 1500, batchSize: 1024, seed: 0, seeds: 5, means: ['glorot 15.00 dB', 'go 17.48 dB'] },
    ) as unknown as { title: { text: string; subtitle: string[] }; hconcat: Array<{ title: { text: string; subtitle: string[] }; data: { values: Array<{ url: string }> }; mark: { type: string } }> };
    expect(spec.title.text).toBe('Figure 5: image regression from 25% of the pixels');
    const sub = spec.title.subtitle.join(' | ');
    expect(sub).toMatch(/x\.png 8×6, 12 training pixels; 2 → 8×64 → 3 tanh MLP, 1,500 Adam steps, batch 1,024/);
    expect(sub).toMatch(/seed 0 shown \(of 5\)/);
    expect(sub).toMatch(/glorot 15\.00 dB, go 17\.48 dB/);
    expect(spec.hconcat.map((p) => p.title.text)).toEqual(['original', 'training pixels', 'glorot', 'go']);
    expect(spec.hconcat[3]?.title.subtitle).toEqual(['held-out SNR 17.40 dB', 'full image 17.70 dB']);
    for (const p of spec.hconcat) {
      expect(p.mark.type).toBe('image');
      expect(p.data.values[0]?.url).toBe(`data:image/png;base64,${png.toString('base64')}`);
    }
  });
});
