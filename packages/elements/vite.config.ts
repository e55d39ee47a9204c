import { defineConfig, type Plugin, transformWithEsbuild } from 'vite';
import { minifyTemplatesPlugin } from './scripts/minify-templates.js';
import { pureContractSchemas } from './scripts/pure-schemas.js';

/**
 * The embed bundle: one minified ES module with Lit, the SDK, ky, zod/mini and
 * all four locales inside, so a partner page needs a single script tag.
 * `GCM_DEFAULT_API` sets the API used when a page names none.
 */
/**
 * Vite leaves whitespace unminified in ES library builds (to keep `@__PURE__`
 * hints for downstream bundlers). The embed bundle is final, so minify it fully.
 */
function minifyFinalChunk(): Plugin {
  return {
    name: 'gcm-minify-final-chunk',
    apply: 'build',
    enforce: 'post',
    async renderChunk(code, chunk) {
      const result = await transformWithEsbuild(code, chunk.fileName, {
        minify: true,
        target: 'es2022',
        format: 'esm',
        legalComments: 'none',
        // Module scripts are always decoded as UTF-8; escaping Arabic as \uXXXX triples its size.
        charset: 'utf8',
        sourcemap: true,
      });
      return { code: result.code, map: result.map };
    },
  };
}

export default defineConfig({
  plugins: [minifyTemplatesPlugin(), pureContractSchemas(), minifyFinalChunk()],
  define: {
    __GCM_DEFAULT_API__: JSON.stringify(process.env.GCM_DEFAULT_API ?? 'http://127.0.0.1:8787'),
  },
  // Standard decorators: esbuild must lower them (Vite's default target would leave them as-is).
  esbuild: { target: 'es2022', legalComments: 'none' },
  build: {
    // Lowering to ES2022 and minifying happen in minifyFinalChunk; Vite's own pass would undo the whitespace.
    target: 'esnext',
    outDir: 'dist/cdn',
    emptyOutDir: true,
    copyPublicDir: false,
    sourcemap: true,
    minify: false,
    lib: {
      entry: 'src/cdn.ts',
      formats: ['es'],
      fileName: () => 'gcm-practices.js',
    },
    rollupOptions: {
      output: { inlineDynamicImports: true },
      onwarn(warning, warn) {
        // zod ships explanatory comments next to its @__PURE__ hints; Rollup only notes it drops them.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/zod/')) return;
        warn(warning);
      },
    },
  },
});
