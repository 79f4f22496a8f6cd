// The README doc-test (see readme-doctest.d.mts for the API).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

import { readmeBlocks, readmeModule } from './readme-blocks.mjs';

export { readmeBlocks, readmeModule };

export function describeReadme(readmeUrl, options = {}) {
  const path = fileURLToPath(readmeUrl);
  const dir = dirname(path);
  describe(`README examples (${path.split(/[\\/]/).slice(-2).join('/')})`, () => {
    it(
      'every js/ts block runs as written',
      async () => {
        const blocks = readmeBlocks(readFileSync(path, 'utf8'));
        let { code, typescript } = readmeModule(blocks);
        expect(code, 'the README has no js/ts block to run').not.toBe('');
        for (const [pattern, replacement] of options.shrink ?? []) {
          const before = code;
          code = code.replace(pattern, replacement);
          expect(code, `the size reduction ${pattern} matched nothing: update the test`).not.toBe(before);
        }
        const tmp = join(dir, '.doctest');
        mkdirSync(tmp, { recursive: true });
        const file = join(tmp, `readme-${process.pid}.${typescript ? 'ts' : 'mjs'}`);
        writeFileSync(file, code);
        try {
          await import(/* @vite-ignore */ pathToFileURL(file).href);
        } finally {
          rmSync(tmp, { recursive: true, force: true });
        }
      },
      options.timeout ?? 180_000,
    );
  });
}
