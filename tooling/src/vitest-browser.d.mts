import type { UserConfig } from 'vitest/config';

/** Options of {@link browserSuiteConfig}. */
export interface BrowserSuiteOptions {
  /** Test files that only make sense in Node (they import node: modules or test Node behaviour). */
  exclude?: string[];
  /** Backends to run (default webgl: wasm and cpu are covered by the Node run). */
  backends?: string;
}

/** The vitest browser-mode config of a package's numeric suites (headless Chromium, webgl by default). */
export function browserSuiteConfig(opts?: BrowserSuiteOptions): UserConfig;
