// What --data FILE may be: a new file becomes a private database; a JSON data
// file of this API is converted in place and kept beside it; anything else is
// refused at start with a clear message and a non-zero exit, never served.
import {
  existsSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../index.js';
import { runCli, startCliSandbox } from '../test-support/cli-sandbox.js';
import { ADMIN, call, POPSELL } from '../testing/client.js';
import { nexudusDemoState } from '../vendors/nexudus/demo.js';
import { popsellDemoState } from '../vendors/popsell/demo.js';
import { jsonBackupOf } from './data-file.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'chatapi-data-file-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let files = 0;
const fileWith = (content: string | null, name = `data-${++files}`) => {
  const file = path.join(scratch, name);
  if (content !== null) writeFileSync(file, content);
  return file;
};

describe('a file that is not a data file of this API', () => {
  const popsellJson = JSON.stringify(popsellDemoState());
  it.each([
    ['text', 'not json', /neither a sandbox database nor a sandbox JSON data file/],
    ['a JSON array', '[]', /is JSON but not a Nexudus data file/],
    ['an empty JSON object', '{}', /is JSON but not a Nexudus data file/],
    ['a JSON number', '42', /is JSON but not a Nexudus data file/],
    ['a Popsell data file', popsellJson, /is a Popsell data file, not a Nexudus one/],
  ])('is refused at start: %s', async (_kind, content, message) => {
    const file = fileWith(content);
    const run = await runCli(['--api', 'nexudus', '--port', '0', '--data', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain(file);
    // Refused files are left exactly as they were.
    expect(readFileSync(file, 'utf8')).toBe(content);
  });

  it('a Popsell sandbox refuses a Nexudus data file, and a Nexudus database', async () => {
    const json = fileWith(JSON.stringify(nexudusDemoState()));
    const jsonRun = await runCli(['--api', 'popsell', '--port', '0', '--data', json]);
    expect(jsonRun.code).toBe(2);
    expect(jsonRun.stderr).toMatch(/is a Nexudus data file, not a Popsell one/);

    const database = fileWith(null, 'nexudus.db');
    const made = await startSandbox({ api: 'nexudus', dataFile: database });
    await made.close();
    const databaseRun = await runCli(['--api', 'popsell', '--port', '0', '--data', database]);
    expect(databaseRun.code).toBe(2);
    expect(databaseRun.stderr).toMatch(/is not a Popsell sandbox database/);
  });

  it('a database written by a newer sandbox is refused, not downgraded', async () => {
    const database = fileWith(null, 'newer.db');
    await (await startSandbox({ api: 'nexudus', dataFile: database })).close();
    const db = new Database(database);
    db.pragma('user_version = 99');
    db.close();
    const run = await runCli(['--api', 'nexudus', '--port', '0', '--data', database]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/written by a newer sandbox \(schema version 99/);
  });
});

describe('a JSON data file of this API', () => {
  it('is converted in place: FILE becomes the database, the JSON is kept beside it', async () => {
    const state = nexudusDemoState();
    state.chatRooms[1234567]!.Name = 'Converted';
    const file = fileWith(JSON.stringify(state), 'nexudus.json');
    const sandbox = await startSandbox({ api: 'nexudus', dataFile: file });
    try {
      const room = await call(sandbox, 'getChatRoom', { auth: ADMIN, path: { Id: 1234567 } });
      expect(room.body.Name).toBe('Converted');
      const created = await call(sandbox, 'createChatRoom', { auth: ADMIN, json: { BusinessId: 1 } });
      expect(created.body.Value.Id).toBe(state.nextId);
    } finally {
      await sandbox.close();
    }
    expect(readFileSync(file).subarray(0, 15).toString()).toBe('SQLite format 3');
    expect(JSON.parse(readFileSync(jsonBackupOf(file), 'utf8'))).toEqual(state);
  });

  it('of Popsell is converted the same way', async () => {
    const file = fileWith(JSON.stringify(popsellDemoState()), 'popsell.json');
    const sandbox = await startSandbox({ api: 'popsell', dataFile: file });
    try {
      const room = await call(sandbox, 'getChatroom', {
        auth: POPSELL,
        headers: { 'X-Popsell-Brand': '3' },
        path: { id: 8 },
      });
      expect(room.body.ambassadors.map((a: { id_ambassador: number }) => a.id_ambassador)).toEqual([42, 43]);
    } finally {
      await sandbox.close();
    }
    expect(existsSync(jsonBackupOf(file))).toBe(true);
  });
});

describe('a new database file', () => {
  it('is readable by its owner only (it holds issued tokens), and so are its journal files', async () => {
    const file = fileWith(null, path.join('private', 'nexudus.db'));
    const { sandbox, kill } = await startCliSandbox('nexudus', ['--data', file]);
    await call(sandbox, 'createToken', {
      form: { grant_type: 'password', username: 'admin@example.com', password: 'sandbox' },
    });
    for (const name of [file, `${file}-wal`, `${file}-shm`])
      expect((statSync(name).mode & 0o777).toString(8), name).toBe('600');
    await kill();
  });

  it('never writes through a symlink planted where its journal goes', async () => {
    const victim = fileWith('precious', 'victim');
    const file = fileWith(null, 'planted.db');
    symlinkSync(victim, `${file}-wal`);
    const { sandbox, kill } = await startCliSandbox('nexudus', ['--data', file]);
    for (let i = 0; i < 20; i++) await call(sandbox, 'createChatRoom', { auth: ADMIN, json: { BusinessId: i } });
    await kill();
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(lstatSync(`${file}-wal`).isSymbolicLink()).toBe(false);
  });
});

describe('--seed FILE', () => {
  it('starts an in-memory sandbox, or a new data file, from a copy of a sandbox database', async () => {
    const fixture = fileWith(null, 'fixture.db');
    const maker = await startSandbox({ api: 'nexudus', seed: 'empty', dataFile: fixture });
    await call(maker, 'createChatRoom', { auth: ADMIN, json: { BusinessId: 1, Name: 'Fixture' } });
    await maker.close();

    for (const dataFile of [undefined, fileWith(null, 'from-fixture.db')]) {
      const sandbox = await startSandbox({ api: 'nexudus', seed: fixture, dataFile });
      try {
        const found = await call(sandbox, 'searchChatRooms', { auth: ADMIN, query: 'ChatRoom_Name=Fixture' });
        expect(found.body.TotalItems, String(dataFile)).toBe(1);
        await call(sandbox, 'createChatRoom', { auth: ADMIN, json: { BusinessId: 1, Name: 'Only in the copy' } });
      } finally {
        await sandbox.close();
      }
    }
    // The fixture itself is untouched.
    const again = await startSandbox({ api: 'nexudus', dataFile: fixture });
    const all = await call(again, 'searchChatRooms', { auth: ADMIN });
    expect(all.body.Records.map((room: { Name: string }) => room.Name)).toEqual(['Fixture']);
    await again.close();
  });

  it("is refused when it is another API's database, or not a database", async () => {
    const fixture = fileWith(null, 'popsell-fixture.db');
    await (await startSandbox({ api: 'popsell', dataFile: fixture })).close();
    const other = await runCli(['--api', 'nexudus', '--port', '0', '--seed', fixture]);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/is not a Nexudus sandbox database/);
    const text = await runCli(['--api', 'nexudus', '--port', '0', '--seed', fileWith('hello')]);
    expect(text.code).toBe(2);
    expect(text.stderr).toMatch(/is not a sandbox database/);
  });
});
