import * as z from 'zod/mini';

/*
 * Partner pages may serve a strict Content-Security-Policy without
 * 'unsafe-eval'. zod speeds up object parsing by compiling a parser with
 * `new Function` when a schema is defined; under such a policy the attempt is
 * blocked and, although zod catches it and falls back, the browser reports a
 * CSP violation (console errors, report-uri noise) on every page the SDK runs
 * on. `jitless` makes zod never try. It must run before any schema is
 * created, which is why the entry imports this module first (ES modules
 * evaluate in import order) and why it is the one module `sideEffects` lists.
 *
 * The setting is global to zod (shared by every copy on the page). An app
 * that imports `@gcm-practices/contract` itself should import the SDK first.
 */
z.config({ jitless: true });
