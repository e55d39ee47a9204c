import { existsSync, readdirSync, readFileSync } from 'node:fs';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { minify } from 'terser';
import { defineConfig, type Plugin, transformWithEsbuild, type UserConfig } from 'vite';
import { defineModuleOf, ELEMENT_TAGS } from './src/elements.js';

/**
 * The CDN build, in `dist/cdn/`, made by three passes (`vite build --mode …`):
 *
 * - `chunks`: one entry per element of `src/elements.ts`, `chunks/<tag>.js`,
 *   with what they share (Lit, the SDK, zod/mini) and each language's strings
 *   in chunks of their own, so a page downloads what it shows;
 * - `loader`: `gcm-practices.js`, the script tag, which imports
 *   `chunks/<tag>.js` for each tag the page uses. Built on its own so it shares
 *   no module with the chunks (a shared module would make every chunk import
 *   the loader back);
 * - `all`: `gcm-practices.all.js`, every element and language in one file.
 *
 * `GCM_DEFAULT_API` sets the API used when a page names none.
 */

/**
 * Vite leaves whitespace unminified in ES library builds (to keep `@__PURE__`
 * hints for downstream bundlers). These files are final, so minify them fully:
 * esbuild lowers the syntax to ES2022 and minifies, then terser compresses its
 * output again. On the one-file build that is about 1.3 KB gzip smaller than
 * esbuild alone, and 64 bytes smaller than terser alone.
 */
function minifyFinalChunk(): Plugin {
  return {
    name: 'gcm-minify-final-chunk',
    apply: 'build',
    enforce: 'post',
    async renderChunk(code, chunk) {
      const lowered = await transformWithEsbuild(code, chunk.fileName, {
        minify: true,
        charset: 'utf8',
        target: 'es2022',
        format: 'esm',
        legalComments: 'none',
        sourcemap: true,
      });
      const result = await minify(lowered.code, {
        module: true,
        compress: { passes: 2 },
        mangle: true,
        // Module scripts are always decoded as UTF-8; escaping Arabic as \uXXXX triples its size.
        format: { comments: false, ascii_only: false },
        sourceMap: { content: JSON.stringify(lowered.map) },
      });
      if (result.code === undefined)
        throw new Error(`terser returned no code for ${chunk.fileName}`);
      return { code: result.code, map: result.map as string };
    },
  };
}

type Pass = 'chunks' | 'loader' | 'all';

/**
 * For the loader: the chunks each element's chunk imports, read from the
 * manifest the `chunks` pass wrote, so it can request them all at once.
 */
function chunkImports(): Record<string, string[]> {
  const path = new URL('./dist/cdn/.vite/manifest.json', import.meta.url);
  if (!existsSync(path)) throw new Error('build the chunks first: vite build --mode chunks');
  const manifest: Record<
    string,
    { file: string; name?: string; isEntry?: boolean; imports?: string[] }
  > = JSON.parse(readFileSync(path, 'utf8'));
  const closure = (key: string, into: Set<string>): Set<string> => {
    for (const dep of manifest[key]?.imports ?? []) {
      const file = manifest[dep]?.file;
      if (file && !into.has(file)) closure(dep, into.add(file));
    }
    return into;
  };
  return Object.fromEntries(
    Object.entries(manifest)
      .filter(([, entry]) => entry.isEntry && entry.name)
      .map(([key, entry]) => [entry.name as string, [...closure(key, new Set())].sort()]),
  );
}

/** Every `src/define/<name>.ts` must be listed in `src/elements.ts`, or the loader could never load it. */
function checkElementList(): void {
  const listed = new Set<string>(ELEMENT_TAGS.map(defineModuleOf));
  for (const file of readdirSync(new URL('./src/define/', import.meta.url))) {
    if (file.endsWith('.ts') && !listed.has(file)) {
      throw new Error(
        `src/define/${file} is not in ELEMENT_TAGS (src/elements.ts): add 'gcm-${file.slice(0, -3)}' there.`,
      );
    }
  }
}

/** Where each pass starts, and how its output is named. */
function passOptions(pass: Pass): NonNullable<UserConfig['build']> {
  switch (pass) {
    case 'chunks':
      return {
        emptyOutDir: true,
        // dist/cdn/.vite/manifest.json: the files each element needs, read by the size test and bench.
        manifest: true,
        lib: {
          entry: Object.fromEntries(
            ELEMENT_TAGS.map((tag) => [tag, `src/define/${defineModuleOf(tag)}`]),
          ),
          formats: ['es'],
        },
        rollupOptions: {
          output: {
            entryFileNames: 'chunks/[name].js',
            chunkFileNames: 'chunks/[name]-[hash].js',
          },
        },
      };
    case 'loader':
      return {
        emptyOutDir: false,
        lib: { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'gcm-practices.js' },
      };
    case 'all':
      return {
        emptyOutDir: false,
        lib: { entry: 'src/cdn-all.ts', formats: ['es'], fileName: () => 'gcm-practices.all.js' },
        rollupOptions: { output: { inlineDynamicImports: true } },
      };
  }
}

export default defineConfig(({ mode }) => {
  const pass = (['chunks', 'loader', 'all'] as const).find((p) => p === mode);
  if (!pass) throw new Error(`build with --mode chunks, loader or all (got "${mode}")`);
  checkElementList();
  const own = passOptions(pass);
  return {
    plugins: [
      // Lit's maintained minifier for the markup and CSS inside our `html` and `css` templates
      // (html-minifier-next, lightningcss), which no JS minifier touches. It replaced a home-made
      // whitespace collapser, and is 80–100 bytes gzip smaller on every page.
      minifyHtmlLiterals({
        failOnError: true,
        filter: (id) => /[\\/]elements[\\/]src[\\/].+\.ts$/.test(id),
      }) as Plugin,
      minifyFinalChunk(),
    ],
    define: {
      __GCM_DEFAULT_API__: JSON.stringify(process.env.GCM_DEFAULT_API ?? 'http://127.0.0.1:8787'),
      ...(pass === 'loader' && {
        __GCM_CHUNK_IMPORTS__: JSON.stringify(process.env.GCM_NO_PRELOAD ? {} : chunkImports()),
      }),
    },
    // Standard decorators: esbuild must lower them (Vite's default target would leave them as-is).
    esbuild: { target: 'es2022', legalComments: 'none' },
    build: {
      ...own,
      // Lowering to ES2022 and minifying happen in minifyFinalChunk; Vite's own pass would undo the whitespace.
      target: 'esnext',
      outDir: 'dist/cdn',
      copyPublicDir: false,
      sourcemap: true,
      minify: false,
      rollupOptions: {
        ...own.rollupOptions,
        // No plugin marks the contract's schema constants pure any more: with shared chunks it
        // saved 137 bytes gzip on a page (0.3 %), too little for a custom AST rewrite, and
        // Rollup's own `manualPureFunctions: ['z']` saves nothing here (measured).
        treeshake: {
          // @lit/localize declares no `sideEffects`, so its whole runtime (configureLocalization,
          // the localized decorator) would stay in the bundle; the elements import only `str`.
          moduleSideEffects: (id) => !id.includes('/@lit/localize/'),
        },
        onwarn(warning, warn) {
          // zod ships explanatory comments next to its @__PURE__ hints; Rollup only notes it drops them.
          if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/zod/')) return;
          warn(warning);
        },
      },
    },
  };
});
