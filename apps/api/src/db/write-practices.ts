import type { Practice } from '@gcm-practices/contract';
import type { Db } from './open.js';
import { PRACTICE_JOIN_TABLES } from './schema.js';
import { prepared } from './statements.js';

type JoinField = keyof typeof PRACTICE_JOIN_TABLES;

function joinValues(practice: Practice): Record<JoinField, readonly (string | number)[]> {
  return {
    objective: practice.objectives,
    action: practice.actions,
    principle: practice.principles,
    country: practice.countries,
    region: practice.regions,
    // Several implementers often share a type; the facet counts practices, not implementers.
    implementerType: [...new Set(practice.implementers.map((i) => i.type))],
    sdgTarget: practice.sdgTargets,
  };
}

/**
 * Writes practices with their join-table and full-text rows. The common case,
 * a new id, costs one insert per row; only a practice that already exists pays
 * for deleting its old index rows first.
 */
export function createPracticeWriter(db: Db): (practice: Practice) => void {
  const insert = prepared(
    db,
    `INSERT INTO practices (id, title, published_at, year_start, year_end, status, featured, campaign, json)
     VALUES (@id, @title, @publishedAt, @yearStart, @yearEnd, @status, @featured, @campaign, @json)
     ON CONFLICT (id) DO NOTHING
     RETURNING rowid`,
  );
  const update = prepared(
    db,
    `UPDATE practices SET title = @title, published_at = @publishedAt, year_start = @yearStart,
       year_end = @yearEnd, status = @status, featured = @featured, campaign = @campaign, json = @json
     WHERE id = @id
     RETURNING rowid`,
  );
  const insertFts = prepared(
    db,
    'INSERT INTO practice_fts (rowid, title, summary, takeaway, implementers) VALUES (?, ?, ?, ?, ?)',
  );
  const deleteFts = prepared(db, 'DELETE FROM practice_fts WHERE rowid = ?');
  const joins = Object.entries(PRACTICE_JOIN_TABLES).map(([field, table]) => ({
    field: field as JoinField,
    insert: prepared(db, `INSERT OR IGNORE INTO ${table} (value, practice_rowid) VALUES (?, ?)`),
    remove: prepared(db, `DELETE FROM ${table} WHERE practice_rowid = ?`),
  }));

  return (practice) => {
    const row = {
      id: practice.id,
      title: practice.title,
      publishedAt: practice.publishedAt,
      yearStart: practice.period.start ?? 0,
      yearEnd: practice.period.end ?? 9999,
      status: practice.status,
      featured: practice.featured ? 1 : 0,
      campaign: practice.campaign,
      json: JSON.stringify(practice),
    };
    let inserted = insert.get(row) as { rowid: number } | undefined;
    if (!inserted) {
      inserted = update.get(row) as { rowid: number };
      for (const join of joins) join.remove.run(inserted.rowid);
      deleteFts.run(inserted.rowid);
    }
    const rowid = inserted.rowid;
    const values = joinValues(practice);
    for (const join of joins) {
      for (const value of values[join.field]) join.insert.run(value, rowid);
    }
    insertFts.run(
      rowid,
      practice.title,
      practice.summary,
      practice.takeaway ?? '',
      practice.implementers.map((i) => i.name).join('\n'),
    );
  };
}
