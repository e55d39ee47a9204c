import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The suite's only time limits, there to stop a hung test, not to time a slow one
    // (CONTRIBUTING.md, "Tests"). `expect.poll` waits up to a minute for its condition.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    expect: { poll: { timeout: 60_000, interval: 100 } },
  },
});
