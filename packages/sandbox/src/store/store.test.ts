// One request, one transaction: a write is visible only once committed, a
// change that throws undoes only itself, and with a file the writes of one
// event-loop turn share one commit.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Connection, openFileDatabase, openMemoryDatabase, type Schema } from './database.js';
import { fileStore, memoryStore, type Store } from './store.js';

const SCHEMA: Schema = {
  label: 'Test',
  applicationId: 0x54455354,
  migrations: ['CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL);'],
};
const bind = (db: Connection) => {
  const insert = db.prepare('INSERT INTO notes (text) VALUES (?)');
  const all = db.prepare('SELECT text FROM notes ORDER BY id').pluck();
  const version = db.prepare('PRAGMA data_version').pluck();
  return {
    add: (text: string) => insert.run(text),
    texts: () => all.all() as string[],
    /** Changes when another connection commits. */
    dataVersion: () => version.get() as number,
  };
};
type Notes = ReturnType<typeof bind>;

const scratch = mkdtempSync(path.join(os.tmpdir(), 'chatapi-store-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let files = 0;
const stores: Record<string, () => Store<Notes>> = {
  memory: () =>
    memoryStore(
      openMemoryDatabase(SCHEMA, () => {}),
      bind,
    ),
  file: () => {
    const { writer, reader } = openFileDatabase(path.join(scratch, `${++files}.db`), SCHEMA, () => {});
    return fileStore(writer, reader, bind, () => {});
  },
};

describe.each(Object.keys(stores))('a %s store', (kind) => {
  it('undoes a change that throws, and only that change', async () => {
    const store = stores[kind]!();
    const bug = new Error('a bug in a handler');
    const results = await Promise.allSettled([
      store.write((notes) => notes.add('first')),
      store.write((notes) => {
        notes.add('half-done');
        throw bug;
      }),
      store.write((notes) => notes.add('third')),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toBe(bug);
    expect(store.reads.texts()).toEqual(['first', 'third']);
    store.close();
  });
});

describe('a file store', () => {
  it('shows a write to readers only once it is committed, and commits a turn of writes at once', async () => {
    const store = stores.file!();
    const before = store.reads.dataVersion();
    const writes = [store.write((notes) => notes.add('a')), store.write((notes) => notes.add('b'))];
    expect(store.reads.texts()).toEqual([]);
    await Promise.all(writes);
    expect(store.reads.texts()).toEqual(['a', 'b']);
    // The reader saw the writer commit once for both.
    expect(store.reads.dataVersion()).toBe(before + 1);
    store.close();
  });
});
