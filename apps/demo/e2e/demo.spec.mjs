// End-to-end test of the built demo in headless Chromium (Playwright's test
// runner; playwright.config.mjs serves dist/ and launches Debian's Chromium):
// fails on any console error, switches backends, runs every view and reads
// its numbers, tries bad input, and saves a screenshot per view under
// test-results/. The tests share one page and run in order.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';

const outDir = fileURLToPath(new URL('../test-results', import.meta.url));
const consoleErrors = [];
/** @type {import('@playwright/test').Page} */
let page;
let baseURL = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }, testInfo) => {
  baseURL = testInfo.project.use.baseURL ?? '';
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(`page error: ${err.message}`));
  page.on('worker', (worker) => worker.on('console', (msg) => msg.type() === 'error' && consoleErrors.push(`worker: ${msg.text()}`)));
});

test.afterAll(async () => {
  await page?.close();
});

/** A test whose returned note (what it measured) is printed beside its name. */
function check(name, fn) {
  test(name, async () => {
    const note = await fn();
    if (note) console.log(`${name}: ${note}`);
  });
}

/** A black 8-bit greyscale PNG, tiny on disk (zeros deflate well) but huge once decoded to RGBA. */
function largeBlankPng(width, height) {
  const png = new PNG({ width, height, colorType: 0, inputColorType: 0, bitDepth: 8, inputHasAlpha: false });
  png.data = Buffer.alloc(width * height);
  return PNG.sync.write(png, { colorType: 0, inputColorType: 0, inputHasAlpha: false, deflateLevel: 9 });
}

const expectTrue = (cond, msg) => expect(Boolean(cond), msg).toBe(true);
const tab = (name) => page.click(`nav [data-view="${name}"]`);
const fill = async (form, values) => {
  for (const [name, value] of Object.entries(values)) await page.fill(`#${form} [name="${name}"]`, String(value));
};
const backend = async (name) => {
  await page.selectOption('#backend-select', name);
  await page.waitForSelector(`#backend-status[data-backend="${name}"]`, { timeout: 60_000 });
  return page.textContent('#backend-status');
};
const shot = (name) => page.screenshot({ path: join(outDir, `${name}.png`), fullPage: true });

check('page loads and starts wasm', async () => {
  await page.goto(baseURL);
  await page.waitForSelector('#backend-status[data-backend="wasm"]', { timeout: 60_000 });
  const isolated = await page.evaluate(() => globalThis.crossOriginIsolated);
  expectTrue(isolated, 'the page is not cross-origin isolated');
  return page.textContent('#backend-status');
});

check('switch backend wasm → webgl → wasm', async () => {
  const gl = await backend('webgl');
  const wasm = await backend('wasm');
  return `${gl} | ${wasm}`;
});

async function varianceFlow(label) {
  await tab('variance');
  await page.selectOption('#vf-form [name="activation"]', 'tanh');
  await page.fill('#vf-form [name="c"]', '2');
  await page.dispatchEvent('#vf-form [name="c"]', 'input');
  await page.waitForFunction(() => document.querySelector('#vf-status')?.textContent !== '', null, { timeout: 30_000 });
  await page.waitForSelector('#vf-fixed tr.fixed-point[data-stable="true"]', { timeout: 30_000 });
  const points = await page.$$eval('#vf-fixed tr.fixed-point', (rows) => rows.map((r) => ({ s: Number(r.dataset.s), stable: r.dataset.stable })));
  // tanh with c = 2 > 1: s* = 0 is unstable and one stable fixed point s* > 0 exists.
  const stable = points.find((p) => p.stable === 'true');
  expectTrue(stable && stable.s > 0.5 && stable.s < 3, `unexpected fixed points ${JSON.stringify(points)}`);
  await page.click('#vf-sim-run');
  await page.waitForSelector('#vf-sim-status[data-kind="ok"], #vf-sim-status[data-kind="error"]', { timeout: 60_000 });
  const simKind = await page.getAttribute('#vf-sim-status', 'data-kind');
  expectTrue(simKind === 'ok', `Figure 1 simulation failed: ${await page.textContent('#vf-sim-status')}`);
  await shot(`variance-flow-${label}`);
  return `fixed points ${points.map((p) => `${p.s.toFixed(4)} (${p.stable === 'true' ? 'stable' : 'unstable'})`).join(', ')}`;
}

