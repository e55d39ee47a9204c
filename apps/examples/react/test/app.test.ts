import { fileURLToPath } from 'node:url';
import { smokeTest } from 'example-smoke';

smokeTest('react', fileURLToPath(new URL('../dist', import.meta.url)));
