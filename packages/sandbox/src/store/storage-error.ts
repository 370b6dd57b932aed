// A failure of the storage itself (a full disk, a read-only file, a lock held
// too long), as opposed to a bug: the request's change was not kept, and the
// same request may succeed once the storage takes writes again.
import Database from 'better-sqlite3';

const REASONS: [prefix: string, reason: string][] = [
  ['SQLITE_FULL', 'the disk is full'],
  ['SQLITE_IOERR', 'a read or write of the data file failed'],
  ['SQLITE_READONLY', 'the data file or its directory is read-only'],
  ['SQLITE_BUSY', 'another process held the database write lock for too long'],
  ['SQLITE_LOCKED', 'another process held the database write lock for too long'],
  ['SQLITE_CANTOPEN', 'the data file could not be opened'],
  ['SQLITE_PROTOCOL', 'the database lock could not be taken'],
  ['SQLITE_NOMEM', 'the sandbox ran out of memory'],
  ['SQLITE_CORRUPT', 'the data file is damaged'],
  ['SQLITE_NOTADB', 'the data file is damaged'],
];

const reasonOf = (error: unknown) =>
  error instanceof Database.SqliteError ? REASONS.find(([prefix]) => error.code.startsWith(prefix))?.[1] : undefined;

export class StorageError extends Error {
  override name = 'StorageError';
  constructor(
    /** What failed, in words a client can act on. */
    readonly reason: string,
    /** SQLite's code, e.g. SQLITE_FULL. */
    readonly code: string,
  ) {
    super(`${reason} (${code})`);
  }
}

export const isStorageFailure = (error: unknown): boolean =>
  error instanceof StorageError || reasonOf(error) !== undefined;

export function asStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const reason = reasonOf(error);
  if (reason) return new StorageError(reason, (error as InstanceType<typeof Database.SqliteError>).code);
  return new StorageError(`the change could not be saved: ${(error as Error).message}`, 'SQLITE_ERROR');
}
