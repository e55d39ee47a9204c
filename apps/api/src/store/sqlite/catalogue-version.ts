import type { Db } from './open.js';
import { prepared } from './statements.js';

/**
 * A counter bumped by every catalogue write, so that whatever is derived from
 * the catalogue can be cached until it changes — including changes made by
 * another process, such as the seed command writing to the file a running
 * server reads.
 */
export function catalogueVersion(db: Db): string {
  const row = prepared(db, `SELECT value FROM meta WHERE key = 'catalogue_version'`).get() as
    | { value: string }
    | undefined;
  return row?.value ?? '0';
}

/** Call inside the writing transaction. */
export function bumpCatalogueVersion(db: Db): string {
  return prepared(
    db,
    `INSERT INTO meta (key, value) VALUES ('catalogue_version', '1')
     ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1
     RETURNING value`,
  )
    .pluck()
    .get() as string;
}
