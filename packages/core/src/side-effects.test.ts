import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { sideEffects: string[] };

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'generated' || f === 'test-utils' || f === 'testing' ? [] : sources(p);
    return f.endsWith('.ts') && !f.endsWith('.test.ts') ? [p] : [];
  });
}

describe('package.json sideEffects', () => {
  // A bundler that honours the list drops top-level statements of unlisted modules
  // (Vite 8 / Rolldown dropped index.js's ensureGradients(): 9 gradients instead of 117).
  it('lists every module that registers kernels or gradients at load time, in src and dist', () => {
    // Registration at load time: a top-level registerKernel/registerGradient/ensureGradients() call, or a
    // top-level loop in a module that registers kernels (fast-trig registers sin and cos in one).
    const registering = sources(join(root, 'src')).filter((f) => {
      const text = readFileSync(f, 'utf8');
      return text
        .split('\n')
        .some((line) => /^(tf\.registerKernel|tf\.registerGradient|ensureGradients\(\))/.test(line) || (/^for \(/.test(line) && text.includes('tf.registerKernel')));
    });
    const names = registering.map((f) => relative(root, f).replace(/\\/g, '/'));
    expect(names).toContain('src/index.ts');
    expect(names).toContain('src/fast-slice.ts');
    for (const name of names) {
      expect(pkg.sideEffects, name).toContain(`./${name}`);
      expect(pkg.sideEffects, name).toContain(`./${name.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js')}`);
    }
  });
});
