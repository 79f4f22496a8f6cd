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
];

/**
 * Returns true when Chromium is present. Outside CI a missing Chromium skips
 * the browser tests with a message; in CI (CI=true) it is a failure.
 */
export function requireChromium(what) {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true' || process.env.CI === '1') {
    console.error(`${what}: ${CHROMIUM} is missing; CI must install it (apt-get install -y chromium)`);
    process.exit(1);
  }
  console.log(`${what}: SKIPPED because ${CHROMIUM} is missing (apt-get install -y chromium to run it)`);
  return false;
}
