import type { SuiteResults } from '../results/results.js';
import { f2 } from './image-claims.js';
import { type ImageSummary, configLabel } from './image-summary.js';
import type { ImageRun } from './image-trial.js';
import { infiniteWidthTable } from '../trials/infinite-width.js';
import { describeScales } from '../rules/describe-scales.js';

/** report.md's image section: per-config means, paired differences, family bests, scale-rule and rule-check tables. */
export function imageTable(results: SuiteResults<ImageRun, ImageSummary>): string {
  const s = results.summary;
  if (!s) return '';
  const lines = [
    `Images: ${s.images.map((i) => `${i.image} ${i.width}×${i.height} (${i.trainPixels} training pixels, spacing ${i.sampleSpacingPx} px)`).join('; ')}. SNR = 20·log10(‖y‖/‖ŷ − y‖) in pixel units, mean over seeds; held-out pixels are the primary metric. "failed" counts runs whose SNR is not finite (diverged); their means are over the finite runs.`,
    '',
    '| image | config | seeds | failed | SNR held-out (dB) | SNR full (dB) | PSNR (dB) | SNR train (dB) | seconds | GO seconds | GO mean c | GO path steps chosen | NTK half-width at init (px) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of s.rows) {
    lines.push(
      `| ${r.image} | ${configLabel(r.init, r.reg)} | ${r.seeds} | ${r.failed} | ${f2(r.heldOutSnrDb)} | ${f2(r.snrDb)} | ${f2(r.psnrDb)} | ${f2(r.trainSnrDb)} | ${r.seconds} | ${r.goSeconds ?? '–'} | ${r.goMeanC ?? '–'} | ${r.goPathSteps ? r.goPathSteps.join(' ') : '–'} | ${r.ntkHalfWidthPx ?? '–'} |`,
    );
  }
  const held = s.paired.filter((d) => d.metric === 'heldOutSnrDb');
  if (held.length) {
    lines.push('', 'Paired differences of held-out SNR (config − baseline, matched by image and seed; bootstrap intervals of the mean, 10,000 seeded resamples):', '');
    lines.push('| config | baseline | image | n | mean (dB) | 80% interval | 95% interval |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const d of held) lines.push(`| ${d.init} | ${d.baseline} | ${d.image ?? 'all'} | ${d.n}${d.failed ? ` (+${d.failed} failed)` : ''} | ${f2(d.meanDiffDb)} | [${f2(d.ci80[0])}, ${f2(d.ci80[1])}] | [${f2(d.ci95[0])}, ${f2(d.ci95[1])}] |`);
  }
  const bests = s.familyBests ?? [];
  if (new Set(bests.map((b) => b.family)).size > 1) {
    lines.push('', "Each family's best config per image (mean held-out SNR over seeds; fixed scales are chosen after the fact, the rules `go`, `ff`, `siren-auto` are not):", '');
    lines.push('| image | tanh | Fourier features | SIREN |', '| --- | --- | --- | --- |');
    for (const image of [...new Set(bests.map((b) => b.image))]) {
      const cell = (f: string): string => {
        const b = bests.find((x) => x.image === image && x.family === f);
        return b ? `${b.init}: ${f2(b.heldOutSnrDb)} dB` : '–';
      };
      lines.push(`| ${image} | ${cell('tanh')} | ${cell('fourier')} | ${cell('siren')} |`);
    }
  }
  for (const v of s.scaleRules ?? []) {
    lines.push('', `\`${v.rule}\` (the kernel-width rule) against the best of {${v.sweep.join(', ')}} per image, held-out SNR:`, '');
    lines.push('| image | best fixed | n | rule − best (dB) | 95% interval | scales chosen |', '| --- | --- | --- | --- | --- | --- |');
    for (const d of v.vsBest) {
      const chosen = v.chosen.filter((c) => d.image === 'all' || c.image === d.image).map((c) => c.scale);
      lines.push(`| ${d.image} | ${d.baseline} | ${d.n} | ${f2(d.meanDiffDb)} | [${f2(d.ci95[0])}, ${f2(d.ci95[1])}] | ${describeScales(chosen)} |`);
    }
  }
  const rc = s.ruleCheck;
  if (rc) {
    lines.push('', `The kernel-width rule replayed on its candidates (\`go-p<N>\` runs): its choice, the oracle (best held-out SNR, known only after training) and the regret; the rule chose the oracle in ${rc.hits} of ${rc.cases.length} cases.`, '');
    lines.push('| image | seed | k | candidates: path steps ratio → held-out dB | rule | oracle | regret (dB) |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const c of rc.cases) {
      lines.push(`| ${c.image} | ${c.seed} | ${c.k} | ${c.candidates.map((x) => `${x.pathSteps}: ${x.ratio} → ${f2(x.heldOutSnrDb)}`).join('; ')} | ${c.chosen} | ${c.oracle} | ${f2(c.regretDb)} |`);
    }
    lines.push('', '| regret over | n | mean (dB) | 80% interval | 95% interval |', '| --- | --- | --- | --- | --- |');
    for (const d of rc.regret) lines.push(`| ${d.image} | ${d.n} | ${f2(d.meanDiffDb)} | [${f2(d.ci80[0])}, ${f2(d.ci80[1])}] | [${f2(d.ci95[0])}, ${f2(d.ci95[1])}] |`);
  }
  const infinite = infiniteWidthTable(results.runs, { header: 'image', of: (r) => r.image ?? '–' });
  if (infinite) lines.push('', infinite);
  return lines.join('\n');
}

