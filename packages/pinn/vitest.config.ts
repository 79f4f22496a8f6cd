import { nodeSuiteConfig } from '@mlpinit/tooling/vitest-node';

export default nodeSuiteConfig();
