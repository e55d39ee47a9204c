import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Each file starts real servers over SQLite files; loading a synthetic catalogue takes seconds.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
