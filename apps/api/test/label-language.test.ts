import {
  ObjectiveWithCount,
  PracticeList,
  Problem,
  ResourceList,
  Taxonomies,
} from '@gcm-practices/contract';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { getJson, useServer } from './support/server.js';

const server = useServer();

async function taxonomies(query: string, headers: Record<string, string> = {}) {
  const response = await getJson(server.current, `/v1/taxonomies${query}`, { headers });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return { body: z.parse(Taxonomies, response.body), headers: response.headers };
}

describe('labels in the language asked for', () => {
  it('lang=fr: official French labels, English for the rest, each record saying which', async () => {
    const { body, headers } = await taxonomies('?lang=fr');
    expect(headers.get('content-language')).toBe('fr');
    // The parameter fixes the language: the body no longer depends on Accept-Language.
    expect(headers.get('vary')).toBe('Accept-Encoding');
    const objective10 = body.objectives.find((o) => o.number === 10);
    expect(objective10).toMatchObject({
      shortTitle: 'Éradiquer la traite de personnes',
      title:
        'Prévenir, combattre et éliminer la traite de personnes dans le cadre des migrations internationales',
      lang: 'fr',
    });
    const principle = body.principles.find((p) => p.id === 'child-sensitive');
    expect(principle).toMatchObject({ title: 'Adaptation aux besoins de l’enfant', lang: 'fr' });
    // Labels with no official French wording on record stay English and say so.
    const action10b = body.actions.find((a) => a.id === '10b');
    expect(action10b?.lang).toBe('en');
    expect(action10b?.title.startsWith('Promote the implementation')).toBe(true);
    // Of the regions, only Oceania is among the French Hub's region filters.
    expect(body.regions.filter((r) => r.lang === 'fr')).toEqual([
      { id: 'oceania', name: 'Océanie', lang: 'fr' },
    ]);
  });

  it('follows Accept-Language without lang, and says the body varies with it', async () => {
    const french = await taxonomies('', { 'Accept-Language': 'de-CH, fr-CA;q=0.8, en;q=0.5' });
    expect(french.headers.get('content-language')).toBe('fr');
    expect(french.headers.get('vary')).toBe('Accept-Encoding, Accept-Language');
    expect(french.body.objectives.find((o) => o.number === 10)?.lang).toBe('fr');

    const other = await taxonomies('', { 'Accept-Language': 'de, ja;q=0.5' });
    expect(other.headers.get('content-language')).toBe('en');
    expect(other.body.objectives.every((o) => o.lang === 'en')).toBe(true);

    const none = await taxonomies('');
    expect(none.headers.get('content-language')).toBe('en');
    expect(none.body.objectives.find((o) => o.number === 10)?.shortTitle).toBe(
      'Eradicate trafficking',
    );
    expect(french.headers.get('etag')).not.toBe(none.headers.get('etag'));
  });

  it('rejects a language it does not offer, naming lang', async () => {
    for (const path of ['/v1/taxonomies', '/v1/objectives', '/v1/objectives/10', '/v1/practices']) {
      const response = await getJson(server.current, `${path}?lang=de`);
      expect(response.status, path).toBe(400);
      const problem = z.parse(Problem, response.body);
      expect(problem.invalidParams?.map((p) => p.name)).toEqual(['lang']);
    }
  });

  it('gives the official Spanish wordings, English where none was found', async () => {
    const response = await getJson(server.current, '/v1/objectives?lang=es');
    expect(response.headers.get('content-language')).toBe('es');
    const { data } = response.body as { data: z.infer<typeof ObjectiveWithCount>[] };
    const objective10 = data.find((o) => o.number === 10);
    expect(objective10).toMatchObject({
      shortTitle: 'Erradicar la trata de personas',
      title:
        'Prevenir, combatir y erradicar la trata de personas en el contexto de la migración internacional',
      lang: 'es',
    });
    expect(objective10?.actions.map((a) => a.lang)).toEqual(['es', 'es', ...Array(8).fill('en')]);
    // No Spanish full title of objective 1 was found: it stays English, short title included.
    expect(data.find((o) => o.number === 1)).toMatchObject({ shortTitle: 'Data', lang: 'en' });
  });

  it('serves in English, saying so, the actions no official wording is recorded for', async () => {
    const response = await getJson(server.current, '/v1/objectives/4?lang=fr');
    const objective = z.parse(ObjectiveWithCount, response.body);
    expect(objective.actions.map((a) => a.id)).toEqual([...'abcdefg'].map((l) => `4${l}`));
    expect(objective.actions.map((a) => a.lang)).toEqual(Array(7).fill('en'));
    expect(objective.actions[0]?.text.startsWith('Improve civil registry systems')).toBe(true);
  });

  it('labels objectives and their actions', async () => {
    const response = await getJson(server.current, '/v1/objectives/10?lang=fr');
    const objective = z.parse(ObjectiveWithCount, response.body);
    expect(objective.lang).toBe('fr');
    expect(objective.actions[0]?.lang).toBe('fr');
    expect(objective.actions[0]?.text.startsWith('Promouvoir la ratification')).toBe(true);
    expect(objective.actions[1]?.lang).toBe('en');
    const all = await getJson(server.current, '/v1/objectives', {
      headers: { 'Accept-Language': 'fr' },
    });
    expect(all.headers.get('content-language')).toBe('fr');
    expect(all.headers.get('vary')).toContain('Accept-Language');
  });

  it('labels the facets of practices and publications, and only varies when it must', async () => {
    const labelled = await getJson(server.current, '/v1/practices?facets=objective&lang=fr');
    const body = z.parse(PracticeList, labelled.body);
    expect(body.facets?.objective?.find((b) => b.value === '10')?.label).toBe(
      'Éradiquer la traite de personnes',
    );
    expect(labelled.headers.get('content-language')).toBe('fr');
    // Practice texts stay in the language they were written in.
    expect(body.data.every((p) => p.lang === 'en')).toBe(true);

    const resources = await getJson(server.current, '/v1/resources?facets=objective', {
      headers: { 'Accept-Language': 'fr' },
    });
    z.parse(ResourceList, resources.body);
    expect(resources.headers.get('content-language')).toBe('fr');
    expect(resources.headers.get('vary')).toBe('Accept-Encoding, Accept-Language');

    const plain = await getJson(server.current, '/v1/practices', {
      headers: { 'Accept-Language': 'fr' },
    });
    expect(plain.headers.get('content-language')).toBeNull();
    expect(plain.headers.get('vary')).toBe('Accept-Encoding');
  });
});
