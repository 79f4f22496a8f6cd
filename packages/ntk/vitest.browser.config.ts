// Browser-mode run of this package's numeric suites in headless Chromium on
// webgl (see @mlpinit/tooling's vitest-browser.mjs); same files and
// tolerances as the Node run.
import { browserSuiteConfig } from '@mlpinit/tooling/vitest-browser';

export default browserSuiteConfig();
