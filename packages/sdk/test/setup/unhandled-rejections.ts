import { afterAll, afterEach, expect } from 'vitest';

/**
 * Every failure must reach the caller's promise: a rejection nobody handles
 * (a shared request whose callers all left, a retried response body) fails
 * the test that caused it.
 */
const unhandled: unknown[] = [];
const record = (reason: unknown) => {
  unhandled.push(reason);
};
process.on('unhandledRejection', record);

afterEach(async () => {
  // Let rejections of the test's last microtasks and timers surface first.
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(unhandled, 'unhandled rejections').toEqual([]);
});

afterAll(() => {
  process.off('unhandledRejection', record);
});
