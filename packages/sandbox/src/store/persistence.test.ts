// The data file: state survives a restart and a killed process, the file is
// never torn, and hundreds of concurrent writes lose nothing.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../index.js';
import { ADMIN, call } from '../testing/client.js';
import { nexudusEmptyState } from '../vendors/nexudus/index.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'chatapi-sandbox-data-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

function startCli(dataFile: string): Promise<{ child: ChildProcess; sandbox: Sandbox }> {
  const child = spawn(
    process.execPath,
    [cli, '--api', 'nexudus', '--port', '0', '--seed', 'empty', '--data', dataFile],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`sandbox exited with ${code}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      const url = /listening on (\S+)/.exec(chunk.toString())?.[1];
      if (url)
        resolve({
          child,
          sandbox: { api: 'nexudus', url, port: Number(new URL(url).port), close: async () => void child.kill() },
        });
    });
  });
}

const names = async (sandbox: Sandbox) =>
  (await call(sandbox, 'searchChatRooms', { auth: ADMIN, query: 'size=100000' })).body.Records.map(
    (room: any) => room.Name,
  ).sort();

describe('the data file', () => {
  it('keeps the state across a restart, and the seed does not overwrite it', async () => {
    const dataFile = path.join(scratch, 'restart', 'nexudus.json');
    const first = await startSandbox({ api: 'nexudus', seed: 'empty', dataFile });
    await call(first, 'createChatRoom', { auth: ADMIN, json: { BusinessId: 1, Name: 'Kept' } });
    await first.close();
    const second = await startSandbox({ api: 'nexudus', seed: 'demo', dataFile });
    expect(await names(second)).toEqual(['Kept']);
    await second.close();
  });

  it('keeps every answered write when the process is killed with SIGKILL mid-traffic, and the file is whole', async () => {
    // 3000 stored rooms of 1 kB make every atomic write take milliseconds, so
    // an answer sent before its write would be lost by the kill below.
    const dataFile = path.join(scratch, 'killed.json');
    const filled = nexudusEmptyState();
    for (let Id = 1; Id <= 3000; Id++) {
      filled.chatRooms[Id] = {
        Id,
        BusinessId: 1,
        Name: `Old ${Id}`,
        Active: true,
        LastAgentVisit: null,
        Users: [],
        SystemId: 'x'.repeat(1000),
        UniqueId: randomUUID(),
        CreatedOn: '2024-01-01T00:00:00Z',
        UpdatedOn: '2024-01-01T00:00:00Z',
        UpdatedBy: 'System',
      };
    }
    filled.nextId = 3001;
    writeFileSync(dataFile, JSON.stringify(filled));
    const { child, sandbox } = await startCli(dataFile);
    // 50 clients keep writing until the process dies; it is killed once 100
    // writes are answered, so writes are always in flight when it dies.
    const answered: string[] = [];
    let lost = 0;
    let hundredAnswered!: () => void;
    const killPoint = new Promise<void>((resolve) => (hundredAnswered = resolve));
    let next = 0;
    const client = async () => {
      for (;;) {
        const name = `Room ${next++}`;
        try {
          await call(sandbox, 'createChatRoom', { auth: ADMIN, json: { BusinessId: 1, Name: name } });
        } catch {
          lost++;
          return;
        }
        if (answered.push(name) === 100) hundredAnswered();
      }
    };
    const clients = Array.from({ length: 50 }, client);
    await killPoint;
    child.kill('SIGKILL');
    await Promise.all(clients);
    if (child.exitCode === null && child.signalCode === null)
      await new Promise((resolve) => child.once('exit', resolve));

    const saved = JSON.parse(readFileSync(dataFile, 'utf8'));
    const savedNames = Object.values<any>(saved.chatRooms).map((room) => room.Name);
    expect(answered.length).toBeGreaterThanOrEqual(100);
    expect(lost).toBe(50);
    for (const name of answered) expect(savedNames).toContain(name);

    const restarted = await startCli(dataFile);
    expect(await names(restarted.sandbox)).toEqual([...savedNames].sort());
    // Whatever temporary file the killed process left is swept on start.
    expect(readdirSync(scratch).filter((file) => file.startsWith('killed.json.') && file.endsWith('.tmp'))).toEqual([]);
    restarted.child.kill('SIGKILL');
  });

  it('is never seen torn by a reader while writes pour in', async () => {
    const dataFile = path.join(scratch, 'reader.json');
    const sandbox = await startSandbox({ api: 'nexudus', seed: 'demo', dataFile });
    let reads = 0;
    let writing = true;
    const reader = (async () => {
      while (writing) {
        JSON.parse(readFileSync(dataFile, 'utf8'));
        reads++;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        call(sandbox, 'createChatRoom', {
          auth: ADMIN,
          json: { BusinessId: 1, Name: `R${i}`, SystemId: 'x'.repeat(500) },
        }),
      ),
    );
    writing = false;
    await reader;
    expect(reads).toBeGreaterThan(0);
    await sandbox.close();
  });

  it('refuses to start on a file that is not a data file, with a clear message', async () => {
    const dataFile = path.join(scratch, 'garbage.json');
    writeFileSync(dataFile, 'not json');
    await expect(startSandbox({ api: 'nexudus', dataFile })).rejects.toThrow(/is not a sandbox data file/);
    expect(existsSync(dataFile)).toBe(true);
  });
});

describe('concurrency', () => {
  it('200 parallel creates get 200 unique Ids, and 200 parallel updates all land', async () => {
    const dataFile = path.join(scratch, 'concurrent.json');
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

    const saved = JSON.parse(readFileSync(dataFile, 'utf8'));
    expect(Object.values<any>(saved.chatRooms).filter((room) => room.Name.startsWith('Renamed')).length).toBe(200);
  });
});
