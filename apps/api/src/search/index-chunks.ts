/**
 * The in-memory index's raw material, as a store hands it over: bounded
 * chunks from one snapshot, so that building the index never holds the event
 * loop for long (at 100 000 practices a chunk is a few milliseconds of work).
 * Values are already in their wire form (`"true"`, `"2019"`).
 */
export type IndexChunk =
  /** First, once: the snapshot's catalogue version and one more than its highest rowid. */
  | { kind: 'start'; version: string; size: number }
  /** Rows that exist, with their year bounds (0 and 9999 for open ends, 9999…0 when unknown). */
  | { kind: 'rows'; rowids: Int32Array; yearStart: Int32Array; yearEnd: Int32Array }
  /** Rows having one value of a field; a value may come in several chunks. */
  | { kind: 'field'; field: string; value: string; rowids: Int32Array }
  /**
   * The next rowids of a sort order: `dated` the rows with a date, oldest
   * first (ties by id); `undated` the others, by id; `title` every row.
   */
  | { kind: 'order'; order: IndexOrder; rowids: Int32Array };

export type IndexOrder = 'dated' | 'undated' | 'title';

/** Rows per chunk: large enough to amortise a query, small enough to stay a few ms. */
export const INDEX_CHUNK_ROWS = 2_000;

/**
 * Field chunks from rows `[rowid, yearStart, yearEnd, ...columns]`: for each
 * column, the rowids of each of its values (null is no value).
 */
export function* columnFieldChunks(
  rows: readonly unknown[][],
  fields: readonly string[],
  wire: (field: string, stored: unknown) => string,
): Generator<IndexChunk> {
  for (const [i, field] of fields.entries()) {
    const byValue = new Map<string, number[]>();
    for (const row of rows) {
      const stored = row[3 + i];
      if (stored === null) continue;
      const value = wire(field, stored);
      const list = byValue.get(value);
      if (list) list.push(row[0] as number);
      else byValue.set(value, [row[0] as number]);
    }
    for (const [value, rowids] of byValue) {
      yield { kind: 'field', field, value, rowids: Int32Array.from(rowids) };
    }
  }
}

/** Field chunks from join-table rows `[value, rowid]` sorted by value: one per run of a value. */
export function* joinFieldChunks(
  rows: readonly unknown[][],
  field: string,
  wire: (field: string, stored: unknown) => string,
): Generator<IndexChunk> {
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i === rows.length || (rows[i] as unknown[])[0] !== (rows[start] as unknown[])[0]) {
      const run = rows.slice(start, i);
      yield {
        kind: 'field',
        field,
        value: wire(field, run[0]?.[0]),
        rowids: Int32Array.from(run, (row) => row[1] as number),
      };
      start = i;
    }
  }
}
