// Browser-mode run of core's numeric suites in headless Chromium on webgl
// (see @mlpinit/tooling's vitest-browser.mjs). backend.test.ts checks
// Node-only behaviour (tfjs-node, Node's wasm loading), data-parallel.test.ts and worker-pool.test.ts
// Node worker threads, side-effects.test.ts reads package.json from disk; they stay in Node.
import { browserSuiteConfig } from '@mlpinit/tooling/vitest-browser';

export default browserSuiteConfig({
  exclude: ['src/backend.test.ts', 'src/parallel/data-parallel.test.ts', 'src/parallel/worker-pool.test.ts', 'src/side-effects.test.ts'],
});
