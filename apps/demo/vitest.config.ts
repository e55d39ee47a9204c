import { defineConfig } from 'vitest/config';
import { builderManifest } from './scripts/builder-manifest.js';

export default defineConfig({
  // The builder's unit tests read the manifest as the built page does.
  plugins: [builderManifest()],
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // One Chromium at a time: the end-to-end files share a small machine with the servers.
    fileParallelism: false,
    // The suite's only time limits, there to stop a hung test, not to time a slow one: a busy
    // machine runs Chromium ten times slower than an idle one (CONTRIBUTING.md, "Tests").
    // `expect.poll` waits for a condition up to `poll.timeout`, then fails with its message.
    testTimeout: 300_000,
    hookTimeout: 600_000,
    expect: { poll: { timeout: 60_000, interval: 100 } },
  },
});
