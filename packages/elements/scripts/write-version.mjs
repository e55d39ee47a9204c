// Keeps src/shared/version.ts in step with package.json, so each element class
// carries the version it was published with (used by the double-registration guard).
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const target = new URL('src/shared/version.ts', root);
const text = `// Written by scripts/write-version.mjs from package.json; do not edit.\nexport const VERSION = '${version}';\n`;
let current = '';
try {
  current = readFileSync(target, 'utf8');
} catch {}
if (current !== text) writeFileSync(target, text);
