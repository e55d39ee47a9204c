import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { StoreOpenError } from '../store-open-error.js';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.js';

export type Db = Database.Database;

/**
 * Open (creating if needed) a catalogue database and bring its schema up to
 * date. WAL lets readers in other processes (a seeding CLI, a second server)
 * work while one writes. Every failure names the file and what to do.
 */
export function openDatabase(path: string, { migrate = true } = {}): Db {
  let db: Db;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
  } catch (error) {
    throw new StoreOpenError(
      path,
      `cannot open the file: ${(error as Error).message}`,
      'check that the directory exists and is writable, or set DATABASE_PATH to another file',
      error,
    );
  }
  try {
    db.pragma('journal_mode = WAL');
    // NORMAL is durable across application crashes in WAL mode; only a power
    // loss can drop the last transactions, which a re-seed restores.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('temp_store = MEMORY');
    db.pragma('cache_size = -65536');
    db.pragma('mmap_size = 268435456');
    if (migrate) migrateDatabase(db, path);
  } catch (error) {
    db.close();
    if (error instanceof StoreOpenError) throw error;
    const message = (error as Error).message;
    throw new StoreOpenError(
      path,
      message,
      /not a database|malformed|encrypted/i.test(message)
        ? 'this file is not a catalogue database: point DATABASE_PATH at another file, or move it away to start afresh'
        : 'check the file and its permissions, or set DATABASE_PATH to a new file (the file holds submissions and reviews too: keep it)',
      error,
    );
  }
  return db;
}

function migrateDatabase(db: Db, path: string): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new StoreOpenError(
      path,
      `schema version ${current} is newer than this server's ${SCHEMA_VERSION}`,
      'upgrade the server, or set DATABASE_PATH to a new database file',
    );
  }
  if (current === SCHEMA_VERSION) return;
  db.transaction(() => {
    for (let version = current; version < SCHEMA_VERSION; version++) {
      const { up } = MIGRATIONS[version] as (typeof MIGRATIONS)[number];
      if (typeof up === 'string') db.exec(up);
      else up(db);
    }
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}
