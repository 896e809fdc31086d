import { defineConfig } from 'vitest/config';

// End-to-end and contract tests: the built extension in Debian's Chromium over simulated host pages.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts', 'test/contract/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time: the machine has two cores.
    fileParallelism: false,
  },
});
