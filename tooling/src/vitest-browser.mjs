/**
 * Shared vitest browser-mode configuration for the numeric suites of core,
 * go-init and ntk: the same test files as in Node, run in headless Debian
 * Chromium (playwright provider, no browser download) on the webgl and webgpu
 * backends (WebGPU on SwiftShader where there is no GPU),
 * with the same tolerances (describeBackends' BACKEND_TOLERANCE).
 * Each package's vitest.browser.config.ts calls this; the browser test
 * dependencies (vitest's playwright provider) are this package's.
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const CORE_DIR = join(HERE, '../../packages/core');

/**
 * Core's sources locate the wasm binaries next to themselves
 * (`new URL('./wasm/…', import.meta.url)`); its build copies them to dist/wasm,
 * but tests run from src/, so the dev server answers those requests from
 * tfjs-backend-wasm's own dist.
 */
/** @returns {import('vite').Plugin} */
function serveWasmBinaries() {
  const require = createRequire(join(CORE_DIR, 'package.json'));
  const wasmDist = join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
  return {
    name: 'mlpinit-serve-wasm-binaries',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /\/wasm\/(tfjs-backend-wasm[a-z-]*\.wasm)(\?.*)?$/.exec(req.url ?? '');
        const file = m ? join(wasmDist, m[1]) : '';
        if (!m || !existsSync(file)) return next();
        res.setHeader('Content-Type', 'application/wasm');
        createReadStream(file).pipe(res);
      });
    },
  };
}

const TFJS_BACKENDS = ['@tensorflow/tfjs-backend-cpu', '@tensorflow/tfjs-backend-wasm', '@tensorflow/tfjs-backend-webgl', '@tensorflow/tfjs-backend-webgpu'];
/** pure-rand exports subpaths only; these are the ones core imports. */
const PURE_RAND = ['pure-rand/distribution/uniformFloat64', 'pure-rand/generator/xoroshiro128plus'];

/**
 * Dependencies to pre-bundle. core's own dist files are served as they are,
 * the files a Node user imports, not a pre-bundled copy (a pre-bundle once
 * lost core's gradient registrations to tree-shaking: "gradient function not
 * found").
 * Its dependencies and the backends it imports dynamically are pre-bundled up
 * front (seen through core), or Vite discovers them mid-run, re-optimizes and
 * the running page fails with "Failed to fetch dynamically imported module".
 */
function prebundled() {
  const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8'));
  const core = JSON.parse(readFileSync(join(CORE_DIR, 'package.json'), 'utf8'));
  const deps = [...new Set([...Object.keys(core.dependencies), ...TFJS_BACKENDS])].filter((d) => d !== 'pure-rand').concat(PURE_RAND);
  if (pkg.name === '@mlpinit/core') return { include: ['@tensorflow/tfjs-core', ...deps], exclude: [] };
  return { include: ['@tensorflow/tfjs-core', ...deps.map((d) => `@mlpinit/core > ${d}`)], exclude: ['@mlpinit/core'] };
}

/** @param {import('./vitest-browser.d.mts').BrowserSuiteOptions} [opts] */
export function browserSuiteConfig(opts = {}) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `browser-mode suites: no Chromium at ${CHROMIUM}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium executable.`,
    );
  }
  const backends = process.env.MLPINIT_TEST_BACKENDS ?? opts.backends ?? 'webgl,webgpu';
  return defineConfig({
    plugins: [serveWasmBinaries()],
    define: { __MLPINIT_TEST_BACKENDS__: JSON.stringify(backends) },
    // tfjs-core is shared by the package's sources and core; one copy.
    resolve: { dedupe: ['@tensorflow/tfjs-core'] },
    optimizeDeps: prebundled(),
    test: {
      include: ['src/**/*.test.ts'],
      // readme.test.ts runs README code in Node (it writes a module next to the package).
      exclude: ['**/node_modules/**', 'src/readme.test.ts', ...(opts.exclude ?? [])],
      // WebGPU on SwiftShader costs ~0.5 s per training step: GO's tests take minutes there.
      testTimeout: 300_000,
      hookTimeout: 120_000,
      fileParallelism: false,
      setupFiles: [join(HERE, 'browser-setup.ts')],
      browser: {
        enabled: true,
        headless: true,
        screenshotFailures: false,
        provider: playwright({ launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS } }),
        instances: [{ browser: 'chromium' }],
      },
    },
  });
}
