/**
 * Entry of the one-file embed bundle (`dist/cdn/gcm-practices.js`): registers
 * every element, and exports the classes for pages that want them.
 */
import './define.js';

export * from './index.js';
