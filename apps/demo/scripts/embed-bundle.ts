import { cpSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build, type Plugin, type Rollup, type ViteDevServer } from 'vite';

const require = createRequire(import.meta.url);
/** The files a partner page needs first; the loader's chunks sit beside it in `chunks/`. */
const FILES = ['gcm-practices.js', 'gcm-practices.all.js', 'chunks/gcm-practices.js'];

const ELEMENTS_ROOT = dirname(require.resolve('@gcm-practices/elements/package.json'));
/** Where `@gcm-practices/elements` writes its CDN build: the loader, its chunks, the one-file build. */
const BUNDLE_DIR = join(ELEMENTS_ROOT, 'dist', 'cdn');

/** Fail with the command to run when the elements have not been built. */
function requireBundle(): void {
  for (const file of FILES) {
    if (!existsSync(join(BUNDLE_DIR, file))) {
      throw new Error(
        `${join(BUNDLE_DIR, file)} is missing: build the elements first ` +
          '(`pnpm turbo run build --filter=demo`, or `pnpm build`).',
      );
    }
  }
}

function copyBundle(publicDir: string): void {
  // Everything but Vite's build manifest, as a CDN would serve the folder.
  cpSync(BUNDLE_DIR, publicDir, {
    recursive: true,
    filter: (source) => !source.includes(`${join(BUNDLE_DIR, '.vite')}`),
  });
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
  let isBuild = false;
  return {
    name: 'gcm-demo-embed-bundle',
    configResolved(config) {
      publicDir = config.publicDir;
      isBuild = config.command === 'build';
    },
    buildStart() {
      // The dev server gets its copy from the watch build below.
      if (!isBuild) return;
      requireBundle();
      copyBundle(publicDir);
    },
    async configureServer(server) {
      const copy = () => {
        try {
          copyBundle(publicDir);
          return true;
        } catch (error) {
          server.config.logger.error(`embed bundle not copied: ${String(error)}`);
          return false;
        }
      };
      // Serve the last bundle, if there is one, until the watch build writes a fresh one.
      if (existsSync(join(BUNDLE_DIR, FILES[0] as string))) copy();
      // The element chunks and the loader; the one-file build is not served in dev.
      for (const mode of ['chunks', 'loader']) {
        const watcher = await build({
          root: ELEMENTS_ROOT,
          configFile: join(ELEMENTS_ROOT, 'vite.config.ts'),
          mode,
          logLevel: 'warn',
          build: { watch: {}, emptyOutDir: false },
        });
        if ('on' in watcher) watchBuild(watcher, server, copy);
      }
    },
  };
}

function watchBuild(
  watcher: Rollup.RollupWatcher,
  server: ViteDevServer,
  copy: () => boolean,
): void {
  watcher.on('event', (event) => {
    if (event.code === 'BUNDLE_END') {
      event.result.close();
      if (copy()) {
        server.config.logger.info('embed bundle rebuilt', { timestamp: true });
        server.ws.send({ type: 'full-reload' });
      }
    } else if (event.code === 'ERROR') {
      server.config.logger.error(`embed bundle: ${event.error.message}`, { timestamp: true });
    }
  });
  server.httpServer?.once('close', () => void watcher.close());
}
