import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Child processes (nodejieba is a native addon, safest outside worker threads).
    pool: 'forks',
    // Both cores: vitest's default on a 2-core machine is one worker, which ran the files one after
    // another (5 min 37 s for the whole suite in CI).
    maxWorkers: 2,
    // Each worker runs many test files in one process: importing the project's few hundred modules
    // took ~2 s per file, more than half of the suite (7 min → 3.4 min). What a file could leave
    // behind for the next is kept out by design: every segmenter loads its own corpus dictionary
    // back before it cuts (src/text/segmenter.ts), and nothing cuts with jieba's loaded-last one.
    isolate: false,
    // Builds the saved index once, so test files load it instead of each rebuilding it.
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
