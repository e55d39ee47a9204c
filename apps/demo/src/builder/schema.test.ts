import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  attributeDoc,
  elementDoc,
  listedValues,
  literalDefault,
  typeAlternatives,
} from './element-docs.js';
import { builderSubset, type Manifest } from './manifest-subset.js';
import { ELEMENTS, type Field, hintOf, OFFERS } from './schema.js';

const fields = ELEMENTS.flatMap(({ tag, fields }) => fields.map((field) => ({ tag, field })));

const sameValues = (a: readonly string[], b: readonly string[]) =>
  a.toSorted().join() === b.toSorted().join();

/** Why a control cannot set an attribute of this type, or undefined when it can. */
function misfit(tag: string, field: Field): string | undefined {
  const attribute = attributeDoc(tag, field.attr);
  const types = typeAlternatives(attribute);
  switch (field.kind) {
    case 'boolean':
      // A boolean property, or an attribute whose presence alone counts (`string | null`).
      return types.join() === 'boolean' ||
        (types.join() === 'string' && attribute.type?.text.includes('null'))
        ? undefined
        : `a checkbox for ${attribute.type?.text}`;
    case 'number':
      // No type in the manifest: a default taken from a constant (`DEFAULT_PAGE_SIZE`).
      return types.length === 0 || types.join() === 'number'
        ? undefined
        : `a number for ${attribute.type?.text}`;
    case 'text':
      return types.join() === 'string' ? undefined : `${field.kind} for ${attribute.type?.text}`;
    case 'choices': {
      // Every value the manifest lists is a checkbox, or the value for none checked.
      const offered = [...field.options.map(([value]) => value), field.none];
      const listed = listedValues(attribute);
      return listed.length > 0 && sameValues(offered, listed)
        ? undefined
        : `checkboxes ${offered.join()} for ${attribute.type?.text}`;
    }
    case 'select': {
      // Every value the manifest lists is an option, or left out with a reason.
      const offered = field.options.map(([value]) => value).filter((value) => value !== '');
      const listed = listedValues(attribute);
      if (listed.length > 0) {
        return sameValues([...offered, ...Object.keys(field.leftOut ?? {})], listed)
          ? undefined
          : `options ${offered.join()} for ${attribute.type?.text}`;
      }
      if (types.join() === 'number') {
        return offered.every((value) => /^\d+$/.test(value))
          ? undefined
          : `options ${offered.join()} for a number`;
      }
      return types.join() === 'string' ? undefined : `a select for ${attribute.type?.text}`;
    }
  }
}

describe('the builder against the elements’ Custom Elements Manifest', () => {
  it('offers only attributes the manifest documents', () => {
    const undocumented = OFFERS.flatMap(({ tag, fields }) =>
      fields
        .filter((field) => !elementDoc(tag).attributes.has(field.attr))
        .map((field) => `${tag} ${field.attr}`),
    );
    expect(undocumented).toEqual([]);
    // Building the specs refuses one, so the builder never shows an attribute without its description.
    expect(() => attributeDoc('gcm-practices', 'no-such-attribute')).toThrow(
      /offers no-such-attribute on <gcm-practices>, an attribute .* does not document/,
    );
  });

  it('describes each element and each field with the manifest’s words', () => {
    for (const { tag, description, fields } of ELEMENTS) {
      expect(description, tag).toBe(elementDoc(tag).summary);
      expect(description, tag).not.toBe('');
      for (const field of fields) {
        expect(field.description, `${tag} ${field.attr}`).toBe(
          attributeDoc(tag, field.attr).description,
        );
        expect(field.description, `${tag} ${field.attr}`).not.toBe('');
      }
    }
  });

  it('sets each attribute with a control that fits its type', () => {
    const misfits = fields.flatMap(({ tag, field }) => {
      const why = misfit(tag, field);
      return why ? [`${tag} ${field.attr}: ${why}`] : [];
    });
    expect(misfits).toEqual([]);
  });

  it('starts each select at the element’s own default, one of its options', () => {
    for (const { tag, field } of fields) {
      if (field.kind !== 'select') continue;
      expect(field.initial, `${tag} ${field.attr}`).toBe(
        literalDefault(attributeDoc(tag, field.attr)) ?? '',
      );
      expect(
        field.options.map(([value]) => value),
        `${tag} ${field.attr}`,
      ).toContain(field.initial);
    }
    const layout = fields.find(
      ({ tag, field }) => tag === 'gcm-practices' && field.attr === 'layout',
    );
    expect(layout?.field.kind === 'select' && layout.field.initial).toBe('grid');
  });

  it('names in its notes only events the element fires', () => {
    const tags = new Set(ELEMENTS.map(({ tag }) => tag));
    const unknown = fields.flatMap(({ tag, field }) =>
      [...(field.note ?? '').matchAll(/\bgcm-[a-z-]+/g)]
        .map(([name]) => name)
        .filter((name) => !tags.has(name as never) && !elementDoc(tag).events.has(name))
        .map((name) => `${tag} ${field.attr}: ${name}`),
    );
    expect(unknown).toEqual([]);
  });

  it('ships the manifest subset with everything the builder reads', async () => {
    const require = createRequire(import.meta.url);
    const whole: Manifest = JSON.parse(
      await readFile(require.resolve('@gcm-practices/elements/custom-elements.json'), 'utf8'),
    );
    const subset = builderSubset(whole);
    expect(JSON.stringify(subset).length).toBeLessThan(JSON.stringify(whole).length / 4);
    const declarations = (manifest: Manifest) =>
      manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.tagName)
        .map(({ tagName, summary, attributes, events }) => ({
          tagName,
          summary,
          attributes: attributes?.map(({ name, description, type, default: value }) => ({
            name,
            description,
            type,
            default: value,
          })),
          events: events?.map(({ name }) => name),
        }));
    expect(declarations(subset)).toEqual(declarations(whole));
    // What the builder reads is the subset, as the built page's is (the Vite plugin).
    for (const { tagName, summary } of declarations(whole)) {
      expect(elementDoc(tagName as string).summary).toBe(summary);
    }
  });
});

describe('hintOf', () => {
  const field = (label: string, description: string, note?: string): Field => ({
    kind: 'text',
    attr: 'x',
    label,
    description,
    ...(note === undefined ? {} : { note }),
  });

  it('gives the description, then the builder’s note', () => {
    expect(hintOf(field('Search text', 'Full-text search.', 'Starts it searched.'))).toBe(
      'Full-text search. Starts it searched.',
    );
  });

  it('leaves out a description that only repeats the label', () => {
    expect(hintOf(field('Practices per page', 'Practices per page.'))).toBe('');
    expect(hintOf(field('Featured practices only', 'Featured practices only.', 'Note.'))).toBe(
      'Note.',
    );
  });
});
