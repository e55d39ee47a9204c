/**
 * Entry of the one-file build (`dist/cdn/gcm-practices.all.js`), for
 * self-hosters who want a single file: registers every element at once, with
 * every language inside, and exports the classes for pages that want them.
 */
import './define.js';
import { claimPage } from './shared/page-claim.js';
import { VERSION } from './shared/version.js';

// Registration is guarded per element (defineElement); this only names both
// releases once when the loader or another copy of this file came first.
claimPage(VERSION, 'gcm-practices.all.js');

export * from './index.js';
