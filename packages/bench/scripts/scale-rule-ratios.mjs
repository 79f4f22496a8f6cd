// The scale rule's kernel ratios for Fourier features and SIREN on bundled photographs, as the bench trials see them
// (25% of the pixels, 2 → 8×64 → 3, batch 1024):
//   node scripts/scale-rule-ratios.mjs images/astronaut.png,images/coffee.png 0,1,2,3,4 [size] [steps] [probes] [ff,…] [siren,…]
// One JSON line per (image, seed, family): the demanded k (at the current k₀; the probe's reach, 1.2·k spacings, and so
// the ratios depend on it once 1.2·k > 11.5), the rule's choice (go-init's chooseScale with `probes` draws per
// candidate, default 4 = rule v2; `probes` 1 runs rule v1: one draw, a candidate) and every candidate
// [scale, ratio, floor, [ratio per draw]].
import { setBackend } from '@mlpinit/core';
import { chooseScale } from '@mlpinit/go-init';
import { randomPixelMask } from '../dist/image/pixel-mask.js';
import { loadRgbImage } from '../dist/image/rgb-image.js';
import { pixelTask, withFamilyCoordinates } from '../dist/image/pixel-task.js';
await setBackend('wasm');
const [,, ...args] = process.argv;
const images = args[0].split(','); const seeds = args[1].split(',').map(Number); const size = args[2] ? Number(args[2]) : 256;
const steps = args[3] ? Number(args[3]) : 1500;
const probes = args[4] ? Number(args[4]) : 4;
const ff = args[5] ? args[5].split(',').map(Number) : [1.25, 2.5, 5, 10, 20];
const siren = args[6] ? args[6].split(',').map(Number) : [5, 10, 20, 30, 60];
for (const file of images) {
  const path = file.startsWith('/') ? file : new URL(`../data/${file}`, import.meta.url).pathname;
  const probe = await loadRgbImage(path);
  const scale = size / Math.max(probe.width, probe.height);
  const resize = [Math.round(probe.width * scale), Math.round(probe.height * scale)];
  const image = await loadRgbImage(path, size === Math.max(probe.width, probe.height) ? undefined : resize);
  const n = image.width * image.height;
  for (const seed of seeds) {
    const mask = randomPixelMask(n, 0.25, seed);
    for (const [family, cands] of [['fourier', ff], ['siren', siren]]) {
      const task = withFamilyCoordinates(pixelTask(image, mask.train), family);
      const x = Array.from(mask.train, (p) => task.coords[p]);
      const sizes = [2, 64, 64, 64, 64, 64, 64, 64, 64, 3];
      const r = await chooseScale({ family, sizes, x, training: { steps, batchSize: 1024 }, candidates: cands, seed, probes, pick: probes === 1 ? 'candidate' : 'interpolate' });
      const c = r.candidates.map((c) => [c.scale, +c.ratio.toFixed(3), +c.floor.toFixed(2), c.ratios.map((v) => +v.toFixed(3))]);
      console.log(JSON.stringify({ image: file, w: image.width, h: image.height, seed, family, probes, k: +r.k.toFixed(3), epochs: r.epochs, chosen: r.scale, c }));
    }
  }
}
