import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One worker: tfjs backends are process-global and this machine has 2 cores.
    fileParallelism: false,
  },
});
