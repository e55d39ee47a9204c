#!/usr/bin/env node
// Checks every public package the way a user will receive it: its metadata, what `npm pack`
// puts in the tarball, publint (strict) and Are the Types Wrong (ESM-only profile).
// Run after a build: `pnpm lint` builds the packages first.
//
//   node scripts/check-packages.mjs              # the four public packages
//   node scripts/check-packages.mjs <dir> ...    # given package directories
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

export const PUBLIC_PACKAGES = ['contract', 'dataset', 'sdk', 'elements'].map((name) =>
  join(root, 'packages', name),
);
const REPOSITORY_URL = 'git+https://github.com/gcm-practices/gcm-practices-kit.git';

async function exec(file, args, cwd) {
  try {
    const { stdout, stderr } = await run(file, args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    return { ok: true, stdout, output: `${stdout}${stderr}` };
  } catch (error) {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`;
    return { ok: false, stdout: error.stdout ?? '', output: output || String(error) };
  }
}

function checkMetadata(pkg, dir) {
  const problems = [];
  const need = (condition, message) => {
    if (!condition) problems.push(message);
  };
  const name = dir.split(/[\\/]/).pop();
  need(pkg.private !== true, 'is private');
  need(pkg.license === 'MIT', '"license" is not "MIT"');
  need(typeof pkg.author === 'string' && pkg.author.length > 0, 'no "author"');
  need(typeof pkg.description === 'string' && pkg.description.length > 0, 'no "description"');
  need(pkg.type === 'module', '"type" is not "module"');
  need(pkg.exports?.['.'] !== undefined, 'no "exports" entry for "."');
  need(pkg.repository?.type === 'git', '"repository.type" is not "git"');
  need(pkg.repository?.url === REPOSITORY_URL, `"repository.url" is not ${REPOSITORY_URL}`);
  need(
    pkg.repository?.directory === `packages/${name}`,
    `"repository.directory" is not "packages/${name}"`,
  );
  need(typeof pkg.homepage === 'string' && pkg.homepage.startsWith('https://'), 'no "homepage"');
  need(typeof pkg.bugs?.url === 'string', 'no "bugs.url"');
  need(Array.isArray(pkg.keywords) && pkg.keywords.length > 0, 'no "keywords"');
  need(/^>=\s*20/.test(pkg.engines?.node ?? ''), '"engines.node" is not ">=20…"');
  need(pkg.publishConfig?.access === 'public', '"publishConfig.access" is not "public"');
  need(pkg.publishConfig?.provenance === true, '"publishConfig.provenance" is not true');
  return problems;
}

/** What `npm pack` would publish: required files present, nothing a user does not need. */
async function checkTarball(dir) {
  const result = await exec('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], dir);
  if (!result.ok) return { problems: [`npm pack failed:\n${result.output}`] };
  const [report] = JSON.parse(result.stdout);
  const files = new Set(report.files.map((file) => file.path));
  const problems = [];
  for (const required of ['package.json', 'README.md', 'LICENSE']) {
    if (!files.has(required)) problems.push(`tarball has no ${required}`);
  }
  for (const file of files) {
    if (
      /(^|\/)(test|tests|__tests__|bench)\//.test(file) ||
      /\.(test|spec)\.[cm]?[jt]sx?$/.test(file)
    ) {
      problems.push(`tarball ships a test or benchmark file: ${file}`);
    }
    if (/(^|\/)tsconfig[^/]*\.json$|\.tsbuildinfo$/.test(file)) {
      problems.push(`tarball ships build configuration: ${file}`);
    }
  }
  // A source map must lead to sources the tarball ships, or embed them.
  for (const file of files) {
    if (!file.endsWith('.map')) continue;
    const map = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    map.sources.forEach((source, index) => {
      if (map.sourcesContent?.[index] != null) return;
      const target = posix.normalize(posix.join(posix.dirname(file), map.sourceRoot ?? '', source));
      if (!files.has(target)) problems.push(`${file} points to ${source}, which is not shipped`);
    });
  }
  return {
    problems,
    size: report.size,
    unpackedSize: report.unpackedSize,
    entryCount: report.entryCount,
  };
}

export async function checkPackage(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const [tarball, publint, attw] = await Promise.all([
    checkTarball(dir),
    exec(bin('publint'), ['--strict'], dir),
    exec(bin('attw'), ['--pack', '.', '--profile', 'esm-only', '--format', 'ascii'], dir),
  ]);
  const problems = [...checkMetadata(pkg, dir), ...tarball.problems];
  if (!publint.ok) problems.push(`publint:\n${publint.output.trim()}`);
  if (!attw.ok) problems.push(`attw:\n${attw.output.trim()}`);
  return { name: pkg.name, dir, problems, tarball };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

async function main() {
  const args = process.argv.slice(2);
  const dirs = args.length > 0 ? args.map((dir) => resolve(dir)) : PUBLIC_PACKAGES;
  for (const dir of dirs) {
    if (!existsSync(join(dir, 'package.json'))) {
      console.error(`${relative(root, dir) || dir}: no package.json`);
      process.exit(2);
    }
  }
  const results = await Promise.all(dirs.map(checkPackage));
  let failed = false;
  for (const { name, problems, tarball } of results) {
    if (problems.length === 0) {
      console.log(
        `✔ ${name}: metadata, tarball, publint, attw (esm-only) clean — ` +
          `${kb(tarball.size)} packed, ${kb(tarball.unpackedSize)} unpacked, ${tarball.entryCount} files`,
      );
    } else {
      failed = true;
      console.error(`✘ ${name}:`);
      for (const problem of problems) console.error(`  - ${problem.replaceAll('\n', '\n    ')}`);
    }
  }
  if (failed) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
