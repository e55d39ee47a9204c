// Packs every public package as npm would publish it, installs the tarballs with plain npm in
// a fresh project outside the workspace, and uses them there: the SDK from strict TypeScript
// under Node, the elements through a bundler and from the one-file CDN bundle in Chromium,
// all against the reference API.
import { execFile } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type RunningServer, startServer } from 'api';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from './static-server.js';

const run = promisify(execFile);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const PUBLIC = ['contract', 'dataset', 'sdk', 'elements'];
// Versions a user on Node 20 would install beside the packages.
const TYPESCRIPT = '5.9.3';
const ESBUILD = '0.25.12';
const TYPES_NODE = '20.19.43';
// What `create-vite`'s react-ts and vue-ts templates install.
const HOST_PACKAGES = [
  'react@19.3.1',
  'react-dom@19.3.1',
  '@types/react@19.3.3',
  '@types/react-dom@19.3.0',
  'vue@3.5.45',
  'vue-tsc@3.3.14',
  'vite@7.3.8',
];
const examples = join(root, 'apps/examples');

let work: string;
let project: string;
let api: RunningServer;
let site: StaticServer;
let browser: Browser;
let objective10Titles: string[];

async function sh(file: string, args: string[], cwd: string) {
  try {
    return await run(file, args, { cwd, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${file} ${args.join(' ')} failed in ${cwd}:\n${stdout}\n${stderr}`);
  }
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'gcm-pack-install-'));
  const tarballs = join(work, 'tarballs');
  project = join(work, 'project');
  mkdirSync(tarballs);
  mkdirSync(project);

  // `pnpm pack` rewrites workspace:^ ranges to the real versions, as publishing does.
  await Promise.all(
    PUBLIC.map((name) =>
      sh('pnpm', ['pack', '--pack-destination', tarballs], join(root, 'packages', name)),
    ),
  );
  const files = readdirSync(tarballs).filter((file) => file.endsWith('.tgz'));
  expect(files).toHaveLength(PUBLIC.length);

  writeFileSync(
    join(project, 'package.json'),
    `${JSON.stringify({ name: 'partner-site', private: true, type: 'module' }, null, 2)}\n`,
  );
  // The tarballs depend on each other: one install, all together.
  await sh(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      ...files.map((file) => join(tarballs, file)),
      `typescript@${TYPESCRIPT}`,
      `esbuild@${ESBUILD}`,
      `@types/node@${TYPES_NODE}`,
      ...HOST_PACKAGES,
    ],
    project,
  );

  api = await startServer({ port: 0 });
  const response = await fetch(`${api.url}/v1/practices?objective=10&pageSize=100`);
  const body = (await response.json()) as { data: { title: string }[] };
  objective10Titles = body.data.map((practice) => practice.title);
  expect(objective10Titles.length).toBeGreaterThan(0);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await api?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the installed elements in Node (a server rendering or a test runner)', () => {
  it('imports every entry without throwing', async () => {
    const entries = ['', '/define', '/define/practices', '/cdn', '/cdn/all'];
    const script = `for (const entry of ${JSON.stringify(entries)}) {
  await import('@gcm-practices/elements' + entry);
}
console.log('imported');`;
    const { stdout } = await sh('node', ['--input-type=module', '-e', script], project);
    expect(stdout.trim()).toBe('imported');
  });
});

describe('a fresh Vite app with the installed elements', () => {
  // The example apps' sources and TypeScript settings, as `create-vite` writes them plus the
  // one `types` line the README asks for: no declaration of our own anywhere.
  function app(name: 'react' | 'vue') {
    const dir = join(project, `${name}-app`);
    cpSync(join(examples, name, 'src'), join(dir, 'src'), { recursive: true });
    cpSync(join(examples, name, 'tsconfig.app.json'), join(dir, 'tsconfig.app.json'));
    return dir;
  }

  it('React 19 + TypeScript: the JSX typechecks, and a wrong property type fails it', async () => {
    const dir = app('react');
    const tsc = join(project, 'node_modules/.bin/tsc');
    await sh(tsc, ['-p', 'tsconfig.app.json'], dir);
    const source = readFileSync(join(dir, 'src/App.tsx'), 'utf8');
    writeFileSync(join(dir, 'src/App.tsx'), source.replace('pageSize={6}', 'pageSize="6"'));
    await expect(sh(tsc, ['-p', 'tsconfig.app.json'], dir)).rejects.toThrow(
      /not assignable to type 'number'/,
    );
  });

  it('Vue 3 + vue-tsc with strictTemplates: the template typechecks, and a wrong prop fails it', async () => {
    const dir = app('vue');
    const vueTsc = join(project, 'node_modules/.bin/vue-tsc');
    await sh(vueTsc, ['-p', 'tsconfig.app.json'], dir);
    const source = readFileSync(join(dir, 'src/App.vue'), 'utf8');
    writeFileSync(join(dir, 'src/App.vue'), source.replace(':practice="chosen"', ':practice="42"'));
    await expect(sh(vueTsc, ['-p', 'tsconfig.app.json'], dir)).rejects.toThrow(
      /'number' is not assignable/,
    );
  });
});

describe('the installed SDK', () => {
  it('typechecks under strict nodenext TypeScript and returns real data', async () => {
    writeFileSync(
      join(project, 'use-sdk.ts'),
      `import { type Practice, createClient, isApiError } from '@gcm-practices/sdk';

const client = createClient({ baseUrl: process.argv[2] as string });
const page = await client.practices.list({ objective: [10], pageSize: 100 });
const titles: string[] = page.data.map((practice: Practice) => practice.title);
const objective = await client.objectives.get(10);

let invalid: { status: number; title: string | undefined } | undefined;
try {
  await client.practices.list({ objective: [24] });
} catch (error) {
  if (!isApiError(error)) throw error;
  invalid = { status: error.status, title: error.problem.title };
}
console.log(JSON.stringify({ total: page.meta.total, titles, objective: objective.number, invalid }));
`,
    );
    await sh(
      join(project, 'node_modules/.bin/tsc'),
      [
        '--strict',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--target',
        'es2022',
        '--types',
        'node',
        '--outDir',
        'out',
        'use-sdk.ts',
      ],
      project,
    );
    const { stdout } = await sh('node', ['out/use-sdk.js', api.url], project);
    const result = JSON.parse(stdout) as {
      total: number;
      titles: string[];
      objective: number;
      invalid?: { status: number; title?: string };
    };
    expect(result.total).toBe(objective10Titles.length);
    expect(result.titles).toEqual(objective10Titles);
    expect(result.objective).toBe(10);
    expect(result.invalid?.status).toBe(400);
  });
});

describe('the installed elements in Chromium', () => {
  beforeAll(async () => {
    const publicDir = join(project, 'public');
    mkdirSync(publicDir);
    // (b) through a bundler, as a developer's build would.
    writeFileSync(join(project, 'main.js'), `import '@gcm-practices/elements/define';\n`);
    await sh(
      join(project, 'node_modules/.bin/esbuild'),
      ['main.js', '--bundle', '--format=esm', '--target=es2022', '--outfile=public/main.js'],
      project,
    );
    writeFileSync(join(publicDir, 'bundled.html'), page('<script type="module" src="/main.js">'));
    // (c) the CDN folder from the package, hosted under a path of the partner's own choosing:
    // the loader, which fetches each element's chunk from beside itself, and the one-file build.
    cpSync(
      join(project, 'node_modules/@gcm-practices/elements/dist/cdn'),
      join(publicDir, 'assets/gcm'),
      { recursive: true },
    );
    writeFileSync(
      join(publicDir, 'cdn.html'),
      page('<script type="module" src="/assets/gcm/gcm-practices.js">'),
    );
    writeFileSync(
      join(publicDir, 'cdn-all.html'),
      page('<script type="module" src="/assets/gcm/gcm-practices.all.js">'),
    );
    site = await serveStatic(publicDir);
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--headless=new',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });

  function page(script: string) {
    return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Partner site</title>${script}</script></head>
  <body><gcm-practices api="${api.url}" objective="10" page-size="6"></gcm-practices></body>
</html>
`;
  }

  for (const file of ['bundled.html', 'cdn.html', 'cdn-all.html']) {
    it(`renders practice cards with real data (${file})`, async () => {
      const tab = await browser.newPage();
      // Waits end on their condition; a minute without it is a failure, whatever the load.
      tab.setDefaultTimeout(60_000);
      const errors: string[] = [];
      tab.on('pageerror', (error) => errors.push(error.message));
      try {
        await tab.goto(`${site.url}/${file}`);
        const handle = await tab.waitForFunction(() => {
          const host = document.querySelector('gcm-practices');
          const cards = [...(host?.shadowRoot?.querySelectorAll('gcm-practice-card') ?? [])];
          const texts = cards.map((card) => card.shadowRoot?.textContent ?? '');
          return texts.length > 0 && texts.every((text) => text.trim() !== '') ? texts : null;
        });
        const texts = (await handle.jsonValue()) as string[];
        expect(texts.length).toBe(Math.min(6, objective10Titles.length));
        for (const text of texts) {
          expect(objective10Titles.some((title) => text.includes(title))).toBe(true);
        }
        expect(errors).toEqual([]);
      } finally {
        await tab.close();
      }
    });
  }
});
