// An API's state in SQLite, read and written through the vendor's tables
// (prepared statements bound to one connection).
//
// One request, one transaction: `write` runs the change in a transaction and
// resolves only once it is committed; a change whose commit fails is rolled
// back and rejected with a StorageError, so no client is told of a change that
// was not kept, or sees one it was told failed. In memory each write commits
// at once. With a file, the writes that arrive in one event-loop turn share
// one transaction, each in its own savepoint, and one fsync'd commit (group
// commit); requests that only read use a second connection, which sees
// committed data only.
import type { Connection } from './database.js';
import { asStorageError, isStorageFailure } from './storage-error.js';

export interface Store<Tables> {
  /** The committed state, for requests that only read. */
  readonly reads: Tables;
  /** Runs `change` in this request's transaction; resolves with its result once that is committed. */
  write<T>(change: (tables: Tables) => T): Promise<T>;
  close(): void;
}

export type BindTables<Tables> = (db: Connection) => Tables;

/** Transaction control, prepared once: it runs for every write, and exec would parse it every time. */
function transactionStatements(db: Connection) {
  const [begin, savepoint, release, rollbackToSavepoint, commit, rollback] = [
    'BEGIN IMMEDIATE',
    'SAVEPOINT request',
    'RELEASE request',
    'ROLLBACK TO request',
    'COMMIT',
    'ROLLBACK',
  ].map((sql) => db.prepare(sql));
  return {
    begin: begin!,
    savepoint: savepoint!,
    release: release!,
    rollbackToSavepoint: rollbackToSavepoint!,
    commit: commit!,
    rollback: rollback!,
  };
}

export function memoryStore<Tables>(db: Connection, bind: BindTables<Tables>): Store<Tables> {
  const tables = bind(db);
  const { begin, commit, rollback } = transactionStatements(db);
  return {
    reads: tables,
    write(change) {
      try {
        begin.run();
        const result = change(tables);
        commit.run();
        return Promise.resolve(result);
      } catch (error) {
        try {
          if (db.inTransaction) rollback.run();
        } catch {
          // SQLite rolled it back itself.
        }
        return Promise.reject(isStorageFailure(error) ? asStorageError(error) : error);
      }
    },
    close: () => db.close(),
  };
}

interface Waiting {
  resolve(): void;
  reject(error: unknown): void;
}

export function fileStore<Tables>(
  writer: Connection,
  reader: Connection,
  bind: BindTables<Tables>,
  onCommitted: (error: unknown) => void,
): Store<Tables> {
  const writeTables = bind(writer);
  let batch: Waiting[] | null = null;
  const {
    begin,
    savepoint,
    release,
    rollbackToSavepoint,
    commit: commitStatement,
    rollback,
  } = transactionStatements(writer);

  const failBatch = (error: unknown) => {
    const failed = batch ?? [];
    batch = null;
    if (writer.inTransaction) {
      try {
        rollback.run();
      } catch {
        // SQLite may have rolled it back already; nothing is left to undo.
      }
    }
    const storageError = asStorageError(error);
    for (const waiting of failed) waiting.reject(storageError);
    onCommitted(storageError);
    if (storageError.code === 'SQLITE_FULL') reclaimJournal();
  };

  // On a full disk the WAL may hold most of the free space: copying it into the database and
  // truncating it gives that space back, so writes can succeed again once there is any room.
  const reclaimJournal = () => {
    try {
      writer.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // Nothing reclaimed this time; the next failure tries again.
    }
  };

  const commit = () => {
    const committing = batch;
    if (!committing) return;
    try {
      commitStatement.run();
    } catch (error) {
      failBatch(error);
      return;
    }
    batch = null;
    for (const waiting of committing) waiting.resolve();
    onCommitted(null);
  };

  return {
    reads: bind(reader),
    write<T>(change: (tables: Tables) => T) {
      return new Promise<T>((resolve, reject) => {
        if (!batch) {
          try {
            begin.run();
          } catch (error) {
            onCommitted(asStorageError(error));
            reject(asStorageError(error));
            return;
          }
          batch = [];
          setImmediate(commit);
        }
        let result: T;
        try {
          savepoint.run();
          result = change(writeTables);
          release.run();
        } catch (error) {
          if (!writer.inTransaction) {
            // SQLite rolled back the whole transaction (a full disk can): every write in it is lost.
            failBatch(error);
            reject(asStorageError(error));
            return;
          }
          try {
            rollbackToSavepoint.run();
            release.run();
          } catch (rollbackError) {
            failBatch(rollbackError);
          }
          reject(isStorageFailure(error) ? asStorageError(error) : error);
          return;
        }
        batch!.push({ resolve: () => resolve(result), reject });
      });
    },
    close() {
      commit();
      reader.close();
      writer.close();
    },
  };
}
