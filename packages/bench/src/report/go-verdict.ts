import type { ImageSummary } from '../image/image-summary.js';
import { type NtkSummary, widthAgainstControl } from '../ntk/ntk-suite.js';
import type { SuiteName } from '../suites/context.js';
import type { SuiteResults } from '../results/results.js';
import { type PairedDifference, differenceHolds, formatDifference } from './stats.js';
import type { SyntheticSummary } from '../synthetic/synthetic-summary.js';

type AnyResults = SuiteResults<unknown, unknown>;

/**
 * One sentence per piece of evidence on where GO helps, where it hurts and
 * why (sample density against feature frequency, with the NTK half-width),
 * built only from what this run measured.
 */
export function goVerdict(all: Partial<Record<SuiteName, AnyResults>>): string[] {
  const out: string[] = [];
  const image = all.image?.summary as ImageSummary | null | undefined;
  if (image?.paired) {
    for (const name of ['go', 'go-holdout', 'go-lam1e-4']) {
      const d = (metric: string): PairedDifference | undefined =>
        image.paired.find((p) => p.init === name && p.baseline === 'glorot' && p.metric === metric && (p.image ?? 'all') === 'all');
      const held = d('heldOutSnrDb');
      const train = d('trainSnrDb');
      if (!held) continue;
      const heldUp = differenceHolds(held, 'above');
      const heldDown = differenceHolds(held, 'below');
      const trainUp = differenceHolds(train, 'above');
      // Each sentence is chosen by the 95% intervals; none is printed regardless of the numbers.
      const why = heldUp
        ? 'the gain holds on the held-out pixels (95% interval above zero)'
        : heldDown && trainUp
          ? 'it fits the training pixels better and the held-out ones worse (both at 95%): it overfits at this sample density'
          : heldDown
            ? 'it is worse on the held-out pixels (95% interval below zero)'
            : 'no held-out difference is established at 95% (the interval contains zero)';
      const vsBest = image.bestFixedScale ? image.paired.find((p) => p.init === name && p.baseline === image.bestFixedScale && p.metric === 'heldOutSnrDb' && (p.image ?? 'all') === 'all') : undefined;
      const best = vsBest
        ? ` Against the best fixed scale (${image.bestFixedScale}): ${formatDifference(vsBest)}, ${differenceHolds(vsBest, 'above') ? 'above it' : differenceHolds(vsBest, 'below') ? 'below it' : 'not distinguishable from it'} at 95%.`
        : '';
      out.push(`Image, \`${name}\` vs Glorot, held-out SNR ${formatDifference(held)} (training pixels ${formatDifference(train)}): ${why}.${best}`);
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
      const narrower = gos.filter((r) => r.meanHalfWidth < g.meanHalfWidth).length;
      const verdict =
        narrower === gos.length
          ? "every GO kernel measured is narrower than Glorot's (each training point moves the function over a smaller neighbourhood)"
          : narrower === 0
            ? "no GO kernel measured is narrower than Glorot's"
            : `${narrower} of ${gos.length} GO kernels measured are narrower than Glorot's`;
      const c3 = ntk.rows.find((r) => r.init === 'glorot-c3');
      const go = ntk.rows.find((r) => r.init === 'go');
      let control = '';
      if (c3 && go) {
        const { verdict } = widthAgainstControl(go, c3);
        control =
          verdict === 'a tie (within 5%)'
            ? ` The fixed scale c = 3 gives ${c3.meanHalfWidth.toFixed(3)}: on width alone \`go\` ties a uniform large scale (one network each).`
            : ` The fixed scale c = 3 gives ${c3.meanHalfWidth.toFixed(3)}: \`go\`'s kernel is ${verdict} (one network each).`;
      }
      out.push(`NTK at initialization: mean half-width on [−1, 1] is ${g.meanHalfWidth.toFixed(3)} under Glorot and ${h} under GO: ${verdict}.${control}`);
    }
  }
  return out;
}

/** "below Glorot's at n ∈ {…} training points", or "not below Glorot's at any size". */
function sizesPhrase(side: 'below' | 'above', sizes: number[]): string {
  return sizes.length ? `${side} Glorot's at n ∈ {${sizes.join(', ')}} training points` : `not ${side} Glorot's at any size`;
}
