// A table of records kept as JSON, with the columns its searches filter and
// order by computed from each record and stored beside it (so SQLite can
// index them), and list-valued properties as rows of side tables. A read by
// key returns the stored JSON as it is. The tables themselves are created by
// the API's migrations; this module only reads and writes their rows.
import type { Statement } from 'better-sqlite3';
import type { Connection } from './database.js';

/** A column value as SQLite stores it: booleans as 0 and 1, anything not a finite number or a text as null. */
export function sqlValue(value: unknown): number | string | null {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return typeof value === 'string' ? value : null;
}

export interface SideTable<R> {
  /** Its columns after `owner` (the record's key). */
  columns: string[];
  rows(record: R): unknown[][];
}

export interface TableDefinition<R> {
  table: string;
  /** The INTEGER PRIMARY KEY column. */
  key: string;
  keyOf(record: R): number;
  /** Columns beside `record`, each computed from the record. */
  columns: Record<string, (record: R) => unknown>;
  /** Side tables by name; their rows are replaced on every save. */
  sides?: Record<string, SideTable<R>>;
}

export interface DocumentTable<R> {
  get(key: number): R | undefined;
  /** The stored JSON of the record, unparsed. */
  text(key: number): string | undefined;
  has(key: number): boolean;
  /** Inserts the record, or replaces the one with its key. */
  save(record: R): void;
  /** Inserts a record whose key is new (a create): nothing of it to replace. */
  insert(record: R): void;
  delete(key: number): boolean;
  /** The records of these keys, in the order given. */
  many(keys: number[]): R[];
}

export function documentTable<R>(db: Connection, definition: TableDefinition<R>): DocumentTable<R> {
  const { table, key } = definition;
  const columns = Object.entries(definition.columns);
  const names = [key, 'record', ...columns.map(([name]) => name)];
  const select = db.prepare(`SELECT record FROM ${table} WHERE ${key} = ?`).pluck();
  const exists = db.prepare(`SELECT 1 FROM ${table} WHERE ${key} = ?`).pluck();
  const upsert = db.prepare(
    `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})
     ON CONFLICT(${key}) DO UPDATE SET ${names
       .slice(1)
       .map((name) => `${name} = excluded.${name}`)
       .join(', ')}`,
  );
  const remove = db.prepare(`DELETE FROM ${table} WHERE ${key} = ?`);
  const sides = Object.entries(definition.sides ?? {}).map(([name, side]) => ({
    side,
    clear: db.prepare(`DELETE FROM ${name} WHERE owner = ?`),
    insert: db.prepare(
      `INSERT INTO ${name} (owner, ${side.columns.join(', ')}) VALUES (?, ${side.columns.map(() => '?').join(', ')})`,
    ),
  }));

  const insert = db.prepare(`INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`);
  const write = (statement: typeof upsert, record: R, replacing: boolean) => {
    const id = definition.keyOf(record);
    statement.run(id, JSON.stringify(record), ...columns.map(([, read]) => sqlValue(read(record))));
    for (const { side, clear, insert: insertRow } of sides) {
      if (replacing) clear.run(id);
      for (const row of side.rows(record)) insertRow.run(id, ...row.map(sqlValue));
    }
  };
  const text = (id: number) => select.get(id) as string | undefined;
  const get = (id: number) => {
    const stored = text(id);
    return stored === undefined ? undefined : (JSON.parse(stored) as R);
  };
  return {
    get,
    text,
    has: (id) => exists.get(id) !== undefined,
    save: (record) => write(upsert, record, true),
    insert: (record) => write(insert, record, false),
    delete(id) {
      for (const { clear } of sides) clear.run(id);
      return remove.run(id).changes > 0;
    },
    many: (ids) => ids.flatMap((id) => get(id) ?? []),
  };
}

/** Prepared statements by their SQL, for queries built from a request's filters; at most `most` are kept. */
export function statementCache(db: Connection, most = 500) {
  const statements = new Map<string, Statement<unknown[]>>();
  return (sql: string): Statement<unknown[]> => {
    let statement = statements.get(sql);
    if (!statement) {
      if (statements.size >= most) statements.clear();
      statement = db.prepare<unknown[]>(sql).pluck();
      statements.set(sql, statement);
    }
    return statement;
  };
}

/**
 * How many rows match in all, given one page of them: a page that is not
 * full, and not past the end, ends the matches, so only a full or an empty
 * page needs `count()` to run its query.
 */
export function totalOf(found: number, window: { offset: number; limit: number }, count: () => number): number {
  return found < window.limit && (found > 0 || window.offset === 0) ? window.offset + found : count();
}

/** The next Id of the API's one sequence, taken inside the caller's write transaction. */
export function sequence(db: Connection): () => number {
  // Not `UPDATE ... RETURNING` read with get(): better-sqlite3 then takes 20 to 150 µs a call, these two 1 µs.
  const advance = db.prepare('UPDATE sequence SET next_id = next_id + 1');
  const taken = db.prepare('SELECT next_id - 1 FROM sequence').pluck();
  return () => {
    advance.run();
    return taken.get() as number;
  };
}

/** Moves the sequence past `key`, so that no Id it gives later is one an import already used. */
export function sequencePast(db: Connection, key: number) {
  db.prepare('UPDATE sequence SET next_id = max(next_id, ?)').run(key + 1);
}
