import { fileURLToPath } from 'node:url';

/** Path of a file in the package's bundled `data/` folder. */
export function bundledImage(name: string): string {
  // Through a variable, so bundlers do not copy the whole data/ folder as assets.
  const here = import.meta.url;
  return fileURLToPath(new URL(`../../data/${name}`, here));
}
