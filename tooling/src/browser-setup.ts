// Runs in the page before each test file: describeBackends reads the backend
// list from process.env.MLPINIT_TEST_BACKENDS, and a page has no `process`.
// `versions` stays absent, so nothing mistakes the page for Node.
declare const __MLPINIT_TEST_BACKENDS__: string;
const g = globalThis as { process?: { env: Record<string, string> } };
if (!g.process) g.process = { env: {} };
g.process.env.MLPINIT_TEST_BACKENDS = __MLPINIT_TEST_BACKENDS__;
