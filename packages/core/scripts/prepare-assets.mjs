// Prepares generated assets of @mlpinit/core.
//
// 1. Bundles tfjs-core's gradient registrations into one self-contained ESM file.
//
// Why: in Node, `@tensorflow/tfjs-core` resolves to its CommonJS bundle
// (`dist/tf-core.node.js`), which registers no gradients, and its ESM sources
// cannot be imported from Node because the package is not `type: module`.
// The bundled copy registers every gradient config into tfjs's *global*
// gradient registry (shared by all copies of tfjs-core in a process), exactly
// as the `@tensorflow/tfjs` union package does for its own Node bundle.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync, copyFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const coreMain = require.resolve('@tensorflow/tfjs-core');
const entry = join(dirname(coreMain), 'register_all_gradients.js');
const srcOut = join(here, '..', 'src', 'generated');
const file = 'tfjs-gradients.js';
const dts = '/** Registers every tfjs-core gradient config in tfjs\'s global registry. */\nexport declare function registerAllGradients(): void;\n';

if (process.argv.includes('--dist')) {
  const distOut = join(here, '..', 'dist', 'generated');
  mkdirSync(distOut, { recursive: true });
  copyFileSync(join(srcOut, file), join(distOut, file));
  writeFileSync(join(distOut, 'tfjs-gradients.d.ts'), dts);
  // 2. Ships the wasm binaries next to dist/backend.js, where the browser path
  // of setBackend('wasm') finds them through `new URL(..., import.meta.url)`.
  const wasmDir = dirname(require.resolve('@tensorflow/tfjs-backend-wasm'));
  const wasmOut = join(here, '..', 'dist', 'wasm');
  mkdirSync(wasmOut, { recursive: true });
  for (const f of ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm-threaded-simd.wasm']) {
    copyFileSync(join(wasmDir, f), join(wasmOut, f));
  }
} else {
  mkdirSync(srcOut, { recursive: true });
  {
    // Turn the module's top-level registration loop into an exported function,
    // so core calls it explicitly: a call cannot be tree-shaken away by a
    // bundler the way a side-effect-only import can.
    const source = readFileSync(entry, 'utf8').replace(/\/\/# sourceMappingURL=.*$/m, '');
    const loop = /for \(const gradientConfig of gradConfigs\) \{\s*registerGradient\(gradientConfig\);\s*\}/;
    if (!loop.test(source)) throw new Error(`unexpected ${entry}: registration loop not found`);
    await build({
      stdin: {
        contents: source.replace(loop, 'export function registerAllGradients() {\n  for (const gradientConfig of gradConfigs) registerGradient(gradientConfig);\n}'),
        resolveDir: dirname(entry),
        sourcefile: 'register_all_gradients.js',
      },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      minify: true,
      legalComments: 'inline',
      outfile: join(srcOut, file),
      logLevel: 'warning',
    });
  }
  writeFileSync(join(srcOut, 'tfjs-gradients.d.ts'), dts);
}
