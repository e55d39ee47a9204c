/**
 * The part of the elements' Custom Elements Manifest the embed builder reads: each element's
 * tag and summary, its attributes' names, descriptions, types and defaults, and its events'
 * names. The demo's build ships only this part in the builder's script (the whole manifest,
 * with members, CSS parts and properties, is ten times the builder's own code); it keeps the
 * manifest's shape, so the builder reads the subset and the whole file alike.
 */

export interface ManifestAttribute {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}

export interface ManifestDeclaration {
  kind: string;
  tagName?: string;
  summary?: string;
  attributes?: readonly ManifestAttribute[];
  events?: readonly { name?: string }[];
}

export interface Manifest {
  modules: readonly { declarations?: readonly ManifestDeclaration[] }[];
}

export function builderSubset(manifest: Manifest): Manifest {
  return {
    modules: manifest.modules
      .map((module) => ({
        declarations: (module.declarations ?? [])
          .filter((declaration) => declaration.tagName)
          .map(({ kind, tagName, summary, attributes, events }) => ({
            kind,
            tagName,
            summary,
            attributes: attributes?.map(({ name, description, type, default: value }) => ({
              name,
              description,
              type,
              default: value,
            })),
            events: events?.map(({ name }) => ({ name })),
          })),
      }))
      .filter((module) => module.declarations.length > 0),
  };
}
