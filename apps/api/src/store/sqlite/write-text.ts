import type { Practice, Resource } from '@gcm-practices/contract';
import { practiceText, resourceText, type TextColumns } from '../text-columns.js';
import type { Db } from './open.js';
import { prepared } from './statements.js';

/** The FTS5 row of an item: its terms per weight group, joined by spaces. */
export function ftsColumns(text: TextColumns): [string, string, string, string] {
  return [text.A.join(' '), text.B.join(' '), text.C.join(' '), text.D.join(' ')];
}

export function insertPracticeText(db: Db, rowid: number, practice: Practice): void {
  prepared(db, 'INSERT INTO practice_fts (rowid, a, b, c, d) VALUES (?, ?, ?, ?, ?)').run(
    rowid,
    ...ftsColumns(practiceText(practice)),
  );
}

export function insertResourceText(db: Db, rowid: number, resource: Resource): void {
  prepared(db, 'INSERT INTO resource_fts (rowid, a, b, c, d) VALUES (?, ?, ?, ?, ?)').run(
    rowid,
    ...ftsColumns(resourceText(resource)),
  );
}

/** Fill the full-text tables from the stored documents (after the text analysis changed). */
export function reindexText(db: Db): void {
  for (const row of db.prepare('SELECT rowid, json FROM practice_documents').raw().all() as [
    number,
    string,
  ][]) {
    insertPracticeText(db, row[0], JSON.parse(row[1]) as Practice);
  }
  for (const row of db.prepare('SELECT rowid, json FROM resource_documents').raw().all() as [
    number,
    string,
  ][]) {
    insertResourceText(db, row[0], JSON.parse(row[1]) as Resource);
  }
}
