import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The suite's only time limits, there to stop a hung test, not to time a slow one: a busy
    // machine runs these tests ten times slower than an idle one (CONTRIBUTING.md, "Tests").
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
