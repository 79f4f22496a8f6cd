import type { ImageSummary } from '../image/image-summary.js';
import type { NtkSummary } from '../ntk/ntk-suite.js';
import type { SuiteName } from '../context.js';
import type { SuiteResults } from '../results.js';
import type { SyntheticSummary } from '../synthetic/synthetic-summary.js';

type AnyResults = SuiteResults<unknown, unknown>;

const sign = (x: number): string => `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;

/**
 * One sentence per piece of evidence on where GO helps, where it hurts and
 * why (sample density against feature frequency, with the NTK half-width),
 * built only from what this run measured.
 */
export function goVerdict(all: Partial<Record<SuiteName, AnyResults>>): string[] {
  const out: string[] = [];
  const image = all.image?.summary as ImageSummary | null | undefined;
  if (image) {
    const g = image.rows.find((r) => r.init === 'glorot' && r.reg === 'none');
    for (const name of ['go', 'go-holdout', 'go-lam1e-4']) {
      const o = image.rows.find((r) => r.init === name && r.reg === 'none');
      if (!g || !o) continue;
      const dFull = o.snrDb - g.snrDb;
      const dTrain = o.trainSnrDb - g.trainSnrDb;
      const dHeld = o.heldOutSnrDb - g.heldOutSnrDb;
      const why =
        dTrain > 0 && dHeld < 0
          ? `it fits the training pixels better but the held-out ones worse: it overfits, because ${image.trainPixels} samples (${((100 * image.trainPixels) / (image.width * image.height)).toFixed(0)}% of ${image.width}×${image.height}) are sparse for the sharper features its larger c (mean c ${o.goMeanC ?? '?'}) lets the network make`
          : dHeld > 0
            ? 'the gain holds on the held-out pixels, so Glorot underfits here and GO’s faster fitting is real'
            : 'it fits neither the training nor the held-out pixels better';
      const ntk =
        o.ntkHalfWidthPx !== null && g.ntkHalfWidthPx !== null
          ? ` At initialization the NTK half-width on the image is ${o.ntkHalfWidthPx} px under \`${name}\` and ${g.ntkHalfWidthPx} px under Glorot, against a training-pixel spacing of about ${image.sampleSpacingPx} px.`
          : '';
      out.push(`Image, \`${name}\`: full-image SNR ${sign(dFull)} dB vs Glorot (training pixels ${sign(dTrain)} dB, held-out ${sign(dHeld)} dB); ${why}.${ntk}`);
    }
  }
  const syn = all.synthetic?.summary as SyntheticSummary | null | undefined;
  if (syn) {
    const sizes = [...new Set(syn.rows.map((r) => r.size))].sort((a, b) => a - b);
    for (const name of ['go', 'go-holdout', 'go-lam1e-4']) {
      const better: number[] = [];
      const worse: number[] = [];
      for (const n of sizes) {
        const g = syn.rows.find((r) => r.init === 'glorot' && r.size === n);
        const o = syn.rows.find((r) => r.init === name && r.size === n);
        if (g && o) (o.testMedian < g.testMedian ? better : worse).push(n);
      }
      if (better.length + worse.length > 0) {
        out.push(
          `Synthetic, \`${name}\`: median test error ${sizesPhrase('below', better)}${worse.length ? ` and ${sizesPhrase('above', worse)}` : better.length ? ', at every size run' : ''}${better.length && worse.length ? (Math.min(...better) > Math.max(...worse) ? ': GO helps once the data are dense enough' : '') : ''}.`,
        );
      }
    }
  }
  const ntk = all.ntk?.summary as NtkSummary | null | undefined;
  if (ntk) {
    const g = ntk.rows.find((r) => r.init === 'glorot');
    const gos = ntk.rows.filter((r) => r.init.startsWith('go'));
    if (g && gos.length) {
      const h = gos.map((r) => `${r.init} ${r.meanHalfWidth.toFixed(3)}`).join(', ');
      out.push(
        `NTK: mean half-width on [−1, 1] is ${g.meanHalfWidth.toFixed(3)} under Glorot and ${h} under GO: GO's kernel lets each training point move the function over a narrower neighbourhood, which helps when samples are closer together than that width (dense data, high-frequency targets) and hurts when the gaps between samples are wider (sparse data): the network then interpolates poorly between them.`,
      );
    }
  }
  return out;
}

/** "below Glorot's at n ∈ {…} training points", or "not below Glorot's at any size". */
function sizesPhrase(side: 'below' | 'above', sizes: number[]): string {
  return sizes.length ? `${side} Glorot's at n ∈ {${sizes.join(', ')}} training points` : `not ${side} Glorot's at any size`;
}
