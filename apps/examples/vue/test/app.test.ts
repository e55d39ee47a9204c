import { fileURLToPath } from 'node:url';
import { smokeTest } from './smoke.ts';

smokeTest('vue', fileURLToPath(new URL('../dist', import.meta.url)));
