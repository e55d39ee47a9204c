import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { builderManifest } from './scripts/builder-manifest.js';
import { embedBundle } from './scripts/embed-bundle.js';

const pages = [
  'index',
  'ngo/index',
  'ngo/submit',
  'ministry/index',
  'ar/index',
  'practice/index',
  'builder/index',
  'sdk/index',
  'review/index',
  'review/status',
];

export default defineConfig({
  plugins: [embedBundle(), builderManifest()],
  // Relative URLs: the built site works from any directory of any host.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    // Browsers the elements support all have modulepreload; partner pages get no extra script.
    modulePreload: { polyfill: false },
    rollupOptions: {
      onwarn(warning, warn) {
        // zod ships explanatory comments next to its @__PURE__ hints; Rollup only notes it drops them.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/zod/')) return;
        warn(warning);
      },
      output: {
        // The SDK, shared by the builder and the SDK examples, in a chunk named for it.
        manualChunks: (id) =>
          id.includes('/packages/sdk/') ||
          id.includes('/packages/contract/') ||
          id.includes('/zod/')
            ? 'sdk'
            : undefined,
      },
      input: Object.fromEntries(
        pages.map((page) => [
          page.replace(/\/index$/, ''),
          resolve(import.meta.dirname, `${page}.html`),
        ]),
      ),
    },
  },
  // Partner pages on other origins (and pasted snippets opened from disk) load the embed bundle.
  preview: { cors: { origin: '*' } },
});
