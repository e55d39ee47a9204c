import type pg from 'pg';
import type { CatalogueName } from '../../search/catalogue-spec.js';
import {
  columnFieldChunks,
  INDEX_CHUNK_ROWS,
  type IndexChunk,
  joinFieldChunks,
} from '../../search/index-chunks.js';
import { dateOrderQueries, TABLES, yearBoundColumns } from '../catalogue-tables.js';
import { checkIn, checkOut } from './connect.js';

const wire = (_field: string, stored: unknown) =>
  typeof stored === 'boolean' ? (stored ? 'true' : 'false') : String(stored);

/** A cursor's rows, a chunk at a time; each fetch is a round trip, so the event loop runs between. */
async function* inChunks(client: pg.ClientBase, sql: string): AsyncGenerator<unknown[][]> {
  await client.query(`DECLARE index_cursor NO SCROLL CURSOR FOR ${sql}`);
  try {
    for (;;) {
      const { rows } = await client.query({
        text: `FETCH ${INDEX_CHUNK_ROWS} FROM index_cursor`,
        rowMode: 'array',
      });
      if (rows.length === 0) return;
      yield rows as unknown[][];
    }
  } finally {
    await client.query('CLOSE index_cursor');
  }
}

const ints = (rows: unknown[][], column: number) =>
  Int32Array.from(rows, (row) => row[column] as number);

/** The in-memory index's material from one REPEATABLE READ snapshot on a connection of its own. */
export async function* postgresIndexChunks(
  pool: pg.Pool,
  catalogue: CatalogueName,
): AsyncGenerator<IndexChunk> {
  const tables = TABLES[catalogue];
  const { table } = tables;
  const client = await checkOut(pool);
  let failed = false;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const { rows } = await client.query<{ version: string | null; size: number }>(
      `SELECT (SELECT value FROM meta WHERE key = 'catalogue_version') AS version,
              (SELECT coalesce(max(rowid), 0) + 1 FROM ${table}) AS size`,
    );
    yield { kind: 'start', version: rows[0]?.version ?? '0', size: rows[0]?.size ?? 1 };

    const columns = Object.entries(tables.fields).flatMap(([field, c]) =>
      c.kind === 'column' ? [{ field, column: c.column }] : [],
    );
    const fieldNames = columns.map((c) => c.field);
    const select = ['rowid', ...yearBoundColumns(tables), ...columns.map((c) => c.column)];
    for await (const chunk of inChunks(
      client,
      `SELECT ${select.join(', ')} FROM ${table} ORDER BY rowid`,
    )) {
      yield {
        kind: 'rows',
        rowids: ints(chunk, 0),
        yearStart: ints(chunk, 1),
        yearEnd: ints(chunk, 2),
      };
      yield* columnFieldChunks(chunk, fieldNames, wire);
    }

    for (const [field, column] of Object.entries(tables.fields)) {
      if (column.kind !== 'join') continue;
      const sql = `SELECT value, ${column.owner} FROM ${column.table} ORDER BY value, ${column.owner}`;
      for await (const chunk of inChunks(client, sql)) {
        yield* joinFieldChunks(chunk, field, wire);
      }
    }

    const orders = {
      ...dateOrderQueries(tables),
      title: `SELECT rowid FROM ${table} ORDER BY title_key, id`,
    } as const;
    for (const [order, sql] of Object.entries(orders) as [keyof typeof orders, string][]) {
      for await (const chunk of inChunks(client, sql)) {
        yield { kind: 'order', order, rowids: ints(chunk, 0) };
      }
    }
    await client.query('COMMIT');
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    if (failed) await client.query('ROLLBACK').catch(() => undefined);
    checkIn(client, failed);
  }
}
