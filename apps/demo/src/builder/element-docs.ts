/**
 * The elements as their Custom Elements Manifest documents them (written by the elements'
 * build from each class's JSDoc): the builder takes what it says of an element and of each
 * attribute from here, so it says what the element's own documentation says.
 */
import elementsManifest from '@gcm-practices/elements/custom-elements.json';
import type { Manifest, ManifestAttribute } from './manifest-subset.js';

export interface ElementDoc {
  summary: string;
  attributes: ReadonlyMap<string, ManifestAttribute>;
  events: ReadonlySet<string>;
}

const manifest: Manifest = elementsManifest;

const DOCS = new Map<string, ElementDoc>(
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .flatMap(({ tagName, summary, attributes, events }) =>
      tagName
        ? [
            [
              tagName,
              {
                summary: summary ?? '',
                attributes: new Map((attributes ?? []).map((a) => [a.name, a])),
                events: new Set((events ?? []).flatMap(({ name }) => (name ? [name] : []))),
              },
            ] as const,
          ]
        : [],
    ),
);

export function elementDoc(tag: string): ElementDoc {
  const doc = DOCS.get(tag);
  if (!doc) throw new Error(`<${tag}> is not in the elements' Custom Elements Manifest`);
  return doc;
}

export function attributeDoc(tag: string, name: string): ManifestAttribute {
  const attribute = elementDoc(tag).attributes.get(name);
  if (!attribute) {
    throw new Error(
      `The builder offers ${name} on <${tag}>, an attribute the elements' Custom Elements Manifest does not document`,
    );
  }
  return attribute;
}

/** The alternatives of an attribute's type, `undefined` and `null` left out: `string`, `'grid'`. */
export function typeAlternatives(attribute: ManifestAttribute): string[] {
  return (attribute.type?.text ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== '' && part !== 'undefined' && part !== 'null');
}

const STRING_LITERAL = /^'([^']*)'$/;

/**
 * The values an attribute takes, as its type lists them in string literals: all of a
 * literal union (`'grid' | 'list'`), and those a list type names beside the comma-separated
 * lists it also takes (`'none' | 'search' | … | \`${string},${string}\``). Empty for a plain type.
 */
export function listedValues(attribute: ManifestAttribute): string[] {
  return typeAlternatives(attribute).flatMap((part) => {
    const value = STRING_LITERAL.exec(part)?.[1];
    return value === undefined ? [] : [value];
  });
}

/**
 * The default as the attribute's text, when the manifest gives it as a literal (`'info'`,
 * `3`); undefined when there is none or it names a constant (`DEFAULT_PAGE_SIZE`).
 */
export function literalDefault(attribute: ManifestAttribute): string | undefined {
  const value = attribute.default;
  if (value === undefined) return undefined;
  const text = STRING_LITERAL.exec(value)?.[1];
  if (text !== undefined) return text;
  return /^-?\d+(\.\d+)?$/.test(value) ? value : undefined;
}
