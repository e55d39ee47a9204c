import { fileURLToPath } from 'node:url';
import { smokeTest } from './smoke.ts';

smokeTest('react', fileURLToPath(new URL('../dist', import.meta.url)));
