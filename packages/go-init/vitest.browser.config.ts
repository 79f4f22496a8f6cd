// Browser-mode run of this package's numeric suites in headless Chromium on
// webgl (see apps/demo/browser-tests/vitest-browser.ts); same files and
// tolerances as the Node run.
import { browserSuiteConfig } from '../../apps/demo/browser-tests/vitest-browser.js';

export default browserSuiteConfig();
