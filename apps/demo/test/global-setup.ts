// Starts the real reference API (fresh SQLite database with the curated dataset) and serves
// the built demo with `vite preview`, both on free ports, for every end-to-end test file.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createReviewerToken, startServer } from 'api';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    apiUrl: string;
    siteUrl: string;
    /** Two reviewers' bearer tokens, made in the API's store as `token create` makes them. */
    reviewerTokens: string[];
  }
}

const root = join(import.meta.dirname, '..');

export default async function setup(project: TestProject) {
  if (
    !existsSync(join(root, 'dist/index.html')) ||
    !existsSync(join(root, 'dist/gcm-practices.js'))
  ) {
    throw new Error(
      'apps/demo/dist is missing or incomplete: run `pnpm --filter demo build` first (turbo does).',
    );
  }
  const site = await preview({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = site.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('vite preview has no port');
  const siteUrl = `http://127.0.0.1:${address.port}`;
  // The demo's pages may submit and review; a test fills the form faster than a person.
  const api = await startServer({
    port: 0,
    submissions: { origins: [siteUrl], minFillSeconds: 0 },
  });
  const reviewers = await Promise.all(
    ['Reviewer One', 'Reviewer Two'].map((name) =>
      createReviewerToken(api.store, name, 'reviewer'),
    ),
  );
  project.provide('apiUrl', api.url);
  project.provide('siteUrl', siteUrl);
  project.provide(
    'reviewerTokens',
    reviewers.map((r) => r.token),
  );
  return async () => {
    await site.close();
    await api.close();
  };
}
