import type { Practice } from '@gcm-practices/contract';
import { PRACTICE_JOIN_TABLES, storedYears } from '../catalogue-tables.js';
import type { Db } from './open.js';
import { prepared } from './statements.js';
import { insertPracticeText } from './write-text.js';

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
 * Writes a batch of practices with their join-table and full-text rows; call
 * it inside a transaction. A new id costs one insert; only a practice that
 * already exists pays for deleting its old index rows first. Join rows are
 * gathered over the batch and written with one statement per table, sorted by
 * value so each lands in the same region of the (value, rowid) b-tree — this
 * is most of what makes a large seed fast.
 */
export function writePractices(db: Db, practices: readonly Practice[]): void {
  const insert = prepared(
    db,
    `INSERT INTO practices (id, title, published_at, year_start, year_end, status, featured, campaign)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO NOTHING`,
  );
  const update = prepared(
    db,
    `UPDATE practices SET title = ?, published_at = ?, year_start = ?, year_end = ?,
       status = ?, featured = ?, campaign = ?
     WHERE id = ?
     RETURNING rowid`,
  );
  const writeDocument = prepared(
    db,
    'INSERT OR REPLACE INTO practice_documents (rowid, json) VALUES (?, ?)',
  );
  const deleteFts = prepared(db, 'DELETE FROM practice_fts WHERE rowid = ?');
  const joins = Object.entries(PRACTICE_JOIN_TABLES).map(([field, table]) => ({
    field: field as JoinField,
    insertMany: prepared(
      db,
      `INSERT OR IGNORE INTO ${table} (value, practice_rowid)
       SELECT value ->> 0, value ->> 1 FROM json_each(?) ORDER BY 1, 2`,
    ),
    remove: prepared(db, `DELETE FROM ${table} WHERE practice_rowid = ?`),
  }));

  {
    const pairs = new Map<JoinField, [string | number, number][]>(joins.map((j) => [j.field, []]));
    for (const practice of practices) {
      const row = [
        practice.id,
        practice.title,
        practice.publishedAt,
        ...storedYears(practice.period),
        practice.status,
        practice.featured ? 1 : 0,
        practice.campaign,
      ];
      let rowid: number;
      const result = insert.run(...row);
      if (result.changes === 1) {
        rowid = Number(result.lastInsertRowid);
      } else {
        const [id, ...columns] = row;
        rowid = (update.get(...columns, id) as { rowid: number }).rowid;
        for (const join of joins) join.remove.run(rowid);
        deleteFts.run(rowid);
      }
      writeDocument.run(rowid, JSON.stringify(practice));
      const values = joinValues(practice);
      for (const join of joins) {
        const list = pairs.get(join.field) as [string | number, number][];
        for (const value of values[join.field]) list.push([value, rowid]);
      }
      insertPracticeText(db, rowid, practice);
    }
    for (const join of joins) {
      const list = pairs.get(join.field) as [string | number, number][];
      if (list.length > 0) join.insertMany.run(JSON.stringify(list));
    }
  }
}

/** Take practices out of the catalogue with their join-table and full-text rows. */
export function deletePractices(db: Db, ids: readonly string[]): void {
  const remove = prepared(db, 'DELETE FROM practices WHERE id = ? RETURNING rowid');
  for (const id of ids) {
    const row = remove.get(id) as { rowid: number } | undefined;
    if (!row) continue;
    for (const table of Object.values(PRACTICE_JOIN_TABLES)) {
      prepared(db, `DELETE FROM ${table} WHERE practice_rowid = ?`).run(row.rowid);
    }
    prepared(db, 'DELETE FROM practice_fts WHERE rowid = ?').run(row.rowid);
    prepared(db, 'DELETE FROM practice_documents WHERE rowid = ?').run(row.rowid);
  }
}
