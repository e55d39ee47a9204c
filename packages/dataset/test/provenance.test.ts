import type { Practice } from '@gcm-practices/contract';
import { describe, expect, it } from 'vitest';
import {
  curatedCampaigns,
  curatedPractices,
  curatedResources,
  labelTranslations,
  objectiveSources,
  objectives,
  SOURCES,
  type SourceNotes,
} from '../src/index.js';
import {
  campaignFieldsWithValues,
  objectiveFieldsWithValues,
  practiceFieldsWithValues,
  resourceFieldsWithValues,
} from '../src/provenance/field-groups.js';
import type { PracticeField } from '../src/provenance/notes.js';

const knownSource = (source: string) =>
  Object.hasOwn(SOURCES, source) || source.startsWith('https://migrationnetwork.un.org/');

/** Field groups holding a value that no note backs, and notes citing an unknown source. */
function unsourced<Field extends string>(
  id: string,
  withValues: readonly Field[],
  notes: SourceNotes<Field> | undefined,
): string[] {
  const covered = new Set((notes ?? []).flatMap((note) => note.fields));
  return [
    ...withValues.filter((field) => !covered.has(field)).map((field) => `${id}: ${field}`),
    ...(notes ?? [])
      .filter((note) => !knownSource(note.source))
      .map((note) => `${id}: unknown source ${note.source}`),
  ];
}

const practiceProblems = (practice: Practice, notes: SourceNotes<PracticeField>) =>
  unsourced(practice.id, practiceFieldsWithValues(practice), notes);

describe('every non-empty field of a curated record is backed by a source note', () => {
  it('practices', () => {
    expect(curatedPractices.flatMap((p) => practiceProblems(p, p.sources))).toEqual([]);
  });

  it('resources', () => {
    expect(
      curatedResources.flatMap((r) => unsourced(r.id, resourceFieldsWithValues(r), r.sources)),
    ).toEqual([]);
  });

  it('campaigns', () => {
    expect(
      curatedCampaigns.flatMap((c) => unsourced(c.id, campaignFieldsWithValues(c), c.sources)),
    ).toEqual([]);
  });

  it('objectives', () => {
    expect(
      objectives.flatMap((o) =>
        unsourced(String(o.number), objectiveFieldsWithValues(o), objectiveSources.get(o.number)),
      ),
    ).toEqual([]);
  });

  it('translated labels, per language', () => {
    for (const [locale, t] of Object.entries(labelTranslations)) {
      const covered = new Set(t.sources.flatMap((s) => s.groups));
      for (const group of [
        'objectives',
        'actions',
        'principles',
        'regions',
        'countries',
      ] as const) {
        if (Object.keys(t[group]).length > 0)
          expect(covered.has(group), `${locale} ${group}`).toBe(true);
      }
      for (const { source } of t.sources) expect(knownSource(source), source).toBe(true);
    }
  });

  it('the check fails for a value added without a note, or a note citing an unknown source', () => {
    const [first] = curatedPractices;
    if (!first) throw new Error('no curated practice');
    const guessed = { ...first, principles: ['human-rights'], sdgTargets: ['8.7'] };
    expect(practiceProblems(guessed, first.sources)).toEqual([
      `${first.id}: principles`,
      `${first.id}: sdgTargets`,
    ]);
    const blog = [...first.sources, { source: 'a-blog' as never, fields: ['actions'] as const }];
    expect(practiceProblems(first, blog)).toEqual([`${first.id}: unknown source a-blog`]);
  });
});
