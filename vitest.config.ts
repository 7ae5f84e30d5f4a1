import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // nodejieba keeps one dictionary per process: separate processes keep test files independent.
    pool: 'forks',
    // Both cores: vitest's default on a 2-core machine is one worker, which ran the files one after
    // another (5 min 37 s for the whole suite in CI).
    maxWorkers: 2,
    // Builds the saved index once, so test files load it instead of each rebuilding it.
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
