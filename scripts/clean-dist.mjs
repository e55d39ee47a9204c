// Empties the package's `dist/` before it is built again. The TypeScript compiler and Vite
// write over their outputs but never remove one whose source was deleted or renamed, and such
// a stale module would ship in the next published tarball.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

const dist = resolve(process.cwd(), 'dist');
rmSync(dist, { recursive: true, force: true });
