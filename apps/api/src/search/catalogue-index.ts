import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { Bitset } from './bitset.js';
import type { CatalogueSpec } from './catalogue-spec.js';
import type { IndexChunk, IndexOrder } from './index-chunks.js';

/**
 * The filter, sort and facet structure of one catalogue, held in memory:
 * one bitset per field value and the rowids in each sort order. A filter is
 * a few ANDs/ORs over 100 000 bits, a facet one AND + popcount per value, a
 * page a walk of the sort order; counting the countries of 60 000 matching
 * practices in SQL walks 60 000 index entries per facet instead.
 * Memory: one bit per item per distinct field value (about 8 MB at 100 000
 * practices) plus six 4-byte arrays per item.
 */
export interface CatalogueIndex {
  /** The catalogue version of the snapshot it was built from. */
  version: string;
  /** One more than the highest rowid: the size of every bitset. */
  size: number;
  /** Rows that exist. */
  all: Bitset;
  /** field → wire value → rows having it. */
  fields: Map<string, Map<string, Bitset>>;
  yearStart: Int32Array;
  yearEnd: Int32Array;
  /** Rowids newest first (ties by id, descending), then the undated (by id, descending). */
  newest: Int32Array;
  /** Rowids oldest first (ties by id), then the undated (by id). */
  oldest: Int32Array;
  /** Rowids with the spec's promoted value first, each part in `newest` order. */
  featuredFirst: Int32Array;
  /** Rowids by title (ASCII case folded), ties by id. */
  byTitle: Int32Array;
  /** Facet counts under no filter, the same for every request: kept per index. */
  unfilteredFacets: Map<string, unknown>;
}

/**
 * Build an index from a store's chunks, yielding to the event loop after each
 * one so that requests keep being answered while it builds.
 */
export async function buildCatalogueIndex(
  spec: CatalogueSpec,
  chunks: AsyncIterable<IndexChunk>,
): Promise<CatalogueIndex> {
  let index: CatalogueIndex | undefined;
  const orders: Record<IndexOrder, Int32Array[]> = { dated: [], undated: [], title: [] };
  for await (const chunk of chunks) {
    if (chunk.kind === 'start') {
      index = {
        version: chunk.version,
        size: chunk.size,
        all: new Bitset(chunk.size),
        fields: new Map(),
        yearStart: new Int32Array(chunk.size),
        yearEnd: new Int32Array(chunk.size),
        newest: new Int32Array(0),
        oldest: new Int32Array(0),
        featuredFirst: new Int32Array(0),
        byTitle: new Int32Array(0),
        unfilteredFacets: new Map(),
      };
    } else if (!index) {
      throw new Error('index chunks must begin with a start chunk');
    } else if (chunk.kind === 'rows') {
      const { all, yearStart, yearEnd, size } = index;
      chunk.rowids.forEach((rowid, i) => {
        if (rowid >= size) return;
        all.add(rowid);
        yearStart[rowid] = chunk.yearStart[i] as number;
        yearEnd[rowid] = chunk.yearEnd[i] as number;
      });
    } else if (chunk.kind === 'field') {
      let values = index.fields.get(chunk.field);
      if (!values) {
        values = new Map();
        index.fields.set(chunk.field, values);
      }
      let rows = values.get(chunk.value);
      if (!rows) {
        rows = new Bitset(index.size);
        values.set(chunk.value, rows);
      }
      for (const rowid of chunk.rowids) rows.add(rowid);
    } else {
      orders[chunk.order].push(chunk.rowids);
    }
    await yieldToEventLoop();
  }
  if (!index) throw new Error('the store sent no index');
  const dated = concat(orders.dated);
  const undated = concat(orders.undated);
  index.oldest = concat([dated, undated]);
  index.newest = concat([dated.slice().reverse(), undated.slice().reverse()]);
  const promoted = spec.promoted && index.fields.get(spec.promoted.field)?.get(spec.promoted.value);
  index.featuredFirst = promoted
    ? concat([
        index.newest.filter((rowid) => promoted.has(rowid)),
        index.newest.filter((rowid) => !promoted.has(rowid)),
      ])
    : index.newest;
  index.byTitle = concat(orders.title);
  return index;
}

function concat(parts: Int32Array[]): Int32Array {
  const result = new Int32Array(parts.reduce((sum, p) => sum + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
}
