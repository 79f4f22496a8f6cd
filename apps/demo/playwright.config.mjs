// The demo's end-to-end test (e2e/demo.spec.mjs): Playwright's runner against
// the built site (dist/) served with COOP/COEP by scripts/serve.mjs, in
// Debian's Chromium (never a downloaded browser). A missing Chromium fails,
// unless MLPINIT_SKIP_BROWSER=1 (then no test runs: --pass-with-no-tests).
import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, requireChromium } from '@mlpinit/tooling/chromium';

const PORT = Number(process.env.MLPINIT_DEMO_PORT ?? 4179);
const present = requireChromium('demo e2e');

export default defineConfig({
  testDir: 'e2e',
  testMatch: present ? '*.spec.mjs' : 'none',
  outputDir: 'test-results/playwright',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  // Software WebGL (SwiftShader) trains slowly: a view's test may take minutes.
  timeout: 300_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    headless: true,
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
