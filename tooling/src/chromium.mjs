// Debian's Chromium, driven by playwright-core (which never downloads a browser).
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // WebGPU: Chromium's software adapter (SwiftShader over Vulkan) when the machine has no GPU;
  // a real GPU is used when present. Pages must come from http://127.0.0.1 or localhost (a secure context).
  '--enable-unsafe-webgpu',
  '--use-webgpu-adapter=swiftshader',
  '--enable-features=Vulkan',
];

/**
 * Returns true when Chromium is present. A missing Chromium is a failure
 * (exit 1, saying how to install one or point CHROMIUM_PATH at one), unless
 * MLPINIT_SKIP_BROWSER=1 opts out explicitly: then the browser tests are
 * skipped with a message and this returns false.
 */
export function requireChromium(what) {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.MLPINIT_SKIP_BROWSER === '1') {
    console.log(`${what}: SKIPPED (MLPINIT_SKIP_BROWSER=1): no Chromium at ${CHROMIUM}`);
    return false;
  }
  console.error(
    `${what}: no Chromium at ${CHROMIUM}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium executable; ` +
      'MLPINIT_SKIP_BROWSER=1 skips the browser tests instead.',
  );
  process.exit(1);
}
