import type { UserConfig } from 'vitest/config';

/** The Node-side vitest config of a package (tests in src/, one file at a time); `overrides` merged in. */
export function nodeSuiteConfig(overrides?: UserConfig): UserConfig;
