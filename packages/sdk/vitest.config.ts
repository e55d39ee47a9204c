import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/unhandled-rejections.ts'],
    // The suite's only time limits, there to stop a hung test, not to time a slow one: a busy
    // machine runs these tests ten times slower than an idle one (CONTRIBUTING.md, "Tests").
    // Tests about time itself (timeouts, backoff, Retry-After) use fake timers.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});
