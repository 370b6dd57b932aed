// The data file: state survives a restart and a killed process, and hundreds
// of concurrent writes lose nothing and get unique Ids.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../index.js';
import { startCliSandbox } from '../test-support/cli-sandbox.js';
import { ADMIN, call } from '../testing/client.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'chatapi-sandbox-data-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const names = async (sandbox: Sandbox) =>
  (await call(sandbox, 'searchChatRooms', { auth: ADMIN, query: 'size=100000' })).body.Records.map(
    (room: any) => room.Name,
  ).sort();

/** The chat rooms' names as SQLite itself reads them from the file. */
function savedNames(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("SELECT record ->> '$.Name' FROM chat_rooms").pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe('the data file', () => {
  it('keeps the state across a restart, and the seed does not overwrite it', async () => {
    const dataFile = path.join(scratch, 'restart', 'nexudus.db');
    const first = await startSandbox({ api: 'nexudus', seed: 'empty', dataFile });
    await call(first, 'createChatRoom', { auth: ADMIN, json: { BusinessId: 1, Name: 'Kept' } });
    await first.close();
    const second = await startSandbox({ api: 'nexudus', seed: 'demo', dataFile });
    expect(await names(second)).toEqual(['Kept']);
    await second.close();
  });

  it('keeps every answered write when the process is killed with SIGKILL mid-traffic', async () => {
    const dataFile = path.join(scratch, 'killed.db');
    const { sandbox, kill } = await startCliSandbox('nexudus', ['--seed', 'empty', '--data', dataFile]);
    // 50 clients keep writing until the process dies; it is killed once 300
    // writes are answered, so writes are always in flight when it dies.
    const answered: string[] = [];
    let lost = 0;
    let enoughAnswered!: () => void;
    const killPoint = new Promise<void>((resolve) => (enoughAnswered = resolve));
    let next = 0;
    const client = async () => {
      for (;;) {
        const name = `Room ${next++}`;
        try {
          await call(sandbox, 'createChatRoom', {
            auth: ADMIN,
            json: { BusinessId: 1, Name: name, SystemId: 'x'.repeat(1000) },
          });
        } catch {
          lost++;
          return;
        }
        if (answered.push(name) === 300) enoughAnswered();
      }
    };
    const clients = Array.from({ length: 50 }, client);
    await killPoint;
    await kill();
    await Promise.all(clients);

    expect(lost).toBe(50);
    const saved = savedNames(dataFile);
    for (const name of answered) expect(saved).toContain(name);

    const restarted = await startCliSandbox('nexudus', ['--data', dataFile]);
    expect(await names(restarted.sandbox)).toEqual([...saved].sort());
    await restarted.kill();
  });
});

describe('concurrency', () => {
  it('200 parallel creates get 200 unique Ids, and 200 parallel updates all land', async () => {
    const dataFile = path.join(scratch, 'concurrent.db');
    const sandbox = await startSandbox({ api: 'nexudus', seed: 'empty', dataFile });
    const created = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        call(sandbox, 'createChatRoom', { auth: ADMIN, json: { BusinessId: 1, Name: `Room ${i}` } }),
      ),
    );
    const ids = created.map((answer) => answer.body.Value.Id as number);
    expect(new Set(ids).size).toBe(200);

    await Promise.all(
      ids.map((Id, i) =>
        call(sandbox, 'updateChatRoom', { auth: ADMIN, json: { Id, BusinessId: 2, Name: `Renamed ${i}`, Users: [i] } }),
      ),
    );
    const page = (await call(sandbox, 'searchChatRooms', { auth: ADMIN, query: 'size=500&ChatRoom_Business=2' })).body;
    expect(page.TotalItems).toBe(200);
    expect(new Set(page.Records.map((room: any) => room.Name)).size).toBe(200);
    await sandbox.close();

    expect(savedNames(dataFile).filter((name) => name.startsWith('Renamed')).length).toBe(200);
  });
});
