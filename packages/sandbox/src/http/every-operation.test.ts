// Every operation of both specs, sent input that is wrong in each way a
// client can get it wrong: a 4xx in the vendor's own error format, never a
// 500, and the sandbox answers normally afterwards. New operations are
// covered as soon as their spec file exists.
import { operationsOf } from '@chatapi/specs/catalogue';
import { describe, expect, it } from 'vitest';
import { API_NAMES, type ApiName, loadSpec } from '../index.js';
import { basePathOf } from '../spec/operations.js';
import { useSandbox } from '../testing/vitest.js';

const CREDENTIALS: Record<ApiName, Record<string, string>> = {
  nexudus: { authorization: `Basic ${Buffer.from('admin@example.com:sandbox').toString('base64')}` },
  popsell: { authorization: 'Bearer sandbox-token', 'x-popsell-brand': '3' },
};
// Each vendor's error body: Nexudus's ActionResult, ASP.NET's {Message} or OAuth2's {error}; Laravel's {message}.
const IN_VENDOR_FORMAT: Record<ApiName, (body: Record<string, unknown>) => boolean> = {
  nexudus: (body) => 'Errors' in body || 'Message' in body || 'error' in body,
  popsell: (body) => typeof body.message === 'string',
};
const BAD_BODIES = [
  'not json',
  '[]',
  '"text"',
  '12',
  'null',
  '{"unexpected":[1,{"deep":null}]}',
  '{"Id":"x","id_ambassador":-1}',
];

describe.each(API_NAMES)('%s: every operation, given bad input', (api) => {
  const sandbox = useSandbox({ api, seed: 'demo' });
  const doc = loadSpec(api);
  const operations = operationsOf(doc).map(({ path: route, method, operationId }) => ({ route, method, operationId }));

  it.each(operations)('$operationId ($method $route)', async ({ route, method }) => {
    const origin = new URL(sandbox().url).origin + basePathOf(doc);
    const paths = [route.replace(/\{[^}]+\}/g, '1'), route.replace(/\{[^}]+\}/g, 'not-a-number')];
    const queries = ['', '?page=-1&size=abc&per_page=0&filter[flag]=9&orderby=%00&ChatRoom_Id=[x]'];
    for (const path of paths) {
      for (const query of queries) {
        for (const body of method === 'get' || method === 'delete' ? [undefined] : BAD_BODIES) {
          const response = await fetch(origin + path + query, {
            method: method.toUpperCase(),
            headers: { ...CREDENTIALS[api], 'content-type': 'application/json' },
            ...(body === undefined ? {} : { body }),
          });
          const text = await response.text();
          const where = `${method.toUpperCase()} ${path}${query} ${body ?? ''}: ${response.status} ${text}`;
          expect(response.status, where).toBeLessThan(500);
          if (response.status >= 400) expect(IN_VENDOR_FORMAT[api](JSON.parse(text)), where).toBe(true);
        }
      }
    }
    const alive = await fetch(
      `${origin}${api === 'nexudus' ? '/api/support/chatrooms/1234567' : '/chat/chatrooms/8'}`,
      {
        headers: CREDENTIALS[api],
      },
    );
    expect(alive.status).toBe(200);
  });
});
