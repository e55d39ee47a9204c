import { copyFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build, type Plugin } from 'vite';

const require = createRequire(import.meta.url);
const FILES = ['gcm-practices.js', 'gcm-practices.js.map'];

/** Where `@gcm-practices/elements` writes its one-file embed bundle. */
function bundleDir(): string {
  try {
    return dirname(require.resolve('@gcm-practices/elements/cdn'));
  } catch {
    throw new Error(
      'The embed bundle packages/elements/dist/cdn/gcm-practices.js is missing: build it with ' +
        '`pnpm turbo run build --filter=demo^...` (or `pnpm build`).',
    );
  }
}

function copyBundle(publicDir: string): void {
  const from = bundleDir();
  if (!existsSync(join(from, FILES[0] as string))) {
    throw new Error(
      `${join(from, FILES[0] as string)} is missing: build @gcm-practices/elements first.`,
    );
  }
  for (const file of FILES) {
    if (existsSync(join(from, file))) copyFileSync(join(from, file), join(publicDir, file));
  }
}

/**
 * The partner pages load the embed bundle the way a partner does: a plain
 * `<script type="module" src="/gcm-practices.js">` of the built file, never
 * through Vite's module graph. So the bundle is copied into the public
 * directory (git-ignored) and served and shipped as it is.
 *
 * Under `vite` (dev) the elements' embed build also runs in watch mode here, and
 * each rebuild reloads the open pages.
 */
export function embedBundle(): Plugin {
  let publicDir = '';
  return {
    name: 'gcm-demo-embed-bundle',
    configResolved(config) {
      publicDir = config.publicDir;
      if (config.command === 'build') copyBundle(publicDir);
    },
    async configureServer(server) {
      // The watch build below writes a fresh bundle soon; until then serve the last one, if any.
      try {
        copyBundle(publicDir);
      } catch {}
      const elementsRoot = dirname(require.resolve('@gcm-practices/elements/package.json'));
      const watcher = await build({
        root: elementsRoot,
        configFile: join(elementsRoot, 'vite.config.ts'),
        logLevel: 'warn',
        build: { watch: {} },
      });
      if (!('on' in watcher)) return;
      watcher.on('event', (event) => {
        if (event.code === 'BUNDLE_END') {
          event.result.close();
          copyBundle(publicDir);
          server.config.logger.info('embed bundle rebuilt', { timestamp: true });
          server.ws.send({ type: 'full-reload' });
        } else if (event.code === 'ERROR') {
          server.config.logger.error(`embed bundle: ${event.error.message}`, { timestamp: true });
        }
      });
      server.httpServer?.once('close', () => void watcher.close());
    },
  };
}
