// The package as a user gets it: packed, installed with npm outside the
// workspace, used from ESM, CommonJS and strict TypeScript against the sandbox.
import { fileURLToPath } from 'node:url';
import {
  type PackedProject,
  packAndInstall,
  publintMessages,
  TYPE_CHECK_TIMEOUT_MS,
  typeCheck,
  typesProblems,
  useSandbox,
} from '@chatapi/test-harness';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const runtimeDir = fileURLToPath(new URL('../../client-runtime', import.meta.url));
const sandbox = useSandbox({ api: 'popsell', popsellAnswerForm: 'array' });
let project: PackedProject;

beforeAll(async () => {
  project = await packAndInstall([runtimeDir, packageDir]);
}, 180_000);
afterAll(() => project?.remove());

const USE = `
const client = createPopsellClient({ baseUrl: process.env.SANDBOX_URL, brand: 3, auth: { token: 'sandbox-token' } });
const room = await client.chatrooms.update(8, { established_dialogue: '2023-10-06 13:41:09.123' });
let notFound = false;
try { await client.chatrooms.update(20, {}); } catch (error) { notFound = error instanceof NotFoundError; }
console.log(JSON.stringify({ id: room.id_chatroom, isArray: Array.isArray(room), notFound }));
`;
const EXPECTED = { id: 8, isArray: false, notFound: true };

describe('@chatapi/popsell-client, packed and installed', () => {
  it('works from an ES module and from CommonJS', async () => {
    await project.write(
      'esm.mjs',
      `import { createPopsellClient, NotFoundError } from '@chatapi/popsell-client';\n${USE}`,
    );
    expect(JSON.parse(await project.exec(process.execPath, ['esm.mjs'], { SANDBOX_URL: sandbox().url }))).toEqual(
      EXPECTED,
    );
    await project.write(
      'cjs.cjs',
      `const { createPopsellClient, NotFoundError } = require('@chatapi/popsell-client');\n(async () => {${USE}})().catch((error) => { console.error(error); process.exit(1); });`,
    );
    expect(JSON.parse(await project.exec(process.execPath, ['cjs.cjs'], { SANDBOX_URL: sandbox().url }))).toEqual(
      EXPECTED,
    );
  });

  it('type-checks under tsc --strict, and a missing brand does not', { timeout: TYPE_CHECK_TIMEOUT_MS }, async () => {
    const good = `import { createPopsellClient } from '@chatapi/popsell-client';
export const id: Promise<number> = createPopsellClient({ domain: 'shop.example.org', brand: 3 }).chatrooms.update(8, {}).then((room) => room.id_chatroom);
`;
    expect(await typeCheck(project.dir, { 'check.mts': good })).toEqual({ ok: true, output: '' });
    const wrong = await typeCheck(project.dir, {
      'check.mts': `${good}export const noBrand = createPopsellClient({ domain: 'shop.example.org' });\n`,
    });
    expect(wrong.ok).toBe(false);
    expect(wrong.output).toMatch(/brand/);
  });

  it('has nothing publint or are-the-types-wrong would report', async () => {
    const tarball = project.tarballs.get(packageDir)!;
    expect(await publintMessages(tarball)).toEqual([]);
    expect(await typesProblems(tarball)).toEqual([]);
  });
});