async function goSmall(label) {
  await tab('go');
  await fill('go-form', { depth: 4, width: 16, steps: 60, points: 64 });
  await page.click('#go-run');
  await page.waitForSelector('#go-status[data-kind="ok"], #go-status[data-kind="error"]', { timeout: 120_000 });
  expectTrue((await page.getAttribute('#go-status', 'data-kind')) === 'ok', await page.textContent('#go-status'));
  const before = Number(await page.getAttribute('#go-result', 'data-cos2-before'));
  const after = Number(await page.getAttribute('#go-result', 'data-cos2-after'));
  expectTrue(Number.isFinite(after) && after < before, `mean cos² did not fall: ${before} → ${after}`);
  const rows = await page.$$eval('#go-table tbody tr', (trs) => trs.length);
  expectTrue(rows === 4, `c and b table has ${rows} rows, expected 4 hidden layers`);
  const exported = async (button) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
    const chunks = [];
    for await (const c of await download.createReadStream()) chunks.push(c);
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  };
  const json = await exported('#go-export-json');
  expectTrue(Array.isArray(json.layerScales) && json.layerScales.length === 4, `exported JSON ${JSON.stringify(json).slice(0, 200)}`);
  const layers = await exported('#go-export-layers');
  expectTrue(Array.isArray(layers) && layers.length >= 4, `exported tfjs-layers configs ${JSON.stringify(layers).slice(0, 200)}`);
  await shot(`go-init-${label}`);
  return `mean cos² ${before.toFixed(4)} → ${after.toFixed(4)}; exported c = ${json.layerScales.map((c) => c.toFixed(3)).join(', ')}`;
}

async function ntkHeatmaps(label) {
  await tab('ntk');
  await fill('ntk-form', { depth: 4, width: 32, points: 32, goSteps: 40 });
  await page.click('#ntk-run');
  await page.waitForSelector('#ntk-status[data-kind="ok"], #ntk-status[data-kind="error"]', { timeout: 120_000 });
  expectTrue((await page.getAttribute('#ntk-status', 'data-kind')) === 'ok', await page.textContent('#ntk-status'));
  const widths = await page.$$eval('.ntk-panel', (els) => els.map((e) => Number(e.dataset.halfWidth)));
  expectTrue(widths.length === 2 && widths.every((w) => Number.isFinite(w) && w > 0), `half-widths ${widths}`);
  await shot(`ntk-${label}`);
  return `half-widths ${widths.map((w) => w.toFixed(3)).join(', ')}`;
}

async function fitImage(label) {
  await tab('fit');
  await page.selectOption('#fit-form [name="target"]', 'city');
  // WebGPU here is software (SwiftShader), about 0.5 s per step whatever the size: the kernel rule's
  // GO path (750 steps) would take minutes, so webgpu fits with the authors' fixed GO strength.
  const rule = label === 'webgpu' ? 'fixed' : 'kernel';
  await page.selectOption('#fit-form [name="goStrength"]', rule);
  await fill('fit-form', { size: 32, depth: 3, width: 32, steps: label === 'webgpu' ? 80 : 150, lr: 0.005, goSteps: 30 });
  await page.click('#fit-run');
  await page.waitForSelector('#fit-status[data-kind="ok"], #fit-status[data-kind="error"]', { timeout: 180_000 });
  expectTrue((await page.getAttribute('#fit-status', 'data-kind')) === 'ok', await page.textContent('#fit-status'));
  const snr = await Promise.all([0, 1].map(async (i) => Number(await page.getAttribute(`#fit-snr-${i}`, 'data-snr'))));
  // The mean colour alone gives about 6 dB on this photograph; any training beats it.
  expectTrue(snr.every((v) => Number.isFinite(v) && v > 6), `SNR ${snr}`);
  // The drawn reconstructions are the networks that were scored: their SNR
  // against the drawn target (8-bit pixels) matches the readout.
  const drawn = await page.evaluate(() => {
    const pixels = (id) => {
      const c = document.getElementById(id);
      return c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    };
    const t = pixels('fit-target');
    return [0, 1].map((i) => {
      const r = pixels(`fit-canvas-${i}`);
      let err = 0;
      let ref = 0;
      for (let k = 0; k < t.length; k++) {
        if (k % 4 === 3) continue;
        err += (r[k] - t[k]) ** 2;
        ref += t[k] ** 2;
      }
      return 10 * Math.log10(ref / err);
    });
  });
  expectTrue(drawn.every((v, i) => Math.abs(v - snr[i]) < 0.5), `canvas SNR ${drawn} differs from readout ${snr}`);
  // The GO network is the project's GO: go-init's kernel-width rule, reported in the note.
  const fitNote = (await page.textContent('#fit-note')) ?? '';
  if (rule === 'kernel') expectTrue(/kernel rule chose \d+ path steps/.test(fitNote), `fit note does not report the kernel rule: ${fitNote}`);
  await page.selectOption('#fit-form [name="goStrength"]', 'kernel');
  await shot(`fit-${label}`);
  return `SNR ${snr.map((v) => `${v.toFixed(2)} dB`).join(' / ')} (${await page.textContent('#fit-label-1')})`;
}

