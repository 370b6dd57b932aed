// Every query is parameterized: SQL metacharacters sent through every query
// parameter of every operation are data, never SQL. A text filter matches
// them literally, and nothing else breaks.
import { describe, expect, it } from 'vitest';
import { API_NAMES, type ApiName, loadSpec } from '../index.js';
import { basePathOf } from '../spec/operations.js';
import { ADMIN, call, POPSELL } from '../testing/client.js';
import { useSandbox } from '../testing/vitest.js';

const HOSTILE = [
  "'",
  '"',
  "' OR '1'='1",
  '1 OR 1=1',
  '1; DROP TABLE chat_rooms; --',
  "x') UNION SELECT record FROM tokens --",
  '%',
  '_',
  '\\',
  '[1) OR (1=1]',
  '$.Name',
];
const CREDENTIALS: Record<ApiName, Record<string, string>> = {
  nexudus: { authorization: `Basic ${Buffer.from('admin@example.com:sandbox').toString('base64')}` },
  popsell: { authorization: 'Bearer sandbox-token', 'x-popsell-brand': '3' },
};

describe.each(API_NAMES)('%s: SQL metacharacters in every query parameter', (api) => {
  const sandbox = useSandbox({ api, seed: 'demo' });
  const doc = loadSpec(api);
  const gets = Object.entries<Record<string, any>>(doc.paths).flatMap(([route, item]) =>
    item.get
      ? [
          {
            route,
            operationId: item.get.operationId as string,
            names: [...(item.parameters ?? []), ...(item.get.parameters ?? [])]
              .filter((parameter: { in: string }) => parameter.in === 'query')
              .map((parameter: { name: string }) => parameter.name as string),
          },
        ]
      : [],
  );

  it.each(gets)('$operationId', async ({ route, names }) => {
    const base =
      new URL(sandbox().url).origin +
      basePathOf(doc) +
      route.replace(/\{[^}]+\}/g, api === 'nexudus' ? '1234567' : '42');
    for (const name of names) {
      for (const value of HOSTILE) {
        const url = `${base}?${new URLSearchParams({ [name]: value })}`;
        const response = await fetch(url, { headers: CREDENTIALS[api] });
        const text = await response.text();
        expect(response.status, `${name}=${value}: ${text}`).toBeLessThan(500);
      }
    }
  });
});

describe('a text filter matches metacharacters literally', () => {
  const nexudus = useSandbox({ api: 'nexudus', seed: 'empty' });
  const popsell = useSandbox({ api: 'popsell', seed: 'demo' });

  it('ChatRoom_Name and ChatUserMessage_ChatText find exactly the record with that text', async () => {
    const ids = new Map<string, number>();
    for (const text of [...HOSTILE, 'plain']) {
      const room = await call(nexudus(), 'createChatRoom', { auth: ADMIN, json: { BusinessId: 1, Name: text } });
      ids.set(text, room.body.Value.Id);
      await call(nexudus(), 'createChatUserMessage', { auth: ADMIN, json: { FromUserId: 1, ChatText: text } });
    }
    for (const text of [...HOSTILE, 'plain']) {
      const query = new URLSearchParams({ ChatRoom_Name: text }).toString();
      const rooms = await call(nexudus(), 'searchChatRooms', { auth: ADMIN, query });
      expect(
        rooms.body.Records.map((room: { Id: number }) => room.Id),
        text,
      ).toEqual([ids.get(text)]);
      const messages = await call(nexudus(), 'searchChatUserMessages', {
        auth: ADMIN,
        query: new URLSearchParams({ ChatUserMessage_ChatText: text }).toString(),
      });
      expect(messages.body.TotalItems, text).toBe(1);
    }
    const all = await call(nexudus(), 'searchChatRooms', { auth: ADMIN, query: 'size=100' });
    expect(all.body.TotalItems).toBe(HOSTILE.length + 1);
  });

  it("Popsell's filter[name] takes % and _ as characters, not wildcards", async () => {
    const brand = { 'X-Popsell-Brand': '3' };
    for (const firstname of ['100% cotton', 'snake_case'])
      await call(popsell(), 'findOrCreateShopCustomer', {
        auth: POPSELL,
        headers: brand,
        json: { email_tmp: `${firstname.length}@example.com`, firstname },
      });
    const named = async (name: string) =>
      (
        await call(popsell(), 'listAmbassadors', {
          auth: POPSELL,
          headers: brand,
          query: new URLSearchParams({ 'filter[name]': name }).toString(),
        })
      ).body.data.map((ambassador: { firstname: string }) => ambassador.firstname);
    expect(await named('%')).toEqual(['100% cotton']);
    expect(await named('_')).toEqual(['snake_case']);
    expect(await named("' OR '1'='1")).toEqual([]);
  });
});
