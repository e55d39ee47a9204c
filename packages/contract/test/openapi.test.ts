import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../openapi/build-document.js';
import { openApiText } from '../openapi/serialise.js';

const committedPath = new URL('../openapi.json', import.meta.url);

describe('openapi.json', () => {
  it('is what the schemas generate (run `pnpm --filter @gcm-practices/contract openapi` after changing them)', () => {
    expect(readFileSync(committedPath, 'utf8')).toBe(openApiText(buildOpenApiDocument()));
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(JSON.parse(readFileSync(committedPath, 'utf8')));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('is checked by a validator that does reject a broken document', async () => {
    const broken = buildOpenApiDocument() as Record<string, unknown>;
    delete broken.info;
    const result = await new Validator().validate(broken);
    expect(result.valid).toBe(false);
  });

  it('resolves every $ref to a component', () => {
    const text = readFileSync(committedPath, 'utf8');
    const document = JSON.parse(text);
    const refs = [...text.matchAll(/"\$ref": "#\/components\/(schemas|headers)\/([^"]+)"/g)];
    expect(refs.length).toBeGreaterThan(10);
    for (const [, kind, name] of refs) {
      expect(document.components[kind as string], `${kind}/${name}`).toHaveProperty(name as string);
    }
  });

  it('documents every query parameter of the practice search, repeatable ones exploded', () => {
    const document = buildOpenApiDocument() as {
      paths: Record<string, { get: { parameters: { name: string; explode?: boolean }[] } }>;
    };
    const parameters = document.paths['/v1/practices']?.get.parameters ?? [];
    const names = parameters.map((p) => p.name);
    expect(names).toEqual(
      expect.arrayContaining(['q', 'objective', 'action', 'facets', 'page', 'pageSize']),
    );
    expect(parameters.find((p) => p.name === 'objective')?.explode).toBe(true);
    expect(parameters.find((p) => p.name === 'q')?.explode).toBeUndefined();
  });
});
