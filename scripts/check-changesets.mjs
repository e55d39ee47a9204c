#!/usr/bin/env node
// Fails when a published package changed since a base ref without a changeset naming it.
//
//   node scripts/check-changesets.mjs --since=origin/main
//   CHANGESET_BASE=origin/main node scripts/check-changesets.mjs
//
// In a pull request on GitHub Actions the base is origin/$GITHUB_BASE_REF. Without a base
// (a fresh clone with no remote, a push build) the check is skipped with a message.
// Changes counted: anything under a public package except tests, benchmarks and markdown.
// Changesets counted: files added under .changeset/ since the base, committed or not.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const lines = (text) => text.split('\n').filter(Boolean);

const PUBLIC = ['contract', 'dataset', 'sdk', 'elements'];
const IGNORED = [/\/(test|tests|bench)\//, /\.(test|spec)\.[cm]?[jt]sx?$/, /\.md$/];

const arg = process.argv.slice(2).find((a) => a.startsWith('--since='));
const base =
  arg?.slice('--since='.length) ||
  process.env.CHANGESET_BASE ||
  (process.env.GITHUB_BASE_REF ? `origin/${process.env.GITHUB_BASE_REF}` : '');

if (!base) {
  console.log(
    'check-changesets: skipped, no base ref given (pass --since=<ref> or set CHANGESET_BASE).',
  );
  process.exit(0);
}
let mergeBase;
try {
  mergeBase = git('merge-base', base, 'HEAD');
} catch {
  console.error(`check-changesets: base ref "${base}" is not known to git (fetch it first).`);
  process.exit(2);
}

// Committed changes since the base, plus uncommitted and untracked ones in the working tree.
const changed = new Set([
  ...lines(git('diff', '--name-only', mergeBase)),
  ...lines(git('ls-files', '--others', '--exclude-standard')),
]);
const names = Object.fromEntries(
  PUBLIC.map((dir) => [
    dir,
    JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')).name,
  ]),
);

const changedPackages = new Map();
for (const file of changed) {
  const match = /^packages\/([^/]+)\//.exec(file);
  if (!match || !(match[1] in names) || IGNORED.some((re) => re.test(file))) continue;
  const name = names[match[1]];
  if (!changedPackages.has(name)) changedPackages.set(name, []);
  changedPackages.get(name).push(file);
}

const covered = new Set();
const changesets = [...changed].filter(
  (file) => /^\.changeset\/[^/]+\.md$/.test(file) && file !== '.changeset/README.md',
);
for (const file of changesets) {
  let text;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch {
    continue; // deleted since the base (consumed by a version bump)
  }
  const front = /^---\s*\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  for (const match of front.matchAll(/^\s*["']?([^"':\s]+)["']?\s*:\s*(major|minor|patch)\s*$/gm)) {
    covered.add(match[1]);
  }
}

const missing = [...changedPackages].filter(([name]) => !covered.has(name));
console.log(
  `check-changesets: since ${base} (${mergeBase.slice(0, 8)}): ` +
    `${changedPackages.size} public package(s) changed, ${changesets.length} changeset(s) added.`,
);
if (missing.length > 0) {
  for (const [name, files] of missing) {
    console.error(`✘ ${name} changed without a changeset:`);
    for (const file of files.slice(0, 10)) console.error(`    ${file}`);
    if (files.length > 10) console.error(`    … and ${files.length - 10} more`);
  }
  console.error('Run `pnpm changeset`, describe the change for users, and commit the file.');
  process.exit(1);
}
for (const name of changedPackages.keys()) console.log(`✔ ${name} has a changeset`);
