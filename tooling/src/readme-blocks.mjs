// Extracting the runnable examples of a README (no test framework: the
// registry smoke test imports this from plain Node, the doc-test from vitest).
const RUNNABLE = new Set(['js', 'javascript', 'mjs', 'ts', 'typescript']);
const TYPESCRIPT = new Set(['ts', 'typescript']);

export function readmeBlocks(markdown) {
  const lines = markdown.split(/\r?\n/);
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, info] = open;
    const body = [];
    let j = i + 1;
    while (j < lines.length && !new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(lines[j])) {
      const l = lines[j];
      body.push(l.startsWith(indent) ? l.slice(indent.length) : l.trimStart());
      j++;
    }
    const prev = lines[i - 1]?.trim() ?? '';
    blocks.push({ lang: info.toLowerCase(), code: body.join('\n'), line: i + 1, skip: prev === '<!-- doctest: skip -->' });
    i = j;
  }
  return blocks;
}

export function readmeModule(blocks) {
  const imports = [];
  const body = [];
  let typescript = false;
  for (const b of blocks) {
    if (!RUNNABLE.has(b.lang) || b.skip) continue;
    if (TYPESCRIPT.has(b.lang)) typescript = true;
    body.push(`// README line ${b.line}`);
    for (const l of b.code.split('\n')) {
      if (/^import\s.+\sfrom\s+['"][^'"]+['"];?\s*$/.test(l) || /^import\s+['"][^'"]+['"];?\s*$/.test(l)) {
        if (!imports.includes(l.trim())) imports.push(l.trim());
      } else body.push(l);
    }
  }
  return { code: body.length ? `${imports.join('\n')}\n${body.join('\n')}\nexport {};\n` : '', typescript };
}
