// Keeps src/version.ts in step with package.json, so the `X-GCM-SDK` header
// names the version that was published.
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const target = new URL('src/version.ts', root);
const text = `// Written by scripts/write-version.mjs from package.json; do not edit.\nexport const VERSION = '${version}';\n`;
let current = '';
try {
  current = readFileSync(target, 'utf8');
} catch {}
if (current !== text) writeFileSync(target, text);
