import { memoForVersion } from '../db/catalogue-version.js';
import type { Db } from '../db/open.js';
import { prepared } from '../db/statements.js';
import { Bitset } from './bitset.js';
import type { CatalogueSpec, FieldSpec } from './catalogue-spec.js';

/**
 * The filter, sort and facet structure of one catalogue, held in memory and
 * rebuilt from the join tables whenever the catalogue version changes.
 *
 * SQLite stays the store and the full-text engine; this index answers the
 * questions SQL answers slowly at scale. Counting the countries of 60 000
 * matching practices in SQL walks 60 000 index entries per facet (tens of ms
 * each); here it is one AND + popcount per country over 100 000 bits.
 * Memory: one bit per item per distinct field value (about 8 MB at 100 000
 * practices) plus three 4-byte arrays per item.
 */
export interface CatalogueIndex {
  /** One more than the highest rowid: the size of every bitset. */
  size: number;
  /** Rows that exist. */
  all: Bitset;
  /** field → wire value → rows having it. */
  fields: Map<string, Map<string, Bitset>>;
  yearStart: Uint16Array;
  yearEnd: Uint16Array;
  /** Rowids in `orders.chronological` order. */
  chronological: Int32Array;
  /** Rowids in `orders.title` order. */
  byTitle: Int32Array;
  /** rowid → position in id order, the tie-break for relevance. */
  idRank: Uint32Array;
}

function plucked(db: Db, sql: string, ...params: unknown[]): unknown[] {
  return prepared(db, sql)
    .pluck()
    .all(...params);
}

function rowidsInOrder(db: Db, spec: CatalogueSpec, orderBy: string): Int32Array {
  return Int32Array.from(
    plucked(db, `SELECT rowid FROM ${spec.table} ORDER BY ${orderBy}`) as number[],
  );
}

// Plucked single columns and one query per distinct value: better-sqlite3
// returns a million plain numbers several times faster than a million row arrays.
function fieldIndex(db: Db, spec: CatalogueSpec, field: FieldSpec, size: number) {
  const [table, column, owner] =
    field.kind === 'join'
      ? [field.table, 'value', field.ownerColumn]
      : [spec.table, field.column, 'rowid'];
  const toWire = field.kind === 'column' && field.wireValue ? field.wireValue : String;
  const values = new Map<string, Bitset>();
  const distinct = plucked(
    db,
    `SELECT DISTINCT ${column} FROM ${table} WHERE ${column} IS NOT NULL`,
  );
  for (const stored of distinct) {
    const rows = new Bitset(size);
    for (const rowid of plucked(db, `SELECT ${owner} FROM ${table} WHERE ${column} = ?`, stored)) {
      rows.add(rowid as number);
    }
    const value = toWire(stored);
    const existing = values.get(value);
    values.set(value, existing ? existing.or(rows) : rows);
  }
  return values;
}

function build(db: Db, spec: CatalogueSpec): CatalogueIndex {
  const size = plucked(db, `SELECT coalesce(max(rowid), 0) + 1 FROM ${spec.table}`)[0] as number;
  const rowids = plucked(db, `SELECT rowid FROM ${spec.table} ORDER BY rowid`) as number[];
  const starts = plucked(db, `SELECT ${spec.years.start} FROM ${spec.table} ORDER BY rowid`);
  const ends = plucked(db, `SELECT ${spec.years.end} FROM ${spec.table} ORDER BY rowid`);
  const all = new Bitset(size);
  const yearStart = new Uint16Array(size);
  const yearEnd = new Uint16Array(size);
  rowids.forEach((rowid, i) => {
    all.add(rowid);
    yearStart[rowid] = starts[i] as number;
    yearEnd[rowid] = ends[i] as number;
  });

  const fields = new Map<string, Map<string, Bitset>>();
  for (const [name, field] of Object.entries(spec.fields)) {
    fields.set(name, fieldIndex(db, spec, field, size));
  }

  const idRank = new Uint32Array(size);
  rowidsInOrder(db, spec, 'id').forEach((rowid, position) => {
    idRank[rowid] = position;
  });

  return {
    size,
    all,
    fields,
    yearStart,
    yearEnd,
    chronological: rowidsInOrder(db, spec, spec.orders.chronological),
    byTitle: rowidsInOrder(db, spec, spec.orders.title),
    idRank,
  };
}

/** The index for the catalogue as it is now, built on first use after each load. */
export function catalogueIndex(db: Db, spec: CatalogueSpec): CatalogueIndex {
  // One read transaction, so every part of the index comes from the same snapshot
  // even while another process is loading into the file.
  return memoForVersion(db, `index:${spec.table}`, () => db.transaction(() => build(db, spec))());
}
