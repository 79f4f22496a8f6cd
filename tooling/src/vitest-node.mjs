// The Node-side vitest config every package shares.
import { defineConfig, mergeConfig } from 'vitest/config';

/**
 * Tests beside the code (`src/**\/*.test.ts`), one file at a time (tfjs
 * backends are process-global and the reference machine has two cores),
 * with timeouts long enough for the numeric suites; `overrides` is merged in.
 * @param {import('vitest/config').UserConfig} [overrides]
 */
export function nodeSuiteConfig(overrides = {}) {
  return mergeConfig(
    defineConfig({
      test: {
        include: ['src/**/*.test.ts'],
        testTimeout: 60_000,
        hookTimeout: 60_000,
        fileParallelism: false,
      },
    }),
    overrides,
  );
}
