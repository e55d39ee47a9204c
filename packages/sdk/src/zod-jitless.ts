import * as z from 'zod/mini';

/*
 * Partner pages may serve a strict Content-Security-Policy without
 * 'unsafe-eval', under which `new Function` throws. zod can compile object
 * parsers with `new Function`, and before doing so it probes whether it may:
 * even though the probe's error is caught, the browser reports it as a CSP
 * violation (console errors, report-uri traffic) on every partner page.
 *
 * `jitless` makes zod never probe nor compile. In zod 4.6 the zod/mini
 * schemas the SDK uses are not compiled anyway, so for the SDK's own schemas
 * this is a guarantee rather than a change: it holds whatever 4.x version a
 * consumer's lockfile resolves. The setting is global to every copy of zod on
 * the page, so it also keeps classic `zod` schemas created after the SDK is
 * loaded from probing, at the price of their compiled fast path.
 *
 * It must run before any schema is created, which is why the entry imports
 * this module first (ES modules evaluate in import order) and why it is the
 * only module `sideEffects` lists. test/csp.test.ts checks all of this under
 * a Node that, like the policy, refuses code generation from strings.
 */
z.config({ jitless: true });
