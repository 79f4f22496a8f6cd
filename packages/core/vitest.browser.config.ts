// Browser-mode run of core's numeric suites in headless Chromium on webgl
// (see apps/demo/browser-tests/vitest-browser.ts). backend.test.ts checks
// Node-only behaviour (tfjs-node, Node's wasm loading) and data-parallel.test.ts
// Node worker threads; both stay in Node.
import { browserSuiteConfig } from '../../apps/demo/browser-tests/vitest-browser.js';

export default browserSuiteConfig({ exclude: ['src/backend.test.ts', 'src/parallel/data-parallel.test.ts'] });
