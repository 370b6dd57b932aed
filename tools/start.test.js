// `pnpm start` as a user meets it: the printed curls work as printed, the
// docs are served, and Ctrl-C stops everything with exit code 0.
import { execFile, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const script = fileURLToPath(new URL('start.js', import.meta.url));

function run(command) {
  return new Promise((resolve) =>
    execFile('bash', ['-c', command], (error, stdout) => resolve({ code: error?.code ?? 0, stdout })),
  );
}

it('prints URLs, credentials and curls that work, and stops cleanly on SIGINT', async () => {
  // With the `--` that `pnpm start -- ...` passes on.
  const child = spawn(
    process.execPath,
    [script, '--', '--nexudus-port', '0', '--popsell-port', '0', '--docs-port', '0'],
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
