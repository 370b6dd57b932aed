// What SQLite's planner does with the sandbox's queries: a connection that
// records every statement prepared on it, and each statement's full table
// scans and sorts, from EXPLAIN QUERY PLAN.
import Database from 'better-sqlite3';
import type { Connection, Schema } from '../store/database.js';
import { migrate } from '../store/database.js';

/** A migrated in-memory database, and every statement run on it from now on, with its parameters. */
export function recordingDatabase(schema: Schema): { db: Connection; executed: Map<string, unknown[]> } {
  const db = new Database(':memory:');
  migrate(db, schema, () => {});
  const executed = new Map<string, unknown[]>();
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const statement = prepare(sql) as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const method of ['get', 'all', 'run', 'iterate']) {
      const original = statement[method]!;
      statement[method] = (...args: unknown[]) => {
        if (!/^\s*(PRAGMA|EXPLAIN)/i.test(sql)) executed.set(sql, args);
        return original.apply(statement, args);
      };
    }
    return statement;
  }) as unknown as Connection['prepare'];
  return { db, executed };
}

/**
 * The plan's steps that read a whole table without an index, or sort rows in
 * a temporary B-tree. Walking a table in key order is the primary key's
 * index, and so allowed for a query that only orders by the key; a sort is
 * allowed after a filter, on the few rows it leaves.
 */
export function slowSteps(db: Connection, sql: string, parameters: unknown[] = []): string[] {
  const values = (sql.match(/\?/g) ?? []).map((_, index) => parameters[index] ?? null);
  const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...values) as { detail: string }[];
  const filtered = / WHERE /.test(sql);
  const keyOrderOnly = !filtered && /ORDER BY \w+ (ASC|DESC) LIMIT/.test(sql) && /ORDER BY (Id|id_\w+) /.test(sql);
  return plan
    .map((step) => step.detail)
    .filter((detail) => (/^SCAN \w+$/.test(detail) && !keyOrderOnly) || (detail.includes('TEMP B-TREE') && !filtered));
}
