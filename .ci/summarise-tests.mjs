// Adds up the test counts the workspace's runners printed (vitest and web-test-runner)
// into one closing line, so a run that executed no test is visible at a glance, and names
// the tasks Turbo reports as failed.
import { readFileSync } from 'node:fs';

const text = readFileSync(process.argv[2], 'utf8').replace(
  new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'),
  '',
);
let passed = 0;
let failed = 0;
let skipped = 0;

for (const line of text.split('\n')) {
  const vitest = line.match(/^\S*\s*Tests\s+(.*)\(\d+\)\s*$/);
  if (vitest) {
    const body = vitest[1];
    passed += Number(body.match(/(\d+) passed/)?.[1] ?? 0);
    failed += Number(body.match(/(\d+) failed/)?.[1] ?? 0);
    skipped += Number(body.match(/(\d+) skipped/)?.[1] ?? 0);
  }
}
// web-test-runner redraws its progress line; its last "Finished" report per package counts.
const wtrFinals = new Map();
for (const match of text.matchAll(/^(\S+):test: .*\| (\d+) passed, (\d+) failed/gm)) {
  wtrFinals.set(match[1], { passed: Number(match[2]), failed: Number(match[3]) });
}
for (const { passed: p, failed: f } of wtrFinals.values()) {
  passed += p;
  failed += f;
}
// Turbo names the tasks that failed, including any that failed before counting a test.
const failedTasks = text.match(/^\s*Failed:\s+(.+)$/m)?.[1].trim();
console.log(
  `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}` +
    (failedTasks ? ` (failed tasks: ${failedTasks})` : ''),
);
