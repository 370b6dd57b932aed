// The gate against the real Optic, Redocly and git: first Optic's verdict on
// the published Nexudus bundle with one change made to it, then the whole
// command in a scratch repository that has a release tag and changesets.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffBundles } from './breaking-changes.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const cli = fileURLToPath(new URL('./cli.js', import.meta.url));

describe('Optic on the Nexudus bundle', () => {
  let scratch;
  let released;
  const baseline = () => structuredClone(JSON.parse(released));
  const verdictOn = async (name, change) => {
    const spec = baseline();
    change(spec);
    const file = path.join(scratch, `${name}.json`);
    await writeFile(file, JSON.stringify(spec));
    return diffBundles(path.join(scratch, 'released.json'), file);
  };
  const chatRoom = (spec) => spec.components.schemas.ChatRoom.allOf[1];
  const chatRoomCreate = (spec) => spec.components.schemas.ChatRoomCreate;

  beforeAll(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'breaking-'));
    released = await readFile(require.resolve('@chatapi/specs/nexudus.openapi.json'), 'utf8');
    await writeFile(path.join(scratch, 'released.json'), released);
  });
  afterAll(() => rm(scratch, { recursive: true, force: true }));

  it('catches a removed response field', async () => {
    const verdict = await verdictOn('removed-field', (spec) => delete chatRoom(spec).properties.Users);
    expect(verdict.breaking).toBe(true);
    expect(verdict.report).toContain("cannot remove response property 'Users'");
  });

  it('catches a request field made required', async () => {
    const verdict = await verdictOn('required-field', (spec) => chatRoomCreate(spec).required.push('Name'));
    expect(verdict.breaking).toBe(true);
    expect(verdict.report).toMatch(/POST \/api\/support\/chatrooms[\s\S]*cannot make a request property required/);
  });

  it('catches a new required request field', async () => {
    const verdict = await verdictOn('new-required-field', (spec) => {
      chatRoomCreate(spec).properties.Topic = { type: 'string', description: 'The topic.' };
      chatRoomCreate(spec).required.push('Topic');
    });
    expect(verdict.breaking).toBe(true);
    expect(verdict.report).toContain('Topic');
  });

  it('catches a removed operation', async () => {
    const verdict = await verdictOn(
      'removed-operation',
      (spec) => delete spec.paths['/api/support/chatrooms/{Id}'].delete,
    );
    expect(verdict.breaking).toBe(true);
    expect(verdict.report).toContain('cannot remove an operation');
  });

  it('lets optional fields added to a request and a response pass', async () => {
    const verdict = await verdictOn('optional-fields', (spec) => {
      chatRoom(spec).properties.Topic = { type: 'string', description: 'The topic.' };
      chatRoomCreate(spec).properties.Topic = { type: 'string', description: 'The topic.' };
    });
    expect(verdict.report).toMatch(/Operations: \d+ operations? changed/);
    expect(verdict.breaking).toBe(false);
  });

  it('lets an unchanged bundle pass', async () => {
    expect(await verdictOn('unchanged', () => {})).toMatchObject({ breaking: false });
  });
});

describe('chatapi-breaking-changes in a repository with a release', () => {
  let repo;
  const git = (...args) => run('git', args, { cwd: repo });
  const gate = () =>
    run(process.execPath, [cli], { cwd: repo })
      .then(({ stdout }) => ({ code: 0, stdout }))
      .catch((error) => ({ code: error.code, stdout: error.stdout + error.stderr }));
  const chatRoomSchema = () => path.join(repo, 'specs/nexudus/components/schemas/ChatRoom.yaml');
  const changeset = (name, releases) =>
    writeFile(
      path.join(repo, '.changeset', `${name}.md`),
      `---\n${Object.entries(releases)
        .map(([pkg, type]) => `'${pkg}': ${type}`)
        .join('\n')}\n---\n\nChat rooms read by Id no longer list their users.\n`,
    );

  beforeAll(async () => {
    // Inside the workspace, so that the scratch repository's node_modules
    // cache folder and the Redocly plugin resolve as in a real checkout.
    const parent = path.join(repoRoot, 'tools', 'node_modules', '.cache');
    await mkdir(parent, { recursive: true });
    repo = await mkdtemp(path.join(parent, 'gate-repo-'));
    for (const entry of [
      'redocly.yaml',
      'tools/redocly-rules',
      'specs/nexudus',
      'specs/popsell',
      // The Redocly plugin reads the helper model and the extensions' schemas from specs/.
      'specs/client-helpers.js',
      'specs/extensions',
      '.changeset/config.json',
    ]) {
      await cp(path.join(repoRoot, entry), path.join(repo, entry), { recursive: true });
    }
    for (const folder of ['specs', 'packages/nexudus-client', 'packages/popsell-client']) {
      await mkdir(path.join(repo, folder), { recursive: true });
      await cp(path.join(repoRoot, folder, 'package.json'), path.join(repo, folder, 'package.json'));
    }
    await git('init', '-q', '-b', 'main');
    await git('-c', 'user.name=ci', '-c', 'user.email=ci@example.org', 'commit', '-q', '--allow-empty', '-m', 'start');
    await git('add', '-A');
    await git('-c', 'user.name=ci', '-c', 'user.email=ci@example.org', 'commit', '-q', '-m', 'release');
    await git('tag', '@chatapi/specs@0.1.0');
  });
  afterAll(() => rm(repo, { recursive: true, force: true }));

  it('passes when nothing changed since the release tag', async () => {
    const result = await gate();
    expect(result.stdout).toContain('comparing with @chatapi/specs@0.1.0 (the last release)');
    expect(result.code).toBe(0);
  });

  it('fails a breaking change until a changeset declares a major release of each package it breaks', async () => {
    const schema = await readFile(chatRoomSchema(), 'utf8');
    await writeFile(chatRoomSchema(), schema.replace(/\n {6}Users:[\s\S]*?description: A user Id\.\n/, '\n'));

    const undeclared = await gate();
    expect(undeclared.code).toBe(1);
    expect(undeclared.stdout).toContain("cannot remove response property 'Users'");
    expect(undeclared.stdout).toContain(
      'No changeset declares a major release of @chatapi/specs, @chatapi/nexudus-client',
    );

    await changeset('drop-users', { '@chatapi/specs': 'major', '@chatapi/nexudus-client': 'minor' });
    const partly = await gate();
    expect(partly.code).toBe(1);
    expect(partly.stdout).toContain('No changeset declares a major release of @chatapi/nexudus-client.');

    await changeset('drop-users', { '@chatapi/specs': 'major', '@chatapi/nexudus-client': 'major' });
    const declared = await gate();
    expect(declared.stdout).toContain('A changeset declares the major release it needs.');
    expect(declared.code).toBe(0);
  });
});
