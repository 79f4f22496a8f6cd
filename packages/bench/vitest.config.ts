import { nodeSuiteConfig } from '@mlpinit/tooling/vitest-node';

// Suite tests train several small networks per test; on a loaded CI runner (browser suites
// alongside) they have taken over a minute, so hangs are caught at three.
export default nodeSuiteConfig({ test: { testTimeout: 180_000, hookTimeout: 180_000 } });
