import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from '../openapi/build-document.js';
import { openApiText } from '../openapi/serialise.js';

const target = fileURLToPath(new URL('../openapi.json', import.meta.url));
writeFileSync(target, openApiText(buildOpenApiDocument()));
console.log(`wrote ${target}`);
