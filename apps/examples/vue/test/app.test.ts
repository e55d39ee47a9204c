import { fileURLToPath } from 'node:url';
import { smokeTest } from 'example-smoke';

smokeTest('vue', fileURLToPath(new URL('../dist', import.meta.url)));
