import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { API_NAMES, APIS, apiOf, bundlePath, operationsOf, readBundle } from './catalogue.js';

describe('the catalogue', () => {
  it('names the APIs of redocly.yaml, which its type declaration spells too', () => {
    const config = parse(readFileSync(new URL('../redocly.yaml', import.meta.url), 'utf8'));
    expect(API_NAMES).toEqual(Object.keys(config.apis));
    const declared = /export type ApiName = (.*);/.exec(
      readFileSync(new URL('./catalogue.d.ts', import.meta.url), 'utf8'),
    );
    expect(declared?.[1]?.split(' | ').map((name) => JSON.parse(name.replaceAll("'", '"')))).toEqual(API_NAMES);
    for (const api of APIS)
      expect(readBundle<{ info: { title: string } }>(api.name, 'json').info.title).toBe(api.title);
  });

  it('refuses a name it does not have, saying which it has', () => {
    expect(() => apiOf('slack')).toThrow('@chatapi/specs describes no API "slack" (it has nexudus, popsell)');
    expect(bundlePath('popsell', 'yaml')).toMatch(/dist\/popsell\.openapi\.yaml$/);
  });

  it("walks operations in document order, the operation's parameters winning over its path item's", () => {
    const doc = {
      paths: {
        '/things/{id}': {
          parameters: [
            { name: 'id', in: 'path', example: 1 },
            { name: 'X-Brand', in: 'header' },
          ],
          get: { operationId: 'getThing', 'x-client-helper': { name: 'things.get' } },
          patch: {
            operationId: 'patchThing',
            parameters: [{ name: 'id', in: 'path', example: 2 }],
            'x-operation-variants': [{ operationId: 'touchThing' }],
          },
        },
      },
    };
    const [get, patch] = operationsOf(doc);
    expect(get).toMatchObject({ path: '/things/{id}', method: 'get', operationId: 'getThing', variants: [] });
    expect(get?.helper).toEqual({ name: 'things.get' });
    expect(get?.parameters.map((parameter: { name: string }) => parameter.name)).toEqual(['id', 'X-Brand']);
    expect(patch?.parameters).toEqual([
      { name: 'X-Brand', in: 'header' },
      { name: 'id', in: 'path', example: 2 },
    ]);
    expect(patch?.variants).toEqual([{ operationId: 'touchThing' }]);
  });
});
