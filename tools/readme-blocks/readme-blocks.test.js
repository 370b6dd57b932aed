import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GENERATORS, withBlocks } from './readme-blocks.js';

const cli = new URL('./cli.js', import.meta.url).pathname;
const scratch = [];
afterAll(() => Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('withBlocks', () => {
  const generators = { letters: (api) => `| ${api} |\n|---|`, count: () => '3 operations' };

  it('rewrites what sits between the markers, and nothing else', () => {
    const text = 'Intro.\n\n<!-- BEGIN generated: letters abc -->\nstale\n<!-- END generated -->\n\nOutro.\n';
    expect(withBlocks(text, generators)).toBe(
      'Intro.\n\n<!-- BEGIN generated: letters abc -->\n| abc |\n|---|\n<!-- END generated -->\n\nOutro.\n',
    );
  });

  it('keeps an inline block inline', () => {
    expect(withBlocks('It has <!-- BEGIN generated: count x -->2 operations<!-- END generated -->.', generators)).toBe(
      'It has <!-- BEGIN generated: count x -->3 operations<!-- END generated -->.',
    );
  });

  it('refuses a kind no generator writes', () => {
    expect(() => withBlocks('<!-- BEGIN generated: tables x --><!-- END generated -->', generators)).toThrow(
      'no generator for "tables" blocks',
    );
  });
});

describe('the generators, on the published bundles', () => {
  it('list each helper with its call', () => {
    const helpers = GENERATORS.helpers('nexudus');
    expect(helpers).toContain('| `chatRooms.get` | `GET /api/support/chatrooms/{Id}` | Get a chat room by Id |');
    expect(helpers).toContain('| `chatRooms.getMany` | the same, `ChatRoom_Id=[1,2]` | Find chat rooms by Ids |');
    expect(GENERATORS.helpers('popsell')).toContain('| `chatrooms.purge` |');
  });
});

describe('chatapi-readme-blocks', () => {
  const run = (...args) =>
    new Promise((resolve) =>
      execFile(process.execPath, [cli, ...args], (error, stdout, stderr) =>
        resolve({ code: error ? error.code : 0, output: stdout + stderr }),
      ),
    );

  it('--check fails naming a README whose block is stale; without it, rewrites it', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'chatapi-readme-'));
    scratch.push(root);
    await new Promise((resolve) => execFile('git', ['init', '-q', root], resolve));
    const readme = path.join(root, 'README.md');
    await writeFile(readme, 'Nexudus:\n<!-- BEGIN generated: helpers nexudus -->\n| stale |\n<!-- END generated -->\n');
    expect(await run('--check', '--root', root)).toEqual({
      code: 1,
      output: 'readme-blocks: out of date (run pnpm readme-blocks): README.md\n',
    });
    expect((await run('--root', root)).code).toBe(0);
    expect(await readFile(readme, 'utf8')).toContain('| `tokens.create` | `POST /api/token` |');
    expect((await run('--check', '--root', root)).code).toBe(0);
  });
});
