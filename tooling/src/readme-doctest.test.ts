import { describe, expect, it } from 'vitest';
import { readmeBlocks, readmeModule } from './readme-doctest.mjs';

describe('readmeBlocks / readmeModule', () => {
  const md = [
    '# t',
    '```sh',
    'npm i x',
    '```',
    '```js',
    "import { a } from 'a';",
    'const one = a(1);',
    '```',
    '- a list item:',
    '',
    '  ```js',
    "  import { a } from 'a';",
    "  import { b } from 'b';",
    '  console.log(one, b);',
    '  ```',
    '<!-- doctest: skip -->',
    '```js',
    'notRun();',
    '```',
  ].join('\n');

  it('finds every fenced block, indented ones included, with its language, line and skip mark', () => {
    const blocks = readmeBlocks(md);
    expect(blocks.map((b) => [b.lang, b.line, b.skip])).toEqual([
      ['sh', 2, false],
      ['js', 5, false],
      ['js', 11, false],
      ['js', 17, true],
    ]);
    expect(blocks[2]?.code).toBe("import { a } from 'a';\nimport { b } from 'b';\nconsole.log(one, b);");
  });

  it('joins the runnable blocks into one module with each import once, at the top', () => {
    const { code, typescript } = readmeModule(readmeBlocks(md));
    expect(typescript).toBe(false);
    expect(code.match(/import \{ a \}/g)).toHaveLength(1);
    expect(code.indexOf("import { b } from 'b';")).toBeLessThan(code.indexOf('const one'));
    expect(code).toContain('console.log(one, b);');
    expect(code).not.toContain('notRun');
    expect(readmeModule(readmeBlocks('```sh\nls\n```')).code).toBe('');
  });
});
