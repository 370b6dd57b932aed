// `pnpm lint` runs specs/scripts/lint.js. Each case copies the sources, breaks
// them in one way, and runs that same script on the copy: it must exit non-zero
// and name the rule. One break only Redocly sees, one only Spectral sees, so
// each linter is shown to fail the run on its own.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const scratchDirs: string[] = [];
afterAll(() => Promise.all(scratchDirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function copyOfSources() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'chatapi-lint-case-'));
  scratchDirs.push(root);
  for (const file of ['redocly.yaml', '.spectral.yaml', 'package.json', 'tools/redocly-rules']) {
    await cp(path.join(repoRoot, file), path.join(root, file), { recursive: true });
  }
  for (const entry of [
    'nexudus',
    'popsell',
    'scripts',
    'extensions',
    'QUIRKS.md',
    'catalogue.js',
    'client-helpers.js',
  ]) {
    await cp(path.join(repoRoot, 'specs', entry), path.join(root, 'specs', entry), { recursive: true });
  }
  await cp(path.join(repoRoot, 'specs/package.json'), path.join(root, 'specs/package.json'));
  await symlink(path.join(repoRoot, 'specs/node_modules'), path.join(root, 'specs/node_modules'), 'dir');
  return root;
}

async function edit(file: string, from: string, to: string) {
  const text = await readFile(file, 'utf8');
  expect(text, `${file} should contain ${from}`).toContain(from);
  await writeFile(file, text.replace(from, to));
}

