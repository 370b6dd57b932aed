// The sandbox as a fetch function with no port: the same pipeline, state,
// faults and journal as over HTTP, and fetch's own ways of failing.
import { afterAll, describe, expect, it } from 'vitest';
import { createSandboxFetch } from './index.js';

const nexudus = createSandboxFetch({ api: 'nexudus', seed: 'demo', strict: true });
const popsell = createSandboxFetch({ api: 'popsell', seed: 'demo' });
afterAll(() => {
  nexudus.close();
  popsell.close();
});
const basic = { authorization: `Basic ${Buffer.from('admin@example.com:sandbox').toString('base64')}` };

describe('createSandboxFetch', () => {
  it('answers as the server does, and keeps what it is sent', async () => {
    const room = await nexudus.fetch(`${nexudus.url}/api/support/chatrooms/1234567`, { headers: basic });
    expect(room.status).toBe(200);
    expect(room.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const created = await nexudus.fetch(`${nexudus.url}/api/support/chatrooms`, {
      method: 'POST',
      headers: { ...basic, 'content-type': 'application/json' },
      body: JSON.stringify({ BusinessId: 1, Name: 'in process' }),
    });
    const { Value } = await created.json();
    const read = await nexudus.fetch(
      new Request(`${nexudus.url}/api/support/chatrooms/${Value.Id}`, { headers: basic }),
    );
    expect((await read.json()).Name).toBe('in process');
    const refused = await nexudus.fetch(`${nexudus.url}/api/support/chatrooms/1234567`);
    expect(refused.status).toBe(401);
  });

  it('builds Popsell paging links on the URL the client used', async () => {
    const page = await popsell.fetch(`${popsell.url}/chat/ambassadors?per_page=1`, {
      headers: { authorization: 'Bearer sandbox-token', 'x-popsell-brand': '3' },
    });
    expect((await page.json()).next_page_url).toBe(`${popsell.url}/chat/ambassadors?per_page=1&page=2`);
  });

  it('fails as fetch fails: a dropped connection is a TypeError, an abort an AbortError', async () => {
    await nexudus.fault({ kind: 'drop', times: 1 });
    await expect(nexudus.fetch(`${nexudus.url}/api/support/chatrooms/1234567`, { headers: basic })).rejects.toThrow(
      TypeError,
    );
    await nexudus.fault({ kind: 'latency', latencyMs: 600, times: 1 });
    const slow = nexudus.fetch(`${nexudus.url}/api/support/chatrooms/1234567`, {
      headers: basic,
      signal: AbortSignal.timeout(50),
    });
    await expect(slow).rejects.toThrow(/timeout|abort/i);
  });

  it('has the same controls: journal, reset', async () => {
    await nexudus.clearJournal();
    await nexudus.fetch(`${nexudus.url}/api/support/chatrooms/9876541`, { headers: basic });
    expect(await nexudus.journal()).toMatchObject([{ operationId: 'getChatRoom', status: 200 }]);
    await nexudus.reset('empty');
    expect((await nexudus.fetch(`${nexudus.url}/api/support/chatrooms/9876541`, { headers: basic })).status).toBe(404);
  });
});
