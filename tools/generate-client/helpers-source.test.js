// What a generated helpers module does, read by running it: each case
// generates the module of a spec, compiles it, and calls its helpers with a
// `call` that records what it is asked and answers as a server would. The
// fixture spec's whole module is also type-checked, and kept as a snapshot.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helpersSource } from './helpers-source.js';

// The workspace's runtime, built before these tests (tools/turbo.json); not a dependency of
// tools, whose client-config the runtime's own build uses.
const runtimeDirectory = fileURLToPath(new URL('../../packages/client-runtime/', import.meta.url));
const fixtureUrl = new URL('./fixtures/things.openapi.json', import.meta.url);

let directory = '';
beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'helpers-source-'));
});
afterAll(() => rm(directory, { recursive: true, force: true }));

/** The generated module of `doc`, compiled to JavaScript and imported, with the real client runtime. */
async function load(doc) {
  const source = helpersSource(doc, { api: 'example', runtime: '@chatapi/client-runtime' });
  const javaScript = ts
    .transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } })
    .outputText.replace(
      "'@chatapi/client-runtime'",
      `'${pathToFileURL(path.join(runtimeDirectory, 'dist/index.js'))}'`,
    );
  const file = path.join(directory, `helpers-${Math.random().toString(36).slice(2)}.mjs`);
  await writeFile(file, javaScript);
  return import(pathToFileURL(file).href);
}

const { apiPromise } = await import(pathToFileURL(path.join(runtimeDirectory, 'dist/index.js')).href);

/**
 * A `call` that records each call and answers with `answer(operationId, init)`, as the runtime's
 * caller does: an ApiPromise of the body, whose answer says 200.
 * @param {(operationId: string, init: any) => unknown} [answer]
 */
function recordingCall(answer = () => ({})) {
  const calls = [];
  const call = (operationId, init, options) => {
    calls.push({ operationId, init, options });
    return apiPromise((async () => ({ data: await answer(operationId, init), status: 200, headers: new Headers() }))());
  };
  return { call, calls };
}

const fixture = async () => JSON.parse(await readFile(fixtureUrl, 'utf8'));

