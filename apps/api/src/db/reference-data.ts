import type { Objective, Taxonomies } from '@gcm-practices/contract';
import { memoForVersion } from './catalogue-version.js';
import type { Db } from './open.js';
import { prepared } from './statements.js';

const EMPTY_TAXONOMIES: Taxonomies = {
  objectives: [],
  actions: [],
  principles: [],
  sdgTargets: [],
  regions: [],
  countries: [],
  implementerTypes: [],
};

export function readTaxonomiesJson(db: Db): string {
  const json = prepared(db, `SELECT json FROM documents WHERE name = 'taxonomies'`).pluck().get() as
    | string
    | undefined;
  return json ?? JSON.stringify(EMPTY_TAXONOMIES);
}

export function readTaxonomies(db: Db): Taxonomies {
  return memoForVersion(db, 'taxonomies', () => JSON.parse(readTaxonomiesJson(db)) as Taxonomies);
}

export function readObjectives(db: Db): Objective[] {
  return memoForVersion(db, 'objectives', () =>
    (prepared(db, 'SELECT json FROM objectives ORDER BY number').pluck().all() as string[]).map(
      (json) => JSON.parse(json) as Objective,
    ),
  );
}

/** Practices per objective number; objectives without practices are absent. */
export function practiceCountsByObjective(db: Db): Map<number, number> {
  return memoForVersion(db, 'practice-counts-by-objective', () => {
    const rows = prepared(
      db,
      'SELECT value, count(*) AS count FROM practice_objective GROUP BY value',
    ).all() as { value: number; count: number }[];
    return new Map(rows.map((row) => [row.value, row.count]));
  });
}
