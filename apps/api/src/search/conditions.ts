import type { CatalogueQuery, CatalogueSpec, FilterValue } from './catalogue-spec.js';

/** One WHERE term over alias `p`, tagged with the field it filters so facets can drop it. */
export interface Condition {
  field: string;
  sql: string;
  params: FilterValue[];
}

/** `= ?` for one value, `IN (?, ?)` for several: the planner treats both as index lookups. */
export function inList(count: number): string {
  return count === 1 ? '= ?' : `IN (${Array.from({ length: count }, () => '?').join(', ')})`;
}

export const TEXT_FIELD = '_q';

export function buildConditions(spec: CatalogueSpec, query: CatalogueQuery): Condition[] {
  const conditions: Condition[] = [];
  if (query.match === null) {
    conditions.push({ field: TEXT_FIELD, sql: '0', params: [] });
  } else if (query.match !== undefined) {
    conditions.push({
      field: TEXT_FIELD,
      sql: `p.rowid IN (SELECT rowid FROM ${spec.ftsTable} WHERE ${spec.ftsTable} MATCH ?)`,
      params: [query.match],
    });
  }
  for (const [field, values] of Object.entries(query.filters)) {
    if (values.length === 0) continue;
    const fieldSpec = spec.fields[field];
    if (!fieldSpec) throw new Error(`no filter column for ${field}`);
    const distinct = [...new Set(values)];
    if (fieldSpec.kind === 'join') {
      conditions.push({
        field,
        sql: `p.rowid IN (SELECT ${fieldSpec.ownerColumn} FROM ${fieldSpec.table} WHERE value ${inList(distinct.length)})`,
        params: distinct,
      });
    } else {
      conditions.push({
        field,
        sql: `p.${fieldSpec.column} ${inList(distinct.length)}`,
        params: distinct,
      });
    }
  }
  const yearsField = spec.years.facet ?? '_years';
  // Overlap of [start, end] with [yearFrom, yearTo]; open ends are stored as 0 and 9999.
  if (query.yearFrom !== undefined) {
    conditions.push({
      field: yearsField,
      sql: `p.${spec.years.end} >= ?`,
      params: [query.yearFrom],
    });
  }
  if (query.yearTo !== undefined) {
    conditions.push({
      field: yearsField,
      sql: `p.${spec.years.start} <= ?`,
      params: [query.yearTo],
    });
  }
  return conditions;
}

export function whereClause(conditions: readonly Condition[]): {
  sql: string;
  params: FilterValue[];
} {
  if (conditions.length === 0) return { sql: '', params: [] };
  return {
    sql: `WHERE ${conditions.map((c) => c.sql).join(' AND ')}`,
    params: conditions.flatMap((c) => c.params),
  };
}
