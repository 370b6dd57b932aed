// The whole state of a database as rows, and putting it back: what reset and
// named snapshots are made of. The rows are copied within the database's own
// connection, so every prepared statement and every process sharing the file
// goes on working, and the copy is one transaction: no client sees half of it.
import type { Connection } from '../store/database.js';

export interface Snapshot {
  tables: { name: string; columns: string[]; rows: unknown[][] }[];
}

const userTables = (db: Connection) =>
  db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

export function takeSnapshot(db: Connection): Snapshot {
  return {
    tables: userTables(db).map((name) => {
      const select = db.prepare(`SELECT * FROM ${quote(name)}`).raw(true);
      return { name, columns: select.columns().map((column) => column.name), rows: select.all() as unknown[][] };
    }),
  };
}

/** Tables that triggers write to (row counts): they are put back last, after the triggers have fired. */
function triggerTargets(db: Connection): Set<string> {
  const sql = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger'").pluck().all() as string[];
  const targets = sql.flatMap((text) =>
    [...text.matchAll(/\b(?:UPDATE|INSERT\s+INTO|DELETE\s+FROM)\s+"?(\w+)"?/gi)].map((match) => match[1]!),
  );
  return new Set(targets);
}

/** Puts the database back as the snapshot has it; runs inside the caller's write transaction. */
export function restoreSnapshot(db: Connection, snapshot: Snapshot) {
  const maintained = triggerTargets(db);
  const fill = (table: Snapshot['tables'][number]) => {
    if (table.rows.length === 0) return;
    const insert = db.prepare(
      `INSERT INTO ${quote(table.name)} (${table.columns.map(quote).join(', ')}) VALUES (${table.columns.map(() => '?').join(', ')})`,
    );
    for (const row of table.rows) insert.run(...row);
  };
  for (const table of snapshot.tables) db.prepare(`DELETE FROM ${quote(table.name)}`).run();
  for (const table of snapshot.tables) if (!maintained.has(table.name)) fill(table);
  for (const table of snapshot.tables) {
    if (!maintained.has(table.name)) continue;
    db.prepare(`DELETE FROM ${quote(table.name)}`).run();
    fill(table);
  }
}