for (const name of ['wasm', 'webgl', 'webgpu']) {
  if (name !== 'wasm') check(`switch to ${name}`, () => backend(name));
  check(`variance flow on ${name}: fixed points and Figure 1`, () => varianceFlow(name));
  check(`GO initialization on ${name}, small network`, () => goSmall(name));
  check(`NTK heatmaps on ${name}`, () => ntkHeatmaps(name));
  check(`image fit on ${name} reads an SNR`, () => fitImage(name));
}
check('back to wasm', () => backend('wasm'));

/** Clicks Train and waits for the status line to match `re` (the page reads the form asynchronously). */
async function trainExpecting(re) {
  await page.click('#fit-run');
  await page.waitForFunction((src) => new RegExp(src).test(document.querySelector('#fit-status')?.textContent ?? ''), re.source, { timeout: 15_000 });
  return page.textContent('#fit-status');
}

check('bad input gets a clear message', async () => {
  await tab('fit');
  await page.selectOption('#fit-form [name="target"]', 'city');
  await page.fill('#fit-form [name="steps"]', '-5');
  const m1 = await trainExpecting(/steps must be between 1 and 20000 \(got -5\)/);
  await page.fill('#fit-form [name="steps"]', '100');
  await page.fill('#fit-form [name="lr"]', '');
  const m2 = await trainExpecting(/learning rate: enter a number/);
  await page.fill('#fit-form [name="lr"]', '0.002');
  await page.setInputFiles('#fit-file', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  const m3 = await trainExpecting(/notes\.txt is not an image/);
  await page.setInputFiles('#fit-file', { name: 'broken.png', mimeType: 'image/png', buffer: Buffer.from('not really a png') });
  const m4 = await trainExpecting(/broken\.png could not be decoded/);
  await page.setInputFiles('#fit-file', { name: 'huge.png', mimeType: 'image/png', buffer: largeBlankPng(9000, 5000) });
  const m5 = await trainExpecting(/huge\.png is 9000×5000 pixels, too large/);
  await tab('go');
  await page.fill('#go-form [name="lambda"]', '-1');
  await page.click('#go-run');
  await page.waitForFunction(() => /λ must be between 0 and 10/.test(document.querySelector('#go-status')?.textContent ?? ''), null, { timeout: 10_000 });
  // The page still answers.
  expectTrue((await page.evaluate(() => 1 + 1)) === 2, 'page frozen');
  return [m1, m2, m3, m4, m5].map((m) => `"${m}"`).join(' | ');
});

check('a long fit can be cancelled', async () => {
  await tab('fit');
  await page.selectOption('#fit-form [name="target"]', 'synthetic');
  await fill('fit-form', { size: 32, depth: 3, width: 32, steps: 20000, goSteps: 20 });
  await page.click('#fit-run');
  await page.waitForFunction(() => /training: [1-9]/.test(document.querySelector('#fit-status')?.textContent ?? ''), null, { timeout: 60_000 });
  await page.click('#fit-cancel');
  await page.waitForFunction(() => document.querySelector('#fit-status')?.textContent === 'cancelled', null, { timeout: 30_000 });
  expectTrue(!(await page.isDisabled('#fit-run')), 'Train stays disabled after cancelling');
  await shot('fit-synthetic-cancelled');
  return 'cancelled mid-training';
});

const fitFamily = (family) => page.selectOption('#fit-form [name="family"]', family);

check('fit family switch: bad σ, ω₀ and family get their messages', async () => {
  await tab('fit');
  await page.selectOption('#fit-form [name="target"]', 'synthetic');
  await fill('fit-form', { size: 16, depth: 2, width: 16, steps: 50, lr: 0.005, familyLr: 'auto' });
  await fitFamily('fourier');
  expectTrue(await page.isHidden('#fit-form [name="goSteps"]'), 'GO fields still shown for family fourier');
  await page.fill('#fit-form [name="scale"]', '-1');
  const m1 = await trainExpecting(/σ must be greater than 0 \(got -1\)/);
  await fitFamily('siren');
  await page.fill('#fit-form [name="scale"]', '0');
  const m2 = await trainExpecting(/ω₀ must be greater than 0 \(got 0\)/);
  await page.fill('#fit-form [name="scale"]', 'lots');
  const m3 = await trainExpecting(/ω₀: "lots" is neither a number nor auto/);
  // A family the page does not know (an option injected into the select).
  await page.evaluate(() => {
    const sel = document.querySelector('#fit-form [name="family"]');
    const opt = Object.assign(document.createElement('option'), { id: 'bogus-family', value: 'relu-pe', textContent: 'relu-pe' });
    sel.append(opt);
    sel.value = 'relu-pe';
  });
  const m4 = await trainExpecting(/second network: choose one of go, fourier, siren \(got "relu-pe"\)/);
  await page.evaluate(() => document.getElementById('bogus-family')?.remove());
  await fitFamily('go');
  return [m1, m2, m3, m4].map((m) => `"${m}"`).join(' | ');
});

/** Runs a fit with the form as it is and returns the readouts; fails on an error status. */
async function fitReadouts() {
  await page.click('#fit-run');
  await page.waitForSelector('#fit-status[data-kind="ok"], #fit-status[data-kind="error"]', { timeout: 180_000 });
  expectTrue((await page.getAttribute('#fit-status', 'data-kind')) === 'ok', await page.textContent('#fit-status'));
  const snr = await Promise.all([0, 1].map(async (i) => Number(await page.getAttribute(`#fit-snr-${i}`, 'data-snr'))));
  expectTrue(snr.every((v) => Number.isFinite(v)), `SNR readouts are not numbers: ${snr}`);
  const note = (await page.textContent('#fit-note')) ?? '';
  const data = await page.$eval('#fit-note', (el) => ({ ...el.dataset }));
  const label = (await page.textContent('#fit-label-1')) ?? '';
  return { snr, note, data, label };
}

check('Fourier features with σ auto on the synthetic target', async () => {
  await tab('fit');
  await page.selectOption('#fit-form [name="target"]', 'synthetic');
  await fitFamily('fourier');
  await fill('fit-form', { size: 16, depth: 2, width: 32, steps: 100, lr: 0.005, scale: 'auto', familyLr: 'auto' });
  const { snr, note, data, label } = await fitReadouts();
  // The note names go-init's rule, the σ it chose and what it measured for every candidate.
  const m = /kernel rule chose σ = ([\d.]+) .*NTK half-width \/ spacing per σ, geometric median of \d+ draws, ((?:[\d.]+: [\d.]+(?:, )?)+); (?:the ratio crosses|no candidate brackets) k = ([\d.]+)(?: between σ = ([\d.]+) and ([\d.]+))?/.exec(note);
  expectTrue(m, `fit note does not report the rule's σ and candidates: ${note}`);
  const sigma = Number(m[1]);
  const candidates = m[2].split(', ').map((c) => Number(c.split(':')[0]));
  // Rule v2 interpolates between the two candidates that bracket k, or takes an end candidate.
  const inside = m[4] ? sigma >= Number(m[4]) * 0.995 && sigma <= Number(m[5]) * 1.005 : candidates.includes(sigma);
  expectTrue(candidates.length >= 2 && inside, `σ = ${sigma} is neither bracketed by ${m[4]}–${m[5]} nor a candidate of ${candidates}`);
  expectTrue(data.family === 'fourier' && data.scaleSource === 'rule' && Math.abs(Number(data.scale) - sigma) <= 0.005 * sigma, `note data ${JSON.stringify(data)}`);
  expectTrue(label === `Fourier σ = ${m[1]} (rule)`, `panel label "${label}"`);
  expectTrue(/on x ∈ \[0, 1\]²/.test(note) && /lr 0\.001 \(auto\)/.test(note), `note does not give Fourier's coordinates and lr: ${note}`);
  await shot('fit-fourier-auto');
  return `${label}: SNR ${snr.map((v) => `${v.toFixed(2)} dB`).join(' / ')}; candidates ${m[2]} (k ${m[3]})`;
});

check('SIREN with ω₀ typed, short fit', async () => {
  await fitFamily('siren');
  await fill('fit-form', { size: 12, depth: 2, width: 16, steps: 30, scale: '30', familyLr: 'auto' });
  const { snr, note, data, label } = await fitReadouts();
  expectTrue(label === 'SIREN ω₀ = 30 (typed)', `panel label "${label}"`);
  expectTrue(data.family === 'siren' && data.scaleSource === 'given' && Number(data.scale) === 30, `note data ${JSON.stringify(data)}`);
  expectTrue(/ω₀ = 30 as typed/.test(note) && /lr 0\.0001 \(auto\) on x ∈ \[−1, 1\]²/.test(note), `SIREN note: ${note}`);
  await fitFamily('go');
  return `${label}: SNR ${snr.map((v) => `${v.toFixed(2)} dB`).join(' / ')}`;
});

check('no console errors (page and workers)', async () => {
  expect(consoleErrors, 'console errors').toEqual([]);
});

