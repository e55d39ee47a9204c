import { memoForVersion } from '../db/catalogue-version.js';
import type { Db } from '../db/open.js';
import { prepared } from '../db/statements.js';
import type { CatalogueSpec, FieldSpec } from './catalogue-spec.js';
import { type Condition, whereClause } from './conditions.js';

export interface RawBucket {
  value: string;
  count: number;
}
export type RawFacets = Record<string, RawBucket[]>;

function facetSql(spec: CatalogueSpec, field: FieldSpec, conditions: Condition[]) {
  const where = whereClause(conditions);
  if (field.kind === 'join') {
    if (conditions.length === 0) {
      // The join table's primary key is (value, rowid): this is one ordered index scan.
      return {
        sql: `SELECT value, count(*) AS count FROM ${field.table} GROUP BY value`,
        params: [],
      };
    }
    return {
      sql: `SELECT value, count(*) AS count FROM ${field.table}
        WHERE ${field.ownerColumn} IN (SELECT p.rowid FROM ${spec.table} p ${where.sql})
        GROUP BY value`,
      params: where.params,
    };
  }
  return {
    sql: `SELECT p.${field.column} AS value, count(*) AS count FROM ${spec.table} p ${where.sql}
      GROUP BY p.${field.column}`,
    params: where.params,
  };
}

function countOne(db: Db, spec: CatalogueSpec, name: string, conditions: Condition[]): RawBucket[] {
  const field = spec.fields[name];
  if (!field) throw new Error(`no facet column for ${name}`);
  const { sql, params } = facetSql(spec, field, conditions);
  const rows = prepared(db, sql).all(...params) as { value: unknown; count: number }[];
  const toValue =
    field.kind === 'column' && field.facetValue ? field.facetValue : (v: unknown) => String(v);
  return rows
    .filter((row) => row.value !== null)
    .map((row) => ({ value: toValue(row.value), count: row.count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'en', { numeric: true }));
}

/**
 * Counts of each requested field's values among the results, each field
 * counted under every filter except its own: choosing a second country widens
 * the result, so the country facet must show what the other countries would add.
 * Unfiltered counts do not depend on the request and are cached per catalogue version.
 */
export function countFacets(
  db: Db,
  spec: CatalogueSpec,
  conditions: Condition[],
  names: readonly string[],
): RawFacets {
  const facets: RawFacets = {};
  for (const name of new Set(names)) {
    const others = conditions.filter((c) => c.field !== name);
    facets[name] =
      others.length === 0
        ? memoForVersion(db, `facet:${spec.table}:${name}`, () => countOne(db, spec, name, others))
        : countOne(db, spec, name, others);
  }
  return facets;
}
