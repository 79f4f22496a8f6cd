/**
 * The text of a file in the package's bundled `data/` folder: read from disk
 * in Node, fetched from the page's server (which serves `data/`) in a browser.
 */
export async function readBundledText(name: string): Promise<string> {
  if (typeof window !== 'undefined') {
    const res = await fetch(`data/${name}`);
    if (!res.ok) throw new Error(`cannot fetch data/${name}: HTTP ${res.status}`);
    return res.text();
  }
  const [{ readFileSync }, { bundledImage }] = await Promise.all([import('node:fs'), import('./bundled-data.js')]);
  return readFileSync(bundledImage(name), 'utf8');
}
