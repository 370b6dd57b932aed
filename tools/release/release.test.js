// The release set-up, run for real: Changesets' own `version` command applies
// a changeset to a scratch copy of the workspace's manifests and changelogs.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const changesetBin = path.join(path.dirname(require.resolve('@changesets/cli/package.json')), 'bin.js');

const PUBLISHED = {
  '@chatapi/specs': 'specs',
  '@chatapi/client-runtime': 'packages/client-runtime',
  '@chatapi/nexudus-client': 'packages/nexudus-client',
  '@chatapi/popsell-client': 'packages/popsell-client',
  '@chatapi/sandbox': 'packages/sandbox',
  '@chatapi/docs': 'packages/docs',
};
const PRIVATE = {
  '@chatapi/tools': 'tools',
  '@chatapi/bench': 'bench',
  '@chatapi/test-harness': 'packages/test-harness',
};
const manifest = async (root, folder) => JSON.parse(await readFile(path.join(root, folder, 'package.json'), 'utf8'));

describe('the packages Changesets releases', () => {
  it.each(Object.entries(PUBLISHED))('%s is public and ships its changelog', async (name, folder) => {
    const pkg = await manifest(repoRoot, folder);
    expect(pkg.name).toBe(name);
    expect(pkg.private).toBeUndefined();
    expect(pkg.files).toContain('CHANGELOG.md');
    expect(await readFile(path.join(repoRoot, folder, 'CHANGELOG.md'), 'utf8')).toMatch(
      new RegExp(`^# ${name}\\n\\n## ${pkg.version.replaceAll('.', '\\.')}\\n`),
    );
  });

  it.each(Object.entries(PRIVATE))('%s stays private', async (name, folder) => {
    expect(await manifest(repoRoot, folder)).toMatchObject({ name, private: true });
  });

  it('ignores no publishable package', async () => {
    const config = JSON.parse(await readFile(path.join(repoRoot, '.changeset/config.json'), 'utf8'));
    expect(config.ignore).toEqual([]);
    expect(config.privatePackages).toEqual({ version: false, tag: false });
  });
});

describe('changeset version on a copy of the workspace', () => {
  let scratch;
  beforeAll(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'release-'));
    for (const file of ['package.json', 'pnpm-workspace.yaml', '.changeset/config.json']) {
      await cp(path.join(repoRoot, file), path.join(scratch, file));
    }
    for (const folder of [...Object.values(PUBLISHED), ...Object.values(PRIVATE)]) {
      await cp(path.join(repoRoot, folder, 'package.json'), path.join(scratch, folder, 'package.json'));
      const changelog = path.join(repoRoot, folder, 'CHANGELOG.md');
      await cp(changelog, path.join(scratch, folder, 'CHANGELOG.md')).catch(() => {});
    }
    await writeFile(
      path.join(scratch, '.changeset', 'drop-users.md'),
      "---\n'@chatapi/specs': major\n'@chatapi/nexudus-client': major\n---\n\nChat rooms read by Id no longer list their users.\n",
    );
    await run(process.execPath, [changesetBin, 'version'], { cwd: scratch });
  });
  afterAll(() => rm(scratch, { recursive: true, force: true }));

  it('bumps the packages the changeset names and writes the summary into their changelogs', async () => {
    for (const folder of [PUBLISHED['@chatapi/specs'], PUBLISHED['@chatapi/nexudus-client']]) {
      expect((await manifest(scratch, folder)).version).toBe('1.0.0');
      const changelog = await readFile(path.join(scratch, folder, 'CHANGELOG.md'), 'utf8');
      expect(changelog).toMatch(
        /^# @chatapi\/[a-z-]+\n\n## 1\.0\.0\n\n### Major Changes\n\n- [0-9a-f]*:? ?Chat rooms read by Id no longer list their users\.\n[\s\S]*## 0\.1\.0\n/,
      );
    }
  });

  it('releases a package that depends on a bumped one, and says why', async () => {
    const sandbox = await manifest(scratch, PUBLISHED['@chatapi/sandbox']);
    expect(sandbox.version).toBe('0.1.1');
    const changelog = await readFile(path.join(scratch, PUBLISHED['@chatapi/sandbox'], 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain('### Patch Changes\n\n- Updated dependencies\n  - @chatapi/specs@1.0.0');
  });

  it('leaves the private packages and the untouched ones alone, and uses up the changeset', async () => {
    for (const folder of Object.values(PRIVATE)) {
      expect((await manifest(scratch, folder)).version).toBe((await manifest(repoRoot, folder)).version);
    }
    expect((await manifest(scratch, PUBLISHED['@chatapi/popsell-client'])).version).toBe('0.1.0');
    await expect(readFile(path.join(scratch, '.changeset', 'drop-users.md'))).rejects.toThrow(/ENOENT/);
  });
});
