// The data file under the faults users meet: a full disk and a directory made
// read-only while clients write, and two sandboxes sharing one file. A write
// the storage refuses is answered 503 in the vendor's format and is never
// visible; every write answered 200 is kept; the sandbox takes writes again
// as soon as the storage does, without a restart.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CliSandbox, startCliSandbox } from '../test-support/cli-sandbox.js';
import { ADMIN, send } from '../testing/client.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'chatapi-faults-'));
const mounts: string[] = [];
afterAll(() => {
  for (const mount of mounts.reverse()) execFileSync('umount', ['-l', mount]);
  rmSync(scratch, { recursive: true, force: true });
});
const isRoot = process.getuid?.() === 0;

interface Outcome {
  kept: string[];
  refused: string[];
  /** Answers that were neither 200 nor the storage's 503: there must be none. */
  other: string[];
}

const create = (cli: CliSandbox, name: string, filler = 2000) =>
  send(cli.sandbox, 'POST', '/api/support/chatrooms', {
    auth: ADMIN,
    json: { BusinessId: 7, Name: name, SystemId: 'x'.repeat(filler) },
  });

/** `clients` concurrent writers create rooms named `<prefix> <n>` until `stop()` says so. */
async function pour(cli: CliSandbox, prefix: string, clients: number, stop: (outcome: Outcome) => boolean) {
  const outcome: Outcome = { kept: [], refused: [], other: [] };
  let next = 0;
  const writer = async () => {
    while (!stop(outcome) && next < 5000) {
      const name = `${prefix} ${next++}`;
      const answer = await create(cli, name);
      if (answer.status === 200) outcome.kept.push(name);
      else if (answer.status === 503 && /did not save this request: .+Nothing was changed/.test(answer.body.Message))
        outcome.refused.push(name);
      else outcome.other.push(`${name}: ${answer.status} ${JSON.stringify(answer.body)}`);
    }
  };
  await Promise.all(Array.from({ length: clients }, writer));
  return outcome;
}

async function found(cli: CliSandbox, name: string): Promise<number> {
  const answer = await send(cli.sandbox, 'GET', '/api/support/chatrooms', {
    auth: ADMIN,
    query: `ChatRoom_Name=${encodeURIComponent(name)}`,
  });
  return answer.body.TotalItems;
}

/** Every kept write is there once, no refused one is, and the store takes 50 writes in a row again. */
async function expectConsistentAndWritable(cli: CliSandbox, outcome: Outcome) {
  expect(outcome.other).toEqual([]);
  for (const name of outcome.kept) expect(await found(cli, name), name).toBe(1);
  for (const name of outcome.refused) expect(await found(cli, name), name).toBe(0);
  const after = await pour(cli, 'After', 5, (now) => now.kept.length + now.refused.length >= 50);
  expect(after.refused).toEqual([]);
  expect(after.other).toEqual([]);
}

describe.runIf(isRoot)('a full disk under concurrent writes', () => {
  it('refuses what it cannot keep, keeps what it answered, and takes writes again once there is room', async () => {
    const disk = path.join(scratch, 'disk');
    mkdirSync(disk);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=6m', 'tmpfs', disk]);
    mounts.push(disk);
    const cli = await startCliSandbox('nexudus', ['--seed', 'empty', '--data', path.join(disk, 'nexudus.db')]);
    try {
      const before = await pour(cli, 'Before', 10, (now) => now.kept.length >= 50);
      // Leave the database almost no room, then keep writing until the disk refuses for a while.
      const { bavail, bsize } = statfsSync(disk);
      writeFileSync(path.join(disk, 'filler'), Buffer.alloc(Math.max(0, bavail * bsize - 96 * 1024)));
      const full = await pour(cli, 'Full', 20, (now) => now.refused.length >= 40);
      expect(full.refused.length).toBeGreaterThanOrEqual(40);
      rmSync(path.join(disk, 'filler'));

      await expectConsistentAndWritable(cli, { ...full, kept: [...before.kept, ...full.kept] });
      // The failure is logged once, and so is the recovery: not a line per request.
      expect(cli.stderr().match(/was not saved/g)).toHaveLength(1);
      expect(cli.stderr()).toMatch(/disk is full/);

      // What was answered 200 is on disk: a restart finds it, even on a disk that is full again.
      await cli.kill();
      const { bavail: left, bsize: block } = statfsSync(disk);
      writeFileSync(path.join(disk, 'filler'), Buffer.alloc(left * block));
      const restarted = await startCliSandbox('nexudus', ['--data', path.join(disk, 'nexudus.db')]);
      try {
        for (const name of full.kept) expect(await found(restarted, name), name).toBe(1);
        for (const name of full.refused) expect(await found(restarted, name), name).toBe(0);
        rmSync(path.join(disk, 'filler'));
        expect((await create(restarted, 'After restart')).status).toBe(200);
      } finally {
        await restarted.kill();
      }
    } finally {
      await cli.kill();
    }
  });
});

