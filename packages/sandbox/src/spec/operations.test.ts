// Routing and coercion, case by case: what compileOperations makes of a small
// spec, the server's base path, which operation a path matches, and what each
// parameter's text becomes.
import { describe, expect, it } from 'vitest';
import { basePathOf, compileOperations, type Operation } from './operations.js';

const doc = {
  openapi: '3.1.0',
  servers: [{ url: 'https://{domain}/api/v2/', variables: { domain: { default: 'shop.example' } } }],
  paths: {
    '/rooms/{Id}': {
      parameters: [{ name: 'Id', in: 'path', required: true, schema: { type: 'integer' } }],
      get: {
        operationId: 'getRoom',
        parameters: [
          { name: 'X-Brand', in: 'header', required: true, schema: { type: 'integer' } },
          { name: 'active', in: 'query', schema: { type: 'boolean' } },
          { name: 'ids', in: 'query', schema: { anyOf: [{ type: 'integer' }, { type: 'string', pattern: '^\\[' }] } },
        ],
        responses: { 200: { description: 'OK' } },
      },
    },
    '/rooms/commands': { get: { operationId: 'listCommands', 'x-required-roles': ['Room-List'], responses: {} } },
  },
};

const operations = compileOperations(doc);
const route = (method: string, pathname: string) =>
  operations.find((operation) => operation.method === method && operation.pattern.test(pathname))?.operationId;
const query = (operation: Operation, values: Record<string, unknown>) => {
  const set = operation.parameters.query;
  return { valid: set.validate(values), values };
};

describe('basePathOf', () => {
  it.each([
    [{ servers: [{ url: 'https://spaces.nexudus.com' }] }, ''],
    [{ servers: [{ url: 'https://{domain}/api/v2', variables: { domain: { default: 'd.tld' } } }] }, '/api/v2'],
    [{ servers: [{ url: '/relative/' }] }, '/relative'],
    [{}, ''],
  ])('%j is "%s"', (spec, basePath) => {
    expect(basePathOf(spec)).toBe(basePath);
  });
});

describe('routing', () => {
  it.each([
    ['GET', '/api/v2/rooms/commands', 'listCommands'],
    ['GET', '/api/v2/rooms/commands/', 'listCommands'],
    ['GET', '/api/v2/rooms/12', 'getRoom'],
    ['GET', '/api/v2/rooms/not-a-number', 'getRoom'],
    ['GET', '/rooms/12', undefined],
    ['GET', '/api/v2/rooms/12/extra', undefined],
    ['POST', '/api/v2/rooms/12', undefined],
  ])('%s %s is %s', (method, pathname, operationId) => {
    expect(route(method, pathname)).toBe(operationId);
  });

  it('names path parameters, and keeps the roles and statuses the spec gives', () => {
    const getRoom = operations.find((operation) => operation.operationId === 'getRoom')!;
    expect(getRoom.pathParameterNames).toEqual(['Id']);
    expect(getRoom.pattern.exec('/api/v2/rooms/42')?.[1]).toBe('42');
    expect(getRoom.statuses).toEqual(['200']);
    expect(operations.find((operation) => operation.operationId === 'listCommands')!.requiredRoles).toEqual([
      'Room-List',
    ]);
  });
});

describe('coercion', () => {
  const getRoom = operations.find((operation) => operation.operationId === 'getRoom')!;

  it.each([
    [{ active: 'true' }, true, { active: true }],
    [{ active: 'false' }, true, { active: false }],
    [{ active: 'yes' }, false, { active: 'yes' }],
    [{}, true, {}],
  ])('query %j: valid %s, read as %j', (values, valid, read) => {
    const result = query(getRoom, { ...values });
    expect(result.valid).toBe(valid);
    expect(result.values).toEqual(read);
  });

  it('reads path integers, and header names lower-cased as Node presents them', () => {
    const path = { Id: '7' };
    expect(getRoom.parameters.path.validate(path)).toBe(true);
    expect(path).toEqual({ Id: 7 });
    expect(getRoom.parameters.header.names).toEqual(['x-brand']);
    expect(getRoom.parameters.header.declaredNames).toEqual({ 'x-brand': 'X-Brand' });
    expect(getRoom.parameters.header.validate({})).toBe(false);
  });

  it('gives a parameter with several forms one checker per form, each coercing alone', () => {
    const [integer, list] = getRoom.parameters.query.alternatives.ids!;
    const asNumber = { ids: '12' };
    expect(integer!(asNumber)).toBe(true);
    expect(asNumber).toEqual({ ids: 12 });
    expect(integer!({ ids: '[1,2]' })).toBe(false);
    expect(list!({ ids: '[1,2]' })).toBe(true);
    // The whole query's checker leaves such a parameter to its forms.
    expect(getRoom.parameters.query.validate({ ids: 'anything' })).toBe(true);
  });
});
