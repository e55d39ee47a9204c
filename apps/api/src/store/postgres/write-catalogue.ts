import type {
  Campaign,
  Locale,
  Objective,
  Practice,
  Resource,
  Taxonomies,
} from '@gcm-practices/contract';
import type pg from 'pg';
import type { CatalogueName } from '../../search/catalogue-spec.js';
import {
  labelDocumentName,
  PRACTICE_JOIN_TABLES,
  RESOURCE_JOIN_TABLES,
  storedYears,
  TABLES,
} from '../catalogue-tables.js';
import {
  practiceText,
  resourceText,
  TEXT_GROUPS,
  type TextColumns,
  textLength,
} from '../text-columns.js';

/**
 * The terms as a tsvector literal: each term with its positions, each
 * position tagged with its weight group (`'traffick':1A,9D`). Positions run
 * through the groups in order; PostgreSQL keeps them up to 16 383.
 */
export function tsvectorLiteral(text: TextColumns): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  for (const group of TEXT_GROUPS) {
    for (const term of text[group]) {
      position = Math.min(position + 1, 16_383);
      const list = positions.get(term);
      if (list) list.push(`${position}${group}`);
      else positions.set(term, [`${position}${group}`]);
    }
  }
  return [...positions].map(([term, at]) => `'${term}':${at.join(',')}`).join(' ');
}

/** The last item of each id: a batch may name one twice, and an upsert may touch a row once. */
function lastById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}

async function replaceJoinRows(
  client: pg.ClientBase,
  tables: Record<string, string>,
  owner: string,
  rowids: number[],
  valuesOf: (field: string, index: number) => readonly (string | number)[],
): Promise<void> {
  for (const [field, table] of Object.entries(tables)) {
    await client.query(`DELETE FROM ${table} WHERE ${owner} = ANY($1::int[])`, [rowids]);
    const values: (string | number)[] = [];
    const owners: number[] = [];
    rowids.forEach((rowid, i) => {
      for (const value of new Set(valuesOf(field, i))) {
        values.push(value);
        owners.push(rowid);
      }
    });
    if (values.length === 0) continue;
    const type = field === 'objective' ? 'int' : 'text';
    await client.query(
      `INSERT INTO ${table} (value, ${owner})
       SELECT * FROM unnest($1::${type}[], $2::int[]) ORDER BY 1, 2
       ON CONFLICT DO NOTHING`,
      [values, owners],
    );
  }
}

async function writeDocuments(
  client: pg.ClientBase,
  table: string,
  rowids: number[],
  items: readonly unknown[],
): Promise<void> {
  await client.query(
    `INSERT INTO ${table} (rowid, json) SELECT * FROM unnest($1::int[], $2::text[])
     ON CONFLICT (rowid) DO UPDATE SET json = excluded.json`,
    [rowids, items.map((item) => JSON.stringify(item))],
  );
}

async function writeText(
  client: pg.ClientBase,
  table: string,
  rowids: number[],
  texts: TextColumns[],
): Promise<void> {
  await client.query(
    `INSERT INTO ${table} (rowid, fts, fts_length)
     SELECT * FROM unnest($1::int[], $2::tsvector[], $3::int[])
     ON CONFLICT (rowid) DO UPDATE SET fts = excluded.fts, fts_length = excluded.fts_length`,
    [rowids, texts.map(tsvectorLiteral), texts.map(textLength)],
  );
}

/** Rowids in the order of the ids given. */
function rowidsFor(ids: string[], rows: { rowid: number; id: string }[]): number[] {
  const byId = new Map(rows.map((row) => [row.id, row.rowid]));
  return ids.map((id) => byId.get(id) as number);
}

export async function writePractices(
  client: pg.ClientBase,
  batch: readonly Practice[],
): Promise<void> {
  const practices = lastById(batch);
  if (practices.length === 0) return;
  const texts = practices.map(practiceText);
  const ids = practices.map((p) => p.id);
  const years = practices.map((p) => storedYears(p.period));
  const { rows } = await client.query<{ rowid: number; id: string }>(
    `INSERT INTO practices
       (id, title, published_at, year_start, year_end, status, featured, campaign)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[], $6::text[],
                          $7::bool[], $8::text[])
     ON CONFLICT (id) DO UPDATE SET
       title = excluded.title, published_at = excluded.published_at,
       year_start = excluded.year_start, year_end = excluded.year_end, status = excluded.status,
       featured = excluded.featured, campaign = excluded.campaign
     RETURNING rowid, id`,
    [
      ids,
      practices.map((p) => p.title),
      practices.map((p) => p.publishedAt),
      years.map(([start]) => start),
      years.map(([, end]) => end),
      practices.map((p) => p.status),
      practices.map((p) => p.featured),
      practices.map((p) => p.campaign),
    ],
  );
  const rowids = rowidsFor(ids, rows);
  await writeDocuments(client, 'practice_documents', rowids, practices);
  await writeText(client, 'practice_text', rowids, texts);
  await replaceJoinRows(client, PRACTICE_JOIN_TABLES, 'practice_rowid', rowids, (field, i) => {
    const p = practices[i] as Practice;
    switch (field) {
      case 'objective':
        return p.objectives;
      case 'action':
        return p.actions;
      case 'principle':
        return p.principles;
      case 'country':
        return p.countries;
      case 'region':
        return p.regions;
      case 'implementerType':
        return p.implementers.map((impl) => impl.type);
      default:
        return p.sdgTargets;
    }
  });
}

