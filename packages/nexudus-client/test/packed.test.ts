// The package as a user gets it: packed, installed with npm in a project
// outside the workspace, then used from ESM, from CommonJS and from strict
// TypeScript against the real sandbox.
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
const sandbox = useSandbox({ api: 'nexudus' });
let project: PackedProject;

beforeAll(async () => {
  project = await packAndInstall([runtimeDir, packageDir]);
}, 180_000);
afterAll(() => project?.remove());

const USE = (load: string) => `${load}
const client = createNexudusClient({ baseUrl: process.env.SANDBOX_URL, auth: { username: 'admin@example.com', password: 'sandbox' } });
const room = await client.chatRooms.get(1234567);
const many = await client.chatRooms.getMany([1234567, 9876541]);
let notFound = false;
try { await client.chatRooms.get(1); } catch (error) { notFound = error instanceof NotFoundError && error.status === 404; }
console.log(JSON.stringify({ name: room.Name, many: many.length, notFound }));
`;

describe('@chatapi/nexudus-client, packed and installed', () => {
  it('works from an ES module', async () => {
    await project.write(
      'esm.mjs',
      USE(`import { createNexudusClient, NotFoundError } from '@chatapi/nexudus-client';`),
    );
    const output = await project.exec(process.execPath, ['esm.mjs'], { SANDBOX_URL: sandbox().url });
    expect(JSON.parse(output)).toEqual({ name: 'Name', many: 2, notFound: true });
  });

  it('works from CommonJS', async () => {
    const script = USE(`const { createNexudusClient, NotFoundError } = require('@chatapi/nexudus-client');`);
    await project.write(
      'cjs.cjs',
      `(async () => {\n${script}\n})().catch((error) => { console.error(error); process.exit(1); });`,
    );
    const output = await project.exec(process.execPath, ['cjs.cjs'], { SANDBOX_URL: sandbox().url });
    expect(JSON.parse(output)).toEqual({ name: 'Name', many: 2, notFound: true });
  });

  it('type-checks under tsc --strict, and a wrong body does not', { timeout: TYPE_CHECK_TIMEOUT_MS }, async () => {
    const good = `import { createNexudusClient, type ValidationError } from '@chatapi/nexudus-client';
const client = createNexudusClient({ auth: { token: 't' } });
export const name: Promise<string | null | undefined> = client.chatRooms.get(1).then((room) => room.Name);
export const created = client.chatRooms.create({ BusinessId: 1, Name: 'x' });
export type Issues = ValidationError['issues'];
`;
    expect(await typeCheck(project.dir, { 'check.mts': good })).toEqual({ ok: true, output: '' });
    const wrong = await typeCheck(project.dir, {
      'check.mts': `${good}export const wrong = client.chatRooms.create({ Name: 'no business' });\n`,
    });
    expect(wrong.ok).toBe(false);
    expect(wrong.output).toMatch(/BusinessId/);
  });

  it('has nothing publint or are-the-types-wrong would report', async () => {
    for (const dir of [runtimeDir, packageDir]) {
      const tarball = project.tarballs.get(dir)!;
      expect(await publintMessages(tarball), dir).toEqual([]);
      expect(await typesProblems(tarball), dir).toEqual([]);
    }
  });
});
