import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Packing, `npm install`, strict `tsc` and Chromium take minutes on a busy machine (the
    // strict typecheck took 242 s beside two CPU burners). These are the suite's only time
    // limits, there to stop a hung test, not to time a slow one (CONTRIBUTING.md, "Tests").
    testTimeout: 900_000,
    hookTimeout: 1_200_000,
  },
});
