import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // nodejieba keeps one dictionary per process: separate processes keep test files independent.
    pool: 'forks',
    // Builds the saved index once, so test files load it instead of each rebuilding it.
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
