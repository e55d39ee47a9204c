import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import Database from 'better-sqlite3';
import type { CatalogueName } from '../../search/catalogue-spec.js';
import {
  columnFieldChunks,
  INDEX_CHUNK_ROWS,
  type IndexChunk,
  joinFieldChunks,
} from '../../search/index-chunks.js';
import { dateOrderQueries, TABLES, yearBoundColumns } from '../catalogue-tables.js';
import { catalogueVersion } from './catalogue-version.js';
import type { Db } from './open.js';

/**
 * Run a statement a chunk of rows at a time, pausing between chunks. The
 * statement stays open across the pauses, which only a connection of its own
 * allows; the shared one reads all rows at once.
 */
async function* inChunks(db: Db, sql: string, shared: boolean): AsyncGenerator<unknown[][]> {
  let chunk: unknown[][] = [];
  const statement = db.prepare(sql).raw();
  const rows = shared ? statement.all() : statement.iterate();
  for (const row of rows as Iterable<unknown[]>) {
    chunk.push(row);
    if (chunk.length >= INDEX_CHUNK_ROWS) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

const wire = (field: string, stored: unknown) =>
  field === 'featured' ? (stored === 1 ? 'true' : 'false') : String(stored);

const ints = (rows: unknown[][], column: number) =>
  Int32Array.from(rows, (row) => row[column] as number);

/**
 * The in-memory index's material from one read transaction on a connection of
 * its own, so that the snapshot holds while requests go on over the main
 * connection and a chunk is never more than a few milliseconds of work.
 */
export async function* sqliteIndexChunks(
  path: string,
  main: Db,
  catalogue: CatalogueName,
): AsyncGenerator<IndexChunk> {
  // A database in memory cannot be opened twice; it only serves tests.
  const shared = path === ':memory:';
  const db = shared ? main : new Database(path, { readonly: true });
  const tables = TABLES[catalogue];
  const { table } = tables;
  try {
    db.exec('BEGIN');
    const size = db
      .prepare(`SELECT coalesce(max(rowid), 0) + 1 FROM ${table}`)
      .pluck()
      .get() as number;
    yield { kind: 'start', version: catalogueVersion(db), size };

    const columns = Object.entries(tables.fields).flatMap(([field, c]) =>
      c.kind === 'column' ? [{ field, column: c.column }] : [],
    );
    const fieldNames = columns.map((c) => c.field);
    const select = ['rowid', ...yearBoundColumns(tables), ...columns.map((c) => c.column)].join(
      ', ',
    );
    for await (const rows of inChunks(
      db,
      `SELECT ${select} FROM ${table} ORDER BY rowid`,
      shared,
    )) {
      yield {
        kind: 'rows',
        rowids: ints(rows, 0),
        yearStart: ints(rows, 1),
        yearEnd: ints(rows, 2),
      };
      yield* columnFieldChunks(rows, fieldNames, wire);
    }

    for (const [field, column] of Object.entries(tables.fields)) {
      if (column.kind !== 'join') continue;
      const sql = `SELECT value, ${column.owner} FROM ${column.table} ORDER BY value, ${column.owner}`;
      for await (const rows of inChunks(db, sql, shared)) {
        yield* joinFieldChunks(rows, field, wire);
      }
    }

    const orders = {
      ...dateOrderQueries(tables),
      title: `SELECT rowid FROM ${table} ORDER BY title COLLATE NOCASE, id`,
    } as const;
    for (const [order, sql] of Object.entries(orders) as [keyof typeof orders, string][]) {
      for await (const rows of inChunks(db, sql, shared)) {
        yield { kind: 'order', order, rowids: ints(rows, 0) };
      }
    }
    db.exec('COMMIT');
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
    if (db !== main) db.close();
  }
  await yieldToEventLoop();
}