describe('helpersSource', () => {
  it('passes path parameters, then the query, then the body, then the options, as the request init', async () => {
    const { createHelpers, routes } = await load(await fixture());
    const { call, calls } = recordingCall();
    const options = { signal: AbortSignal.timeout(1000) };
    await createHelpers(call).notes.create(7, { notify: true }, { Text: 'hello' }, options);
    expect(calls).toEqual([
      {
        operationId: 'createThingNote',
        init: { path: { Id: 7 }, query: { notify: true }, body: { Text: 'hello' }, helper: 'notes.create' },
        options,
      },
    ]);
    expect(routes.createThingNote).toEqual({ method: 'post', path: '/things/{Id}/notes' });
    expect(routes.createToken).toEqual({
      method: 'post',
      path: '/token',
      bodyMediaType: 'application/x-www-form-urlencoded',
    });
  });

  it('lets an optional query and body be left out', async () => {
    const { createHelpers } = await load(await fixture());
    const { call, calls } = recordingCall();
    await createHelpers(call).notes.create(7);
    await createHelpers(call).things.list();
    expect(calls.map(({ init }) => init)).toEqual([
      { path: { Id: 7 }, query: {}, body: {}, helper: 'notes.create' },
      { query: {}, helper: 'things.list' },
    ]);
  });

  it('iterates every page, keeping the query and setting the page itself', async () => {
    const { createHelpers } = await load(await fixture());
    const pages = { 1: [{ Id: 1 }, { Id: 2 }], 2: [{ Id: 3 }] };
    const { call, calls } = recordingCall((_, init) => ({
      Records: pages[init.query.page],
      HasNextPage: init.query.page < 2,
      TotalPages: 2,
    }));
    const records = [];
    for await (const record of createHelpers(call).things.iterate({ Thing_Id: 'x' })) records.push(record);
    expect(records).toEqual([{ Id: 1 }, { Id: 2 }, { Id: 3 }]);
    expect(calls.map(({ init }) => init.query)).toEqual([
      { Thing_Id: 'x', page: 1 },
      { Thing_Id: 'x', page: 2 },
    ]);
  });

  it("starts iterating at the query's page", async () => {
    const { createHelpers } = await load(await fixture());
    const { call, calls } = recordingCall((_, init) => ({
      Records: [{ Id: init.query.page }],
      HasNextPage: init.query.page < 3,
    }));
    const records = [];
    for await (const record of createHelpers(call).things.iterate({ page: 2 })) records.push(record);
    expect(records).toEqual([{ Id: 2 }, { Id: 3 }]);
    expect(calls.map(({ init }) => init.query.page)).toEqual([2, 3]);
  });

  it('sends the Ids of a variant bracketed and unencoded, and returns the records of every page', async () => {
    const { createHelpers } = await load(await fixture());
    const { call, calls } = recordingCall((_, init) => ({
      Records: [{ Id: init.query.page }],
      HasNextPage: init.query.page === 1,
    }));
    expect(await createHelpers(call).things.getMany([4, 5])).toEqual([{ Id: 1 }, { Id: 2 }]);
    expect(calls[0].init).toEqual({
      query: { Thing_Id: '[4,5]', page: 1 },
      allowReserved: true,
      helper: 'things.getMany',
    });
  });

  it('patches by reading with readWith and sending back only the writable fields, changed', async () => {
    const { createHelpers } = await load(await fixture());
    const { call, calls } = recordingCall((operationId) =>
      operationId === 'getThing' ? { Id: 9, Name: 'old', UpdatedOn: 'yesterday', Extra: 1 } : { Value: { Id: 9 } },
    );
    expect(await createHelpers(call).things.patch(9, { Name: 'new' })).toEqual({ Value: { Id: 9 } });
    expect(calls.map(({ operationId, init }) => [operationId, init])).toEqual([
      // The read is a step of the helper's own operation: its failure is restated as the patch's.
      ['getThing', { path: { Id: 9 }, helper: 'things.patch', stepOf: 'updateThing' }],
      ['updateThing', { body: { Id: 9, Name: 'new' }, helper: 'things.patch' }],
    ]);
  });

  it('maps named body arguments to the wire fields, and unwraps a one-element array', async () => {
    const { createHelpers } = await load(await fixture());
    const { call, calls } = recordingCall((operationId) => (operationId === 'getThing' ? [{ Id: 3 }] : {}));
    await createHelpers(call).things.run({ key: 'PURGE', ids: [1] });
    expect(calls[0].init).toEqual({ body: { Key: 'PURGE', Ids: [1] }, helper: 'things.run' });
    expect(await createHelpers(call).things.get(3)).toEqual({ Id: 3 });
  });

  it("builds the server URL from the spec's variables and their defaults", async () => {
    const { serverUrl } = await load(await fixture());
    expect(serverUrl()).toBe('https://demo.things.example/v1');
    expect(serverUrl({ tenant: 'acme' })).toBe('https://acme.things.example/v1');
    const plain = await load({ ...(await fixture()), servers: [{ url: 'https://api.example.com' }] });
    expect(plain.serverUrl()).toBe('https://api.example.com');
  });

  it('refuses an operation without x-client-helper, or a spec without a server, naming them', async () => {
    const doc = await fixture();
    delete doc.paths['/things/run'].post['x-client-helper'];
    expect(() => helpersSource(doc, { api: 'example' })).toThrow('example: runThingCommand has no x-client-helper');
    const serverless = { ...(await fixture()), servers: [] };
    expect(() => helpersSource(serverless, { api: 'example' })).toThrow('example: the spec names no server');
  });

  it("type-checks against openapi-typescript's types of the same spec and the runtime's declarations", async () => {
    const doc = await fixture();
    const files = {
      [path.join(directory, 'openapi.ts')]: astToString(await openapiTS(doc)),
      [path.join(directory, 'helpers.ts')]: helpersSource(doc, { api: 'things' }),
    };
    const options = {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      skipLibCheck: true,
      paths: { '@chatapi/client-runtime': [path.join(runtimeDirectory, 'dist/index.d.ts')] },
    };
    const host = ts.createCompilerHost(options);
    const readFileOf = host.readFile.bind(host);
    host.readFile = (name) => files[name] ?? readFileOf(name);
    host.fileExists = (
      (exists) => (name) =>
        name in files || exists(name)
    )(host.fileExists.bind(host));
    const program = ts.createProgram(Object.keys(files), options, host);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    expect(problems).toEqual([]);
  });

  it('writes the whole helpers module of a fixture spec that uses every x-client-helper key, as its snapshot shows', async () => {
    await expect(helpersSource(await fixture(), { api: 'things' })).toMatchFileSnapshot(
      './fixtures/things.helpers.ts.snap',
    );
  });
});
