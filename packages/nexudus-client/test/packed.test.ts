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

  it('an error thrown by the CommonJS build is an instance of the ES module classes, and the other way', async () => {
    await project.write(
      'dual.mjs',
      `import { createRequire } from 'node:module';
import * as esm from '@chatapi/nexudus-client';
const cjs = createRequire(import.meta.url)('@chatapi/nexudus-client');
const failure = (client) => client.chatRooms.get(1).then(() => undefined, (error) => error);
const fromCjs = await failure(cjs.createNexudusClient({ baseUrl: process.env.SANDBOX_URL, auth: { basic: { username: 'admin@example.com', password: 'sandbox' } } }));
const fromEsm = await failure(esm.createNexudusClient({ baseUrl: process.env.SANDBOX_URL, auth: { basic: { username: 'admin@example.com', password: 'sandbox' } } }));
const unknownToken = await failure(esm.createNexudusClient({ baseUrl: process.env.SANDBOX_URL, auth: { token: 'nope' } }));
console.log(JSON.stringify({
  cjsIsEsmNotFound: fromCjs instanceof esm.NotFoundError,
  cjsIsEsmApiError: fromCjs instanceof esm.ApiError,
  esmIsCjsNotFound: fromEsm instanceof cjs.NotFoundError,
  notFoundIsNotAuthentication: fromCjs instanceof esm.AuthenticationError,
  authenticationIsNotNotFound: unknownToken instanceof cjs.NotFoundError,
  plainErrorIsNotApiError: new Error('x') instanceof esm.ApiError,
}));
`,
    );
    const output = await project.exec(process.execPath, ['dual.mjs'], { SANDBOX_URL: sandbox().url });
    expect(JSON.parse(output)).toEqual({
      cjsIsEsmNotFound: true,
      cjsIsEsmApiError: true,
      esmIsCjsNotFound: true,
      notFoundIsNotAuthentication: false,
      authenticationIsNotNotFound: false,
      plainErrorIsNotApiError: false,
    });
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
