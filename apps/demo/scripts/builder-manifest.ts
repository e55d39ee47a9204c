import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import { builderSubset } from '../src/builder/manifest-subset.js';

/**
 * Loads `@gcm-practices/elements/custom-elements.json` as the part the embed builder reads
 * (`src/builder/manifest-subset.ts`), so the page ships the attributes' documentation and not
 * the whole manifest. Vite's JSON plugin then turns it into a module as usual.
 */
export function builderManifest(): Plugin {
  return {
    name: 'gcm-builder-manifest',
    enforce: 'pre',
    async load(id) {
      if (!id.endsWith('/custom-elements.json')) return null;
      this.addWatchFile(id);
      return JSON.stringify(builderSubset(JSON.parse(await readFile(id, 'utf8'))));
    },
  };
}
