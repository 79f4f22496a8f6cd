// Calibrates the scale rule's k₀ per family (go-init's SCALE_RULE_K0) by replaying the rule against trained sweeps of
// the calibration photographs (never the images the bench reports on):
//   node scripts/scale-rule-calibration.mjs RATIOS.jsonl RESULTS.json[,RESULTS.json…] [ff cands] [siren cands]
// RATIOS.jsonl: scripts/scale-rule-ratios.mjs output (per image and seed, every candidate's ratio, probes averaged);
// RESULTS.json: image-suite results with ff-s<σ> and siren-w<ω₀> runs on the same images and seeds; a later file
// overrides an earlier one at the same (image, seed, scale); `PATH#siren` or `PATH#fourier` reads one family only.
// For each k₀ on a grid, per (image, seed): the rule's scale (go-init's pickScale on the bench's candidates, k =
// k₀·√(E/100)) and the held-out SNR there, read off the trained sweep by linear interpolation in log scale (an
// approximation between trained scales; flagged when the choice leaves the trained range). Prints, per family, the
// mean SNR per k₀ against the oracle (best trained scale per image and seed) and the ratio at each SNR peak.
import { readFileSync } from 'node:fs';
import { pickScale } from '@mlpinit/go-init';

const [,, ratiosPath, resultsPaths, ffArg, sirenArg] = process.argv;
const benchCands = { fourier: ffArg ? ffArg.split(',').map(Number) : [1.25, 2.5, 5, 10, 20], siren: sirenArg ? sirenArg.split(',').map(Number) : [5, 10, 20, 30, 60] };
const lines = readFileSync(ratiosPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
/** snr[family][image|seed] = Map(scale → held-out SNR dB) */
const snr = { fourier: new Map(), siren: new Map() };
for (const spec of resultsPaths.split(',')) {
  const [path, only] = spec.split('#');
  for (const r of JSON.parse(readFileSync(path, 'utf8')).runs) {
    const m = /^(ff-s|siren-w)([0-9.]+)$/.exec(r.init);
    if (!m || !Number.isFinite(r.heldOutSnrDb)) continue;
    const family = m[1] === 'ff-s' ? 'fourier' : 'siren';
    if (only && only !== family) continue;
    const key = `${r.image}|${r.seed}`;
    if (!snr[family].has(key)) snr[family].set(key, new Map());
    snr[family].get(key).set(Number(m[2]), r.heldOutSnrDb);
  }
}
const base = (p) => p.split('/').pop();
/** Held-out SNR at scale s, linear in ln s between trained scales; clamped (and flagged) outside them. */
function snrAt(curve, s) {
  const pts = [...curve.entries()].sort((a, b) => a[0] - b[0]);
  if (s <= pts[0][0]) return { v: pts[0][1], out: s < pts[0][0] * (1 - 1e-9) };
  for (let i = 1; i < pts.length; i++) {
    const [s1, v1] = pts[i];
    const [s0, v0] = pts[i - 1];
    if (s <= s1) return { v: v0 + ((Math.log(s) - Math.log(s0)) / (Math.log(s1) - Math.log(s0))) * (v1 - v0), out: false };
  }
  return { v: pts[pts.length - 1][1], out: s > pts[pts.length - 1][0] * (1 + 1e-9) };
}
/** ln-ratio at scale s, linear in ln s between measured candidates. */
function ratioAt(c, s) {
  const pts = [...c].sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < pts.length; i++) {
    if (s <= pts[i][0]) {
      const u = (Math.log(s) - Math.log(pts[i - 1][0])) / (Math.log(pts[i][0]) - Math.log(pts[i - 1][0]));
      return Math.exp((1 - u) * Math.log(pts[i - 1][1]) + u * Math.log(pts[i][1]));
    }
  }
  return pts[pts.length - 1][1];
}
for (const family of ['fourier', 'siren']) {
  const cases = lines.filter((l) => l.family === family).map((l) => ({ ...l, key: `${base(l.image)}|${l.seed}` })).filter((l) => snr[family].has(l.key));
  console.log(`\n## ${family}: ${cases.length} (image, seed) cases: ${cases.map((c) => c.key).join(', ')}`);
  let oracle = 0;
  for (const c of cases) {
    const curve = snr[family].get(c.key);
    const best = [...curve.entries()].sort((a, b) => b[1] - a[1])[0];
    // The SNR peak by a parabola in ln s through the best trained scale and its neighbours.
    const pts = [...curve.entries()].sort((a, b) => a[0] - b[0]);
    const i = pts.findIndex((p) => p[0] === best[0]);
    let peak = best[0];
    if (i > 0 && i < pts.length - 1) {
      const [x0, x1, x2] = [pts[i - 1][0], pts[i][0], pts[i + 1][0]].map(Math.log);
      const [y0, y1, y2] = [pts[i - 1][1], pts[i][1], pts[i + 1][1]];
      const den = (x0 - x1) * (x0 - x2) * (x1 - x2);
      const a = (x2 * (y1 - y0) + x1 * (y0 - y2) + x0 * (y2 - y1)) / den;
      const b = (x2 * x2 * (y0 - y1) + x1 * x1 * (y2 - y0) + x0 * x0 * (y1 - y2)) / den;
      if (a < 0) peak = Math.exp(-b / (2 * a));
    }
    const rPeak = ratioAt(c.c, peak);
    oracle += best[1] / cases.length;
    console.log(`${c.key}: E ${c.epochs.toFixed(0)}, best trained ${best[0]} (${best[1].toFixed(2)} dB), parabola peak ${peak.toFixed(2)}, ratio there ${rPeak.toFixed(2)} → k₀ ${(rPeak / Math.sqrt(c.epochs / 100)).toFixed(2)}`);
  }
  console.log(`oracle (best trained scale per case): ${oracle.toFixed(2)} dB`);
  const grid = family === 'fourier' ? [0.6, 0.8, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 2.0, 2.2, 2.4] : [2.5, 3, 3.5, 3.8, 4.0, 4.2, 4.4, 4.6, 4.8, 5.0, 5.2, 5.5, 6, 7];
  for (const k0 of grid) {
    let mean = 0;
    let out = 0;
    const chosen = [];
    for (const c of cases) {
      const k = k0 * Math.sqrt(c.epochs / 100);
      const cands = benchCands[family].map((s) => {
        const q = c.c.find((q) => q[0] === s);
        if (!q) throw new Error(`${c.key} ${family}: the ratios file has no candidate ${s} (measure it with scale-rule-ratios.mjs)`);
        return { scale: s, ratio: q[1] };
      });
      const { scale } = pickScale(cands, k);
      const at = snrAt(snr[family].get(c.key), scale);
      mean += at.v / cases.length;
      if (at.out) out++;
      chosen.push(scale.toFixed(2));
    }
    console.log(`k₀ ${k0.toFixed(2)}: mean ${mean.toFixed(2)} dB (oracle − ${(oracle - mean).toFixed(2)}), scales ${chosen.join(' ')}${out ? `, ${out} outside the trained range` : ''}`);
  }
}
