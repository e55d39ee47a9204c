// `pnpm start` (and `pnpm dev` with --dev): build what the demo needs, run the reference API
// and the demo site with their request logs at `warn`, print both addresses once both answer,
// and stop both on Ctrl-C.
//
// The servers are started directly, not through `pnpm run` or `turbo run`: a package manager
// between the terminal and a server turns every Ctrl-C into "Command failed" lines. In a
// terminal, Ctrl-C is read as a key (raw mode) so only this script decides how to stop.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');

// Settings of the API's own (apps/api/README.md); this script is not a Turborepo task.
const { PORT, LOG_LEVEL, SUBMISSION_ORIGINS } = process.env;
const DEMO_URL = 'http://127.0.0.1:5173';
const apiPort = PORT || '8787';
const apiUrl = `http://127.0.0.1:${apiPort}`;

/** The JavaScript file behind a package's command-line tool, run with this Node. */
function binOf(fromPackage, name, command = name) {
  const require = createRequire(join(root, fromPackage, 'package.json'));
  const manifestPath = require.resolve(`${name}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifestPath, 'utf8'));
  return join(dirname(manifestPath), typeof bin === 'string' ? bin : bin[command]);
}

/** Run to completion with the output held back; show it only if the command fails. */
function quietly(args) {
  return new Promise((resolve, reject) => {
    const child = track(
      spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] }),
    );
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (stopping) return;
      if (code === 0) resolve();
      else {
        process.stderr.write(Buffer.concat(output));
        reject(new Error(`the build failed (exit code ${code})`));
      }
    });
  });
}

const children = new Set();
let stopping = false;
let stopExitCode = 0;

/** Every child is stopped with this script; once stopping, the last one to exit ends it. */
function track(child) {
  children.add(child);
  child.on('exit', () => {
    children.delete(child);
    if (stopping && children.size === 0) process.exit(stopExitCode);
  });
  return child;
}

/**
 * A long-running server: its output passes through; an early exit stops everything. With
 * `quietOnStop`, output after Ctrl-C is dropped: Vite's dev server reports the work it
 * abandons on the way out (a dependency scan still running) as errors.
 */
function serve(name, cwd, args, { env = {}, quietOnStop = false } = {}) {
  const child = spawn(process.execPath, args, {
    cwd: join(root, cwd),
    // Piped output keeps its colours when this script's output is a terminal.
    env: {
      ...process.env,
      ...(quietOnStop && process.stdout.isTTY && { FORCE_COLOR: '1' }),
      ...env,
    },
    stdio: ['ignore', quietOnStop ? 'pipe' : 'inherit', quietOnStop ? 'pipe' : 'inherit'],
  });
  if (quietOnStop) {
    child.stdout.on('data', (chunk) => stopping || process.stdout.write(chunk));
    child.stderr.on('data', (chunk) => stopping || process.stderr.write(chunk));
  }
  child.on('exit', (code, signal) => {
    if (stopping) return;
    process.stderr.write(`\n${name} stopped unexpectedly (${signal ?? `exit code ${code}`}).\n`);
    stop(1);
  });
  return track(child);
}

function stop(exitCode = 0) {
  if (stopping) {
    // A second Ctrl-C: do not wait for requests in flight.
    for (const child of children) child.kill('SIGKILL');
    process.exit(exitCode || 1);
  }
  stopping = true;
  stopExitCode = exitCode;
  if (process.stdin.isTTY) process.stdin.setRawMode(false);
  if (children.size === 0) process.exit(exitCode);
  process.stdout.write('\nStopping…\n');
  for (const child of children) child.kill('SIGTERM');
}

function listenForStop() {
  process.on('SIGINT', () => stop());
  process.on('SIGTERM', () => stop());
  process.on('SIGHUP', () => stop());
  if (process.stdin.isTTY) {
    process.stdin.setRawMode(true);
    process.stdin.on('data', (key) => {
      // Ctrl-C, Ctrl-D or q
      if (key.includes(0x03) || key.includes(0x04) || key.toString() === 'q') stop();
    });
  }
}

/** Resolve once `url` answers 200 and `ok` accepts the response; keep asking until then. */
async function answered(url, ok = () => true) {
  for (;;) {
    if (stopping) return;
    try {
      const response = await fetch(url);
      if (response.status === 200 && (await ok(response))) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function main() {
  listenForStop();
  const started = performance.now();
  process.stdout.write(
    'Building the packages the demo needs (a few seconds once cached, longer the first time)…\n',
  );
  // `pnpm dev` builds the demo's dependencies only: its dev server and `tsx watch` take the rest.
  const filters = dev ? ['--filter=demo^...'] : ['--filter=api', '--filter=demo'];
  await quietly([binOf('.', 'turbo'), 'run', 'build', ...filters, '--no-update-notifier']);
  if (stopping) return;

  // The demo's form and review pages write to the API: allow their origin unless told otherwise.
  const quiet = {
    LOG_LEVEL: LOG_LEVEL || 'warn',
    SUBMISSION_ORIGINS: SUBMISSION_ORIGINS ?? DEMO_URL,
  };
  const vite = binOf('apps/demo', 'vite');
  const demoFlags = ['--host', '127.0.0.1', '--port', '5173', '--strictPort', '--logLevel', 'warn'];
  if (dev) {
    serve(
      'The API (tsx watch)',
      'apps/api',
      [binOf('apps/api', 'tsx'), 'watch', '--clear-screen=false', 'src/server.ts'],
      { env: quiet },
    );
    serve('The demo (vite)', 'apps/demo', [vite, ...demoFlags], { quietOnStop: true });
  } else {
    serve('The API', 'apps/api', ['dist/server.js'], { env: quiet });
    serve('The demo (vite preview)', 'apps/demo', [vite, 'preview', ...demoFlags]);
  }

  await Promise.all([
    answered(`${apiUrl}/healthz`, async (response) => (await response.json()).practices > 0),
    answered(`${DEMO_URL}/`),
  ]);
  if (stopping) return;
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const demo =
    apiPort === '8787' ? `${DEMO_URL}/` : `${DEMO_URL}/?api=${encodeURIComponent(apiUrl)}`;
  process.stdout.write(
    [
      '',
      `The GCM Practices kit is running${dev ? ', reloading on change' : ''} (ready in ${seconds} s):`,
      '',
      `  Demo  ${demo}`,
      `  API   ${apiUrl}/v1/practices?objective=10`,
      '',
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
}

main().catch((error) => {
  process.stderr.write(`\npnpm ${dev ? 'dev' : 'start'}: ${error.message}\n`);
  stop(1);
});
