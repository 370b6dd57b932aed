// Opening an API's SQLite database: in memory, or in the file --data names.
// A file gets the WAL journal (readers never wait for the writer, and several
// processes share it under SQLite's locks), mode 0600 (it holds issued
// tokens), and the API's schema, brought up to date by its migrations.
//
// synchronous=NORMAL: a commit is in the WAL file, where the operating system
// holds it, before the request is answered, so a killed sandbox loses nothing
// it answered; the WAL reaches the disk itself at each checkpoint, so a power
// cut may lose the last writes, never the database. That is a test backend's
// trade: FULL (an fsync per commit) cost a quarter of the persisted creates.
import { closeSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { isStorageFailure } from './storage-error.js';

export type Connection = Database.Database;

export interface Schema {
  /** Which sandbox a database belongs to, in words: `Nexudus`. */
  label: string;
  /** PRAGMA application_id: a Nexudus database is told from a Popsell one by it. */
  applicationId: number;
  /** Migration n takes the schema from version n to n + 1 (PRAGMA user_version). */
  migrations: readonly string[];
}

/** A database file the sandbox refuses to open: the message says why and what to do. */
export class DataFileError extends Error {
  override name = 'DataFileError';
}

// Long enough for another process's batch to commit; a longer wait is answered as a storage failure.
const BUSY_TIMEOUT_MS = 5000;

// Pages each connection keeps (SQLite's default is 2 MiB): a million records' indexes do not
// fit in that, and every write then reads its index pages back from the file.
const CACHE_KIB = 64 * 1024;

export const latestVersion = (schema: Schema) => schema.migrations.length;

/** Creates the file with mode 0600 unless it exists; never follows a name another process created meanwhile. */
export function createPrivateFile(file: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    closeSync(openSync(file, 'wx', 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

function openConnection(file: string, readonly: boolean): Connection {
  const db = new Database(file, { readonly, fileMustExist: true });
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  return db;
}

/**
 * Brings the schema up to date, and seeds a database that had none, in one
 * transaction that holds the write lock: two processes starting on one new
 * file migrate and seed it once.
 */
export function migrate(db: Connection, schema: Schema, seed: (db: Connection) => void) {
  let seeded = false;
  db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    const owner = db.pragma('application_id', { simple: true }) as number;
    if (owner !== 0 && owner !== schema.applicationId) {
      throw new DataFileError(`is not a ${schema.label} sandbox database (its application_id is ${owner})`);
    }
    if (version > latestVersion(schema)) {
      throw new DataFileError(
        `was written by a newer sandbox (schema version ${version}; this one knows up to ${latestVersion(schema)})`,
      );
    }
    // A database already up to date is not written to: it opens even on a full disk.
    for (const migration of schema.migrations.slice(version)) db.exec(migration);
    if (owner !== schema.applicationId) db.pragma(`application_id = ${schema.applicationId}`);
    if (version !== latestVersion(schema)) db.pragma(`user_version = ${latestVersion(schema)}`);
    if (version === 0) {
      seed(db);
      seeded = true;
    }
  }).immediate();
  // A new database's records came in bulk: its planner statistics are taken once, now, not at every start.
  if (seeded) db.exec('ANALYZE');
  // Statistics for the planner (with samples, STAT4), so a selective range uses its index; SQLite
  // analyzes only tables never analyzed or much grown since, so a restart on an analyzed file is quick.
  // They only speed searches up: a disk too full to store them does not stop the start.
  try {
    db.pragma('optimize = 0x10002');
  } catch (error) {
    if (!isStorageFailure(error)) throw error;
  }
}

export function openMemoryDatabase(schema: Schema, seed: (db: Connection) => void): Connection {
  const db = new Database(':memory:');
  migrate(db, schema, seed);
  return db;
}

/** The writer and the reader of a database file, migrated and seeded. */
export function openFileDatabase(
  file: string,
  schema: Schema,
  seed: (db: Connection) => void,
): { writer: Connection; reader: Connection } {
  createPrivateFile(file);
  let writer: Connection;
  try {
    writer = openConnection(file, false);
    writer.pragma('journal_mode = WAL');
  } catch (error) {
    throw new DataFileError(`cannot be opened as a database: ${(error as Error).message}`);
  }
  writer.pragma('synchronous = NORMAL');
  writer.pragma(`cache_size = ${-CACHE_KIB}`);
  try {
    migrate(writer, schema, seed);
  } catch (error) {
    writer.close();
    throw error;
  }
  const reader = openConnection(file, true);
  reader.pragma(`cache_size = ${-CACHE_KIB}`);
  return { writer, reader };
}
