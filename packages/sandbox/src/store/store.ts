// An API's state in SQLite, read and written through the vendor's tables
// (prepared statements bound to one connection).
//
// One request, one transaction: `write` runs the change in a transaction and
// resolves only once it is committed; a change whose commit fails is rolled
// back and rejected with a StorageError, so no client is told of a change that
// was not kept, or sees one it was told failed. In memory each write commits
// at once. With a file, the writes that arrive in one event-loop turn run
// together in one transaction with one commit (group commit); requests that
// only read use a second connection, which sees committed data only.
import type { Connection } from './database.js';
import { asStorageError, isStorageFailure } from './storage-error.js';

export interface Store<Tables> {
  /** The committed state, for requests that only read. */
  readonly reads: Tables;
  /** The connection `reads` uses, for reading the database whole (a snapshot). */
  readonly readConnection: Connection;
  /**
   * Runs `change` in this request's transaction; resolves with its result once
   * that is committed. `db` is the writing connection, for what no table does
   * (restoring a snapshot).
   */
  write<T>(change: (tables: Tables, db: Connection) => T): Promise<T>;
  close(): void;
}

export type BindTables<Tables> = (db: Connection) => Tables;

/** Transaction control, prepared once: it runs for every write, and exec would parse it every time. */
function transactionStatements(db: Connection) {
  const [begin, commit, rollback] = ['BEGIN IMMEDIATE', 'COMMIT', 'ROLLBACK'].map((sql) => db.prepare(sql));
  return { begin: begin!, commit: commit!, rollback: rollback! };
}

export function memoryStore<Tables>(db: Connection, bind: BindTables<Tables>): Store<Tables> {
  const tables = bind(db);
  const { begin, commit, rollback } = transactionStatements(db);
  return {
    reads: tables,
    readConnection: db,
    write(change) {
      try {
        begin.run();
        const result = change(tables, db);
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

interface Pending<Tables> {
  change(tables: Tables, db: Connection): unknown;
  resolve(result: unknown): void;
  reject(error: unknown): void;
}

export function fileStore<Tables>(
  writer: Connection,
  reader: Connection,
  bind: BindTables<Tables>,
  onCommitted: (error: unknown) => void,
): Store<Tables> {
  const writeTables = bind(writer);
  let batch: Pending<Tables>[] = [];
  const { begin, commit, rollback } = transactionStatements(writer);

  const rollBack = () => {
    if (!writer.inTransaction) return;
    try {
      rollback.run();
    } catch {
      // SQLite may have rolled it back already; nothing is left to undo.
    }
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

  const failAll = (pending: Pending<Tables>[], error: unknown) => {
    rollBack();
    const storageError = asStorageError(error);
    for (const entry of pending) entry.reject(storageError);
    onCommitted(storageError);
    if (storageError.code === 'SQLITE_FULL') reclaimJournal();
  };

  /**
   * Runs a turn's changes in one transaction and commits it. A change that
   * throws is rejected and the transaction rolled back; the others run again,
   * without it, in a new one: their answers are not sent before the commit,
   * so running them twice is never seen. (A savepoint per change would undo
   * only the one that threw, but cost every change a third of its time.)
   */
  const flush = () => {
    let pending = batch;
    batch = [];
    while (pending.length > 0) {
      try {
        begin.run();
      } catch (error) {
        failAll(pending, error);
        return;
      }
      const results: unknown[] = [];
      let thrown = -1;
      let bug: unknown;
      for (let index = 0; index < pending.length; index++) {
        try {
          results.push(pending[index]!.change(writeTables, writer));
        } catch (error) {
          if (isStorageFailure(error) || !writer.inTransaction) {
            failAll(pending, error);
            return;
          }
          thrown = index;
          bug = error;
          break;
        }
      }
      if (thrown >= 0) {
        rollBack();
        pending[thrown]!.reject(bug);
        pending = pending.filter((_, index) => index !== thrown);
        continue;
      }
      try {
        commit.run();
      } catch (error) {
        failAll(pending, error);
        return;
      }
      for (const [index, entry] of pending.entries()) entry.resolve(results[index]);
      onCommitted(null);
      return;
    }
  };

  return {
    reads: bind(reader),
    readConnection: reader,
    write<T>(change: (tables: Tables, db: Connection) => T) {
      return new Promise<T>((resolve, reject) => {
        if (batch.length === 0) setImmediate(flush);
        batch.push({ change, resolve: resolve as (result: unknown) => void, reject });
      });
    },
    close() {
      flush();
      reader.close();
      writer.close();
    },
  };
}