describe('a data directory made read-only under concurrent writes', () => {
  it('answers every write in the vendor format, and takes writes when it is writable again', async () => {
    const directory = path.join(scratch, 'readonly');
    mkdirSync(directory);
    // Root ignores permission bits: a read-only bind mount is the same refusal for it.
    const makeReadOnly = () => {
      if (!isRoot) return execFileSync('chmod', ['0555', directory]);
      execFileSync('mount', ['--bind', directory, directory]);
      mounts.push(directory);
      execFileSync('mount', ['-o', 'remount,bind,ro', directory]);
    };
    const makeWritable = () => {
      if (!isRoot) return execFileSync('chmod', ['0755', directory]);
      execFileSync('umount', [mounts.pop()!]);
    };
    const cli = await startCliSandbox('nexudus', ['--seed', 'empty', '--data', path.join(directory, 'nexudus.db')]);
    try {
      await pour(cli, 'Before', 5, (now) => now.kept.length >= 20);
      makeReadOnly();
      const during = await pour(cli, 'During', 20, (now) => now.kept.length + now.refused.length >= 300);
      makeWritable();
      await expectConsistentAndWritable(cli, during);
    } finally {
      await cli.kill();
    }
  });
});

describe('two sandboxes on one data file', () => {
  it('under load, give every record its own Id and lose no acknowledged write', async () => {
    const file = path.join(scratch, 'shared', 'nexudus.db');
    mkdirSync(path.dirname(file));
    const [first, second] = await Promise.all([
      startCliSandbox('nexudus', ['--seed', 'empty', '--data', file]),
      startCliSandbox('nexudus', ['--seed', 'empty', '--data', file]),
    ]);
    try {
      const ids = new Map<number, string>();
      const writes = async (cli: CliSandbox, prefix: string) => {
        for (let i = 0; i < 150; i++) {
          const name = `${prefix} ${i}`;
          const answer = await create(cli, name, 200);
          expect(answer.status, JSON.stringify(answer.body)).toBe(200);
          expect(ids.has(answer.body.Value.Id), `Id ${answer.body.Value.Id} given twice`).toBe(false);
          ids.set(answer.body.Value.Id, name);
        }
      };
      await Promise.all([
        ...Array.from({ length: 10 }, (_, client) => writes(first, `First ${client}`)),
        ...Array.from({ length: 10 }, (_, client) => writes(second, `Second ${client}`)),
      ]);
      expect(ids.size).toBe(3000);
      // Each sees the other's writes, by Id and by search.
      for (const reader of [first, second]) {
        const all = await send(reader.sandbox, 'GET', '/api/support/chatrooms', { auth: ADMIN, query: 'size=5000' });
        expect(all.body.TotalItems).toBe(3000);
        const seen = new Map(all.body.Records.map((room: { Id: number; Name: string }) => [room.Id, room.Name]));
        expect(seen).toEqual(ids);
      }
    } finally {
      await Promise.all([first.kill(), second.kill()]);
    }
  });
});
