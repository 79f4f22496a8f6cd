/** The Chromium executable the browser tests drive (`CHROMIUM_PATH`, default Debian's /usr/bin/chromium). */
export const CHROMIUM: string;
/** Flags for a headless Chromium that never phones home. */
export const CHROMIUM_ARGS: string[];
/** True when Chromium exists; otherwise exits 1 with how to install one, or returns false under MLPINIT_SKIP_BROWSER=1. */
export function requireChromium(what: string): boolean;
