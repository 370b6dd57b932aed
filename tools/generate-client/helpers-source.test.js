// A new operation in a spec gets its helper with no hand edits: each case
// feeds the generator a small spec and reads what it writes.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { helpersSource } from './helpers-source.js';

const ok = (schema) => ({ 200: { description: 'OK', content: { 'application/json': { schema } } } });
const spec = (paths, servers = [{ url: 'https://api.example.com' }]) => ({ openapi: '3.1.0', servers, paths });

describe('helpersSource', () => {
  it('writes a helper per x-client-helper, with path, query and body arguments in that order', () => {
    const source = helpersSource(
      spec({
        '/things/{thingId}/notes': {
          parameters: [{ name: 'thingId', in: 'path', required: true, schema: { type: 'integer' } }],
          post: {
            operationId: 'createNote',
            summary: 'Create a note',
            'x-required-roles': ['Note-Create'],
            'x-client-helper': { name: 'notes.create' },
            parameters: [{ name: 'notify', in: 'query', schema: { type: 'boolean' } }],
            requestBody: { required: true, content: { 'application/json': { schema: { type: 'object' } } } },
            responses: ok({ type: 'object' }),
          },
        },
      }),
      { api: 'example' },
    );
    expect(source).toContain("createNote: { method: 'post', path: '/things/{thingId}/notes' },");
    expect(source).toContain(
      "create: (thingId: CreateNotePath['thingId'], query: CreateNoteQuery = {}, body: CreateNoteBody, options?: RequestOptions): Promise<CreateNoteResult> =>",
    );
    expect(source).toContain("call<CreateNoteResult>('createNote', { path: { thingId }, query, body }, options)");
    expect(source).toContain('Needs the role `Note-Create`');
    expect(source).toContain("export const serverUrl = () => 'https://api.example.com';");
  });

  it('adds iterate for pagination, getMany for an ids variant, patch for a full-replace PUT', () => {
    const page = { type: 'object', properties: { Records: { type: 'array' }, HasNextPage: { type: 'boolean' } } };
    const source = helpersSource(
      spec({
        '/things': {
          get: {
            operationId: 'searchThings',
            'x-client-helper': {
              name: 'things.list',
              pagination: {
                iterateName: 'things.iterate',
                pageParameter: 'page',
                items: 'Records',
                hasNextPage: 'HasNextPage',
              },
            },
            'x-operation-variants': [
              {
                operationId: 'findThingsByIds',
                summary: 'Find things',
                'x-client-helper': { name: 'things.getMany', idsParameter: 'Thing_Id' },
              },
            ],
            parameters: [
              { name: 'page', in: 'query', schema: { type: 'integer' } },
              { name: 'Thing_Id', in: 'query', allowReserved: true, schema: { type: 'string' } },
            ],
            responses: ok(page),
          },
          put: {
            operationId: 'updateThing',
            'x-client-helper': { name: 'things.update', patch: { name: 'things.patch', readWith: 'getThing' } },
            requestBody: {
              content: {
                'application/json': {
                  schema: {
                    allOf: [
                      {
                        properties: {
                          Id: { type: 'integer' },
                          Name: { type: 'string' },
                          CreatedOn: { type: 'string', readOnly: true },
                        },
                      },
                      { properties: { AddedTags: { type: 'array', writeOnly: true } } },
                    ],
                  },
                },
              },
            },
            responses: ok({ type: 'object' }),
          },
        },
        '/things/{Id}': {
          get: {
            operationId: 'getThing',
            'x-client-helper': { name: 'things.get' },
            parameters: [{ name: 'Id', in: 'path', required: true }],
            responses: ok({ type: 'object' }),
          },
        },
      }),
      { api: 'example' },
    );
    expect(source).toContain("iterate: (query: Omit<SearchThingsQuery, 'page'> = {}, options?: RequestOptions)");
    expect(source).toContain('query: { Thing_Id: bracketedIds(ids), page }, allowReserved: true');
    expect(source).toContain("writableFields: ['Id', 'Name'],");
    expect(source).toContain("read: () => call('getThing', { path: { Id } }, options),");
  });

  it('maps named body arguments and unwraps a one-element array', () => {
    const source = helpersSource(
      spec(
        {
          '/run': {
            post: {
              operationId: 'runThing',
              'x-client-helper': { name: 'things.run', bodyArguments: { key: 'Key', ids: 'Ids' }, unwrapArray: true },
              requestBody: {
                required: true,
                content: { 'application/json': { schema: { required: ['Key'], properties: { Key: {}, Ids: {} } } } },
              },
              responses: ok({ type: 'object' }),
            },
          },
        },
        [{ url: 'https://{domain}/api', variables: { domain: { default: 'example.org' } } }],
      ),
      { api: 'example' },
    );
    expect(source).toContain("args: { key: RunThingBody['Key']; ids?: RunThingBody['Ids'] }");
    expect(source).toContain('{ body: { Key: args.key, Ids: args.ids } }, options).then(single)');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the generated source's own template literal
    expect(source).toContain("`https://${variables.domain ?? 'example.org'}/api`");
  });

  it('refuses an operation without x-client-helper, naming it', () => {
    const doc = spec({ '/x': { get: { operationId: 'getX', responses: ok({}) } } });
    expect(() => helpersSource(doc, { api: 'example' })).toThrow('example: getX has no x-client-helper');
  });

  it("carries each operation's provenance into its doc comment, with a @see per vendor page", () => {
    const doc = {
      ...spec({
        '/things': {
          get: {
            operationId: 'listThings',
            summary: 'List things',
            'x-client-helper': { name: 'things.list' },
            'x-provenance': {
              kind: 'documented',
              sources: ['list-things', 'rfc'],
              quirks: ['N1'],
              responses: { 404: { kind: 'inferred', basis: 'The framework answers 404.' } },
            },
            responses: ok({ type: 'object' }),
          },
          delete: {
            operationId: 'deleteThings',
            summary: 'Delete things',
            'x-client-helper': { name: 'things.delete' },
            'x-provenance': { kind: 'inferred', basis: 'No page shows it; read from the list.', quirks: ['N2'] },
            responses: ok({ type: 'object' }),
          },
        },
      }),
      'x-sources': {
        'list-things': { title: 'Vendor: List things', publisher: 'vendor', url: 'https://vendor.example/list' },
        rfc: { title: 'RFC 1', publisher: 'standard', url: 'https://rfc.example/1' },
      },
    };
    const source = helpersSource(doc, { api: 'example' });
    expect(source).toContain(
      [
        '       * List things',
        '       * Documented by the vendor (quirk N1); its 404 answer is inferred.',
        '       * @see {@link https://vendor.example/list | Vendor: List things}',
        '       */',
      ].join('\n'),
    );
    expect(source).toContain('       * Inferred: No page shows it; read from the list. See quirk N2.\n       */');
    expect(source).not.toContain('rfc.example');
  });

  it('writes the whole helpers module of a fixture spec that uses every x-client-helper key, as its snapshot shows', async () => {
    const fixture = JSON.parse(await readFile(new URL('./fixtures/things.openapi.json', import.meta.url), 'utf8'));
    await expect(helpersSource(fixture, { api: 'things' })).toMatchFileSnapshot('./fixtures/things.helpers.ts.snap');
  });
});
