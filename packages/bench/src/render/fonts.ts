import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Family name of the bundled font every figure uses. */
export const FIGURE_FONT = 'DejaVu Sans';

/**
 * TrueType files shipped by the `dejavu-fonts-ttf` package: resvg draws text
 * only with fonts it is given, and a fresh machine may have no system fonts.
 */
export function fontFiles(): string[] {
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf'].map((f) => join(dir, f));
}
