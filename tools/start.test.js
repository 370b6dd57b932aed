// `pnpm start` as a user meets it: the printed curls work as printed, the
// docs are served, and Ctrl-C stops everything with exit code 0.
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const script = fileURLToPath(new URL('start.js', import.meta.url));

function run(command) {
  return new Promise((resolve) =>
    execFile('bash', ['-c', command], (error, stdout) => resolve({ code: error?.code ?? 0, stdout })),
  );
}

/** `pnpm start` on free ports, once it says it is ready. */
async function start(...args) {
  // With the `--` that `pnpm start -- ...` passes on.
  const child = spawn(
    process.execPath,
    [script, '--', '--nexudus-port', '0', '--popsell-port', '0', '--docs-port', '0', ...args],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Press Ctrl-C to stop.')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`start exited early with ${code}:\n${output}`)));
  });
  return { child, output };
}

it('prints URLs, credentials and curls that work, and stops cleanly on SIGINT', async () => {
  const { child, output } = await start();
  expect(output).toMatch(/Nexudus {2}http:\/\/127\.0\.0\.1:\d+\n/);
  expect(output).toMatch(/Popsell {2}http:\/\/127\.0\.0\.1:\d+\/api\/v2\n/);
  expect(output).toContain('admin@example.com / sandbox');
  expect(output).toContain('sandbox-token (brand 3)');
  const docs = /Docs {5}(http:\/\/127\.0\.0\.1:\d+)\//.exec(output)?.[1];
  for (const page of ['/', '/nexudus.html', '/popsell.html']) {
    const response = await fetch(`${docs}${page}`);
    expect(response.status, page).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
  }

  const curls = output.split('\n').filter((line) => line.startsWith('curl '));
  expect(curls).toHaveLength(3);
  const [search, token, patch] = await Promise.all(curls.map(run));
  expect(JSON.parse(search.stdout)).toMatchObject({ CurrentPageSize: 2, Records: [{ Id: 1234567 }, { Id: 9876541 }] });
  expect(JSON.parse(token.stdout)).toMatchObject({ token_type: 'bearer' });
  expect(JSON.parse(patch.stdout)).toMatchObject({ id_chatroom: 8, established_dialogue: '2023-10-06 13:41:09.123' });

  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  child.kill('SIGINT');
  expect(await exited).toEqual({ code: 0, signal: null });
});

it('keeps --data-dir as SQLite databases, and converts the JSON data files an earlier version left there', async () => {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'chatapi-start-'));
  try {
    // A data file as sandbox 0.2 wrote it.
    const room = {
      Id: 1234567,
      BusinessId: 1,
      Name: 'Kept from 0.2',
      Active: true,
      LastAgentVisit: null,
      Users: [],
      SystemId: null,
      UniqueId: '00000000-0000-4000-8000-000001234567',
      CreatedOn: '2024-01-01T00:00:00Z',
      UpdatedOn: '2024-01-01T00:00:00Z',
      UpdatedBy: 'System',
    };
    const earlier = { nextId: 1234568, chatRooms: { 1234567: room }, chatUserMessages: {}, tokens: {} };
    writeFileSync(path.join(directory, 'nexudus.json'), JSON.stringify(earlier));
    const { child, output } = await start('--data-dir', directory);
    const nexudus = /Nexudus {2}(http:\/\/127\.0\.0\.1:\d+)\n/.exec(output)[1];
    const read = await fetch(`${nexudus}/api/support/chatrooms/1234567`, {
      headers: { authorization: `Basic ${Buffer.from('admin@example.com:sandbox').toString('base64')}` },
    });
    expect((await read.json()).Name).toBe('Kept from 0.2');
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    await exited;
    for (const api of ['nexudus', 'popsell'])
      expect(
        readFileSync(path.join(directory, `${api}.db`))
          .subarray(0, 15)
          .toString(),
      ).toBe('SQLite format 3');
    expect(existsSync(path.join(directory, 'nexudus.db.pre-sqlite.json'))).toBe(true);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});