function lint(root: string) {
  return new Promise<{ code: number; output: string }>((resolve) => {
    execFile(process.execPath, ['scripts/lint.js'], { cwd: path.join(root, 'specs') }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

describe('pnpm lint', () => {
  it('passes on the sources as they are', async () => {
    const result = await lint(await copyOfSources());
    expect(result.output).toContain('Redocly, Spectral and the extensions’ schemas: no problems.');
    expect(result.code).toBe(0);
  });

  it('fails when a schema property has no description (a project rule of Redocly)', async () => {
    const root = await copyOfSources();
    await edit(
      path.join(root, 'specs/nexudus/components/schemas/ChatRoomBase.yaml'),
      'description: The name of this chat room.',
      'title: Name',
    );
    const result = await lint(root);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('chatapi/schema-property-description');
    expect(result.output).toContain('Lint failed: Redocly on the sources');
  });

  it('fails when a role is not stated in the description', async () => {
    const root = await copyOfSources();
    await edit(
      path.join(root, 'specs/nexudus/paths/api_support_chatrooms_{Id}.yaml'),
      '    - ChatRoom-Delete\n',
      '    - ChatRoom-Remove\n',
    );
    const result = await lint(root);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('chatapi/roles-machine-readable');
  });

  it('fails when an operation names no client helper, or reuses a name', async () => {
    const root = await copyOfSources();
    await edit(
      path.join(root, 'specs/nexudus/paths/api_support_chatrooms_{Id}.yaml'),
      '    name: chatRooms.delete\n',
      '    name: chatRooms.get\n',
    );
    await edit(
      path.join(root, 'specs/nexudus/paths/api_sys_chatusermessages_{Id}.yaml'),
      '  x-client-helper:\n    name: chatUserMessages.delete\n',
      '',
    );
    const result = await lint(root);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('chatapi/client-helper');
    expect(result.output).toContain('helper name "chatRooms.get" is already used by getChatRoom');
    expect(result.output).toContain('deleteChatUserMessage: needs "x-client-helper"');
  });

  it("fails when an example's x-published-value is not a value (the extensions' schemas)", async () => {
    const root = await copyOfSources();
    await edit(
      path.join(root, 'specs/nexudus/paths/api_sys_chatusermessages_runcommand.yaml'),
      '            x-published-value:\n              Key: A_KEY_FROM_GET_COMMANDS\n              Ids:\n                - 123\n                - 87654321\n',
      '            x-published-value: null\n',
    );
    const result = await lint(root);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('examples/markDelivered/x-published-value: x-published-value must NOT be valid');
  });

  it('fails when tags are out of order (a rule only Spectral applies)', async () => {
    const root = await copyOfSources();
    await edit(
      path.join(root, 'specs/nexudus/openapi.yaml'),
      "  - name: Authentication\n    description: Exchange a Nexudus user's credentials for a bearer token.\n",
      '',
    );
    await edit(
      path.join(root, 'specs/nexudus/openapi.yaml'),
      'paths:\n',
      "  - name: Authentication\n    description: Exchange a Nexudus user's credentials for a bearer token.\npaths:\n",
    );
    const result = await lint(root);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('openapi-tags-alphabetical');
    expect(result.output).toContain('Lint failed: Spectral reported problems.');
  });

  it('fails when an example does not fit its schema (both linters)', async () => {
    const root = await copyOfSources();
    await edit(
      path.join(root, 'specs/popsell/paths/chat_chatrooms_{id}.yaml'),
      '- id_chatroom: 8',
      '- id_chatroom: eight',
    );
    const result = await lint(root);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('no-invalid-media-type-examples');
    expect(result.output).toContain('oas3-valid-media-example');
    expect(result.output).toContain(
      'Lint failed: Redocly on the sources, Redocly on the published files, Spectral reported problems.',
    );
  });

  it('fails when an operation or a shared response does not say where it comes from, or names what does not exist', async () => {
    const root = await copyOfSources();
    const file = path.join(root, 'specs/nexudus/paths/api_support_chatrooms_{Id}.yaml');
    await edit(
      file,
      '  x-provenance:\n    kind: documented\n    sources: [get-chatrooms-by-id, reference-chatroom]\n    quirks: [N26]\n',
      '',
    );
    await edit(
      file,
      'sources: [reference-chatroom, delete-chatroom]',
      'sources: [reference-chatroom, nowhere]\n    quirks: [N99]',
    );
    await edit(
      path.join(root, 'specs/popsell/components/responses/Unauthorized.yaml'),
      'x-provenance:\n  kind: documented\n  sources: [patch-chat-chatroom]\n',
      '',
    );
    const result = await lint(root);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('chatapi/provenance');
    expect(result.output).toContain('getChatRoom: needs "x-provenance"');
    expect(result.output).toContain('deleteChatRoom: source "nowhere" is not a key');
    expect(result.output).toContain('deleteChatRoom: quirk "N99" is not a row of specs/QUIRKS.md');
    expect(result.output).toContain(
      'listAmbassadors 401 (../components/responses/Unauthorized.yaml): needs "x-provenance"',
    );
  });

  it('fails when an x-provenance does not fit its JSON Schema', async () => {
    const root = await copyOfSources();
    await edit(
      path.join(root, 'specs/popsell/components/schemas/Rating.yaml'),
      '  quirks: [P13, P16]\n',
      '  quirks: [P13, P16]\n  note: not a field of x-provenance\n',
    );
    const result = await lint(root);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /popsell\.openapi\.json#\/components\/schemas\/Rating\/x-provenance: x-provenance must NOT have additional properties/,
    );
    expect(result.output).toContain('Lint failed: the extensions’ schemas reported problems.');
  });

  it('fails when an Arazzo workflow is malformed', async () => {
    const root = await copyOfSources();
    await edit(
      path.join(root, 'specs/nexudus/workflows/chat.arazzo.yaml'),
      '- stepId: searchRooms',
      '- stepid: searchRooms',
    );
    const result = await lint(root);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('The field `stepId` must be present on this level.');
    expect(result.output).toContain('Lint failed: Redocly on the published files');
  });

  it('fails when a client helper or an operation variant does not fit its JSON Schema, or names no parameter', async () => {
    const root = await copyOfSources();
    const file = path.join(root, 'specs/nexudus/paths/api_support_chatrooms.yaml');
    await edit(
      file,
      '      requiredParameters:\n        - ChatRoom_Id\n',
      '      requiredParameters:\n        - ChatRoom_Ids\n',
    );
    await edit(
      path.join(root, 'specs/popsell/paths/chat_chatrooms_{id}.yaml'),
      '    unwrapArray: true',
      '    unwrapArray: yes please',
    );
    const result = await lint(root);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      'searchChatRooms variant findChatRoomsByIds: requiredParameters names "ChatRoom_Ids", which is not a parameter of the operation.',
    );
    expect(result.output).toMatch(
      /popsell\.openapi\.json#\/paths\/~1chat~1chatrooms~1\{id\}\/patch\/x-client-helper\/unwrapArray: x-client-helper must be equal to constant/,
    );
  });
});