/** Take practices out of the catalogue with their text, join and document rows. */
export async function deletePractices(
  client: pg.ClientBase,
  ids: readonly string[],
): Promise<void> {
  const { rows } = await client.query<{ rowid: number }>(
    'DELETE FROM practices WHERE id = ANY($1::text[]) RETURNING rowid',
    [ids],
  );
  const rowids = rows.map((row) => row.rowid);
  if (rowids.length === 0) return;
  for (const table of Object.values(PRACTICE_JOIN_TABLES)) {
    await client.query(`DELETE FROM ${table} WHERE practice_rowid = ANY($1::int[])`, [rowids]);
  }
  await client.query('DELETE FROM practice_text WHERE rowid = ANY($1::int[])', [rowids]);
  await client.query('DELETE FROM practice_documents WHERE rowid = ANY($1::int[])', [rowids]);
}

export async function writeResources(
  client: pg.ClientBase,
  batch: readonly Resource[],
): Promise<void> {
  const resources = lastById(batch);
  if (resources.length === 0) return;
  const texts = resources.map(resourceText);
  const ids = resources.map((r) => r.id);
  const { rows } = await client.query<{ rowid: number; id: string }>(
    `INSERT INTO resources (id, title, year, category)
     SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[])
     ON CONFLICT (id) DO UPDATE SET
       title = excluded.title, year = excluded.year, category = excluded.category
     RETURNING rowid, id`,
    [
      ids,
      resources.map((r) => r.title),
      resources.map((r) => r.year),
      resources.map((r) => r.category),
    ],
  );
  const rowids = rowidsFor(ids, rows);
  await writeDocuments(client, 'resource_documents', rowids, resources);
  await writeText(client, 'resource_text', rowids, texts);
  await replaceJoinRows(client, RESOURCE_JOIN_TABLES, 'resource_rowid', rowids, (field, i) => {
    const r = resources[i] as Resource;
    return field === 'objective' ? r.objectives : field === 'country' ? r.countries : r.regions;
  });
}

export async function writeCampaigns(
  client: pg.ClientBase,
  batch: readonly Campaign[],
): Promise<void> {
  const campaigns = lastById(batch);
  if (campaigns.length === 0) return;
  const ids = campaigns.map((c) => c.id);
  const { rows } = await client.query<{ rowid: number; id: string }>(
    `INSERT INTO campaigns (id, kind, series, opens, closes, json)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
     ON CONFLICT (id) DO UPDATE SET
       kind = excluded.kind, series = excluded.series, opens = excluded.opens,
       closes = excluded.closes, json = excluded.json
     RETURNING rowid, id`,
    [
      ids,
      campaigns.map((c) => c.kind),
      campaigns.map((c) => c.series),
      campaigns.map((c) => c.opens),
      campaigns.map((c) => c.closes),
      campaigns.map((c) => JSON.stringify(c)),
    ],
  );
  const rowids = rowidsFor(ids, rows);
  await replaceJoinRows(
    client,
    { objective: 'campaign_objective' },
    'campaign_rowid',
    rowids,
    (_, i) => (campaigns[i] as Campaign).objectives,
  );
}

/** Objectives and taxonomies are small documents, replaced wholesale; see labelDocumentName. */
export async function writeReferenceData(
  client: pg.ClientBase,
  objectives: readonly Objective[],
  taxonomies: Taxonomies,
  locale: Locale = 'en',
): Promise<void> {
  const documents: [string, string][] = [
    [labelDocumentName('taxonomies', locale), JSON.stringify(taxonomies)],
  ];
  if (locale === 'en') {
    await client.query(
      `INSERT INTO objectives (number, json) SELECT * FROM unnest($1::int[], $2::text[])
       ON CONFLICT (number) DO UPDATE SET json = excluded.json`,
      [objectives.map((o) => o.number), objectives.map((o) => JSON.stringify(o))],
    );
  } else {
    documents.push([labelDocumentName('objectives', locale), JSON.stringify(objectives)]);
  }
  await client.query(
    `INSERT INTO documents (name, json) SELECT * FROM unnest($1::text[], $2::text[])
     ON CONFLICT (name) DO UPDATE SET json = excluded.json`,
    [documents.map(([name]) => name), documents.map(([, json]) => json)],
  );
}

/** Recount what BM25 divides by, after the catalogue's text changed. */
export async function refreshTextStatistics(
  client: pg.ClientBase,
  catalogue: CatalogueName,
): Promise<void> {
  await client.query(
    `INSERT INTO text_statistics (catalogue, items, terms)
     SELECT $1, count(*), coalesce(sum(fts_length), 0) FROM ${TABLES[catalogue].text}
     ON CONFLICT (catalogue) DO UPDATE SET items = excluded.items, terms = excluded.terms`,
    [catalogue],
  );
}
