// The package checks of `pnpm lint` must fail on a package whose exports are broken. The
// published SDK is copied to a temporary directory, once as is and once with its "." export
// pointing to files that do not exist, and scripts/check-packages.mjs runs on both.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

interface Manifest {
  dependencies: Record<string, string>;
  devDependencies?: Record<string, string>;
  scripts?: Record<string, string>;
  exports: Record<string, unknown>;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const work = mkdtempSync(join(tmpdir(), 'gcm-check-packages-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Copy the built SDK as `<work>/<variant>/packages/sdk`, with workspace ranges resolved. */
function copySdk(variant: string, edit: (pkg: Manifest) => void = () => {}) {
  const source = join(root, 'packages/sdk');
  const target = join(work, variant, 'packages/sdk');
  for (const entry of ['dist', 'src', 'README.md', 'LICENSE']) {
    cpSync(join(source, entry), join(target, entry), { recursive: true });
  }
  const pkg = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')) as Manifest;
  const contract = JSON.parse(readFileSync(join(root, 'packages/contract/package.json'), 'utf8'));
  pkg.dependencies['@gcm-practices/contract'] = `^${contract.version}`;
  delete pkg.devDependencies;
  delete pkg.scripts;
  edit(pkg);
  writeFileSync(join(target, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  return target;
}

function check(dir: string): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    execFile(
      'node',
      [join(root, 'scripts/check-packages.mjs'), dir],
      { cwd: root, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        done({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` });
      },
    );
  });
}

describe('scripts/check-packages.mjs', () => {
  it('passes the SDK as built and fails it with a broken "exports" entry', async () => {
    const good = copySdk('good');
    const broken = copySdk('broken', (pkg) => {
      pkg.exports['.'] = { types: './dist/missing.d.ts', default: './dist/missing.js' };
    });
    const [goodResult, brokenResult] = await Promise.all([check(good), check(broken)]);

    expect(goodResult.output).toContain('✔ @gcm-practices/sdk');
    expect(goodResult.code).toBe(0);

    expect(brokenResult.code).toBe(1);
    expect(brokenResult.output).toContain('✘ @gcm-practices/sdk');
    expect(brokenResult.output).toMatch(/publint:[\s\S]*dist\/missing/);
    expect(brokenResult.output).toMatch(/attw:[\s\S]*Resolution failed/);
  });
});
