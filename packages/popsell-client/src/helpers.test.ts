// The Popsell helpers and raw paths, against the real sandbox over HTTP.
import { expectResponseToMatchSpec, startFaultServer, useSandbox } from '@chatapi/test-harness';
import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  collect,
  createPopsellClient,
  NotFoundError,
  PaginationError,
  PermissionError,
  ValidationError,
} from './index.js';

const sandbox = useSandbox({ api: 'popsell' });
const arraySandbox = useSandbox({ api: 'popsell', popsellAnswerForm: 'array' });
const clientFor = (baseUrl: string, brand = 3, token = 'sandbox-token') =>
  createPopsellClient({ baseUrl, brand, auth: { token } });

describe('chatrooms.update', () => {
  it('sends the brand and returns the updated chatroom', async () => {
    const front = await startFaultServer([], { fallback: { forwardTo: sandbox().url.replace(/\/api\/v2$/, '') } });
    try {
      const client = clientFor(`${front.url}/api/v2`);
      const room = await client.chatrooms.update(8, { established_dialogue: '2023-10-06 13:41:09.123' });
      expect(room).toMatchObject({ id_chatroom: 8 });
      expect(front.requests[0]).toMatchObject({ method: 'PATCH', url: '/api/v2/chat/chatrooms/8' });
      expect(front.requests[0]!.headers).toMatchObject({
        'x-popsell-brand': '3',
        authorization: 'Bearer sandbox-token',
      });
    } finally {
      await front.close();
    }
  });

  it('returns one chatroom when the server answers with a one-element array (quirk P1)', async () => {
    const client = clientFor(arraySandbox().url);
    const room = await client.chatrooms.update(12, { established_dialogue: null });
    expect(Array.isArray(room)).toBe(false);
    expect(room).toMatchObject({ id_chatroom: 12, established_dialogue: null });
  });

  it('a chatroom of another brand is not found; a call may name another brand', async () => {
    const client = clientFor(sandbox().url, 3, 'sandbox-token-brand-5');
    await expect(client.chatrooms.update(20, {})).rejects.toBeInstanceOf(PermissionError);
    const brand5 = clientFor(sandbox().url, 5, 'sandbox-token-brand-5');
    await expect(brand5.chatrooms.update(8, {})).rejects.toBeInstanceOf(NotFoundError);
    expect((await brand5.chatrooms.update(20, {})).id_chatroom).toBe(20);
    expect((await client.chatrooms.update(20, {}, { headers: { 'X-Popsell-Brand': '5' } })).id_chatroom).toBe(20);
  });

  it("a 422 is a ValidationError with Laravel's per-field messages as issues", async () => {
    const client = clientFor(sandbox().url);
    // @ts-expect-error established_dialogue is a timestamp; the server must refuse it too.
    const error = await client.chatrooms.update(8, { established_dialogue: 42 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ status: 422, operationId: 'updateChatroom' });
    expect((error as ValidationError).issues[0]).toMatchObject({ field: 'established_dialogue' });
  });

  it('an unknown token is an AuthenticationError that does not show the token', async () => {
    const client = clientFor(sandbox().url, 3, 'not-a-real-token');
    const error = await client.chatrooms.update(8, {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(String(error) + JSON.stringify(error)).not.toContain('not-a-real-token');
  });

  it("builds its base URL from the installation's domain", async () => {
    const seen: string[] = [];
    const client = createPopsellClient({
      domain: 'shop.example.org',
      brand: 3,
      fetch: async (request) => {
        seen.push(request.url);
        return Response.json({ id_chatroom: 8 });
      },
    });
    await client.chatrooms.update(8, {});
    expect(seen).toEqual(['https://shop.example.org/api/v2/chat/chatrooms/8']);
  });
});

describe('raw PATCH /chat/chatrooms/{id}', () => {
  it('answers what the spec documents', async () => {
    const client = clientFor(sandbox().url);
    const { data, response } = await client.PATCH('/chat/chatrooms/{id}', {
      params: { path: { id: 8 }, header: { 'X-Popsell-Brand': 3 } },
      body: { established_dialogue: '2023-10-06T13:41:09.123000Z' },
    });
    expectResponseToMatchSpec('popsell', 'updateChatroom', response.status, data);
    const missing = await client.PATCH('/chat/chatrooms/{id}', {
      params: { path: { id: 999 }, header: { 'X-Popsell-Brand': 3 } },
    });
    expectResponseToMatchSpec('popsell', 'updateChatroom', missing.response.status, missing.error);
    expect(missing.response.status).toBe(404);
  });
});

describe('the rest of the chat group', () => {
  it('auth.apiKey: exchanges the key once at /auth/token, with the domain header, and uses the token', async () => {
    const front = await startFaultServer([], { fallback: { forwardTo: sandbox().url.replace(/\/api\/v2$/, '') } });
    try {
      const client = createPopsellClient({
        baseUrl: `${front.url}/api/v2`,
        brand: 3,
        auth: { apiKey: 'sandbox-api-key', domain: 'shop.example.org' },
      });
      expect((await client.chatrooms.get(8)).id_chatroom).toBe(8);
      expect((await client.chatrooms.get(12)).id_chatroom).toBe(12);
      const exchanges = front.requests.filter((request) => request.url === '/api/v2/auth/token');
      expect(exchanges).toHaveLength(1);
      expect(exchanges[0]!.headers['x-popsell-domain']).toBe('shop.example.org');
      expect(front.requests.at(-1)!.headers.authorization).toMatch(/^Bearer \d+\|/);
    } finally {
      await front.close();
    }
    const wrong = createPopsellClient({ baseUrl: sandbox().url, brand: 3, auth: { apiKey: 'wrong', domain: 'x.org' } });
    await expect(wrong.chatrooms.get(8)).rejects.toBeInstanceOf(AuthenticationError);
    // A compile error in TypeScript; plain JavaScript gets the TypeError at once, not a 422 later.
    // @ts-expect-error with baseUrl an api key must name its domain.
    expect(() => createPopsellClient({ baseUrl: sandbox().url, brand: 3, auth: { apiKey: 'k' } })).toThrow(/domain/);
  });

  it('tokens.create takes the domain per call, which a baseUrl client does not know', async () => {
    const client = createPopsellClient({ baseUrl: sandbox().url, brand: 3 });
    await expect(client.tokens.create({ api_key: 'sandbox-api-key' })).rejects.toBeInstanceOf(ValidationError);
    const answer = await client.tokens.create({ api_key: 'sandbox-api-key' }, { domain: 'shop.example.org' });
    expect(answer.token).toMatch(/^\d+\|/);
  });

  it("ambassadors.iterate walks the Laravel paginator's pages", async () => {
    const client = clientFor(sandbox().url);
    const all = await client.ambassadors.list({ per_page: 100 });
    const seen: number[] = [];
    for await (const ambassador of client.ambassadors.iterate({ per_page: 2 })) seen.push(ambassador.id_ambassador);
    expect(seen).toEqual(all.data.map((ambassador) => ambassador.id_ambassador));
    expect(all.last_page).toBe(1);
    expect(Math.ceil(seen.length / 2)).toBeGreaterThan(1);
    const clients = await client.ambassadors.list({ 'filter[status]': '7,8' });
    expect(clients.data.every((ambassador) => (ambassador.status ?? 0) >= 7)).toBe(true);
  });

  it('a chat room end to end: create, post, read marker, messages, purge', async () => {
    const client = clientFor(sandbox().url);
    const room = await client.chatrooms.create({ ids_ambassadors: [42, 43], source: 0 });
    const posted = await client.messages.post(room.id_chatroom, { id_ambassador: 43, content: 'Hi', type_message: 0 });
    expect((await client.chatrooms.get(room.id_chatroom)).last_message_date).toBe(posted.date_insert);
    const read = await client.chatrooms.markRead(room.id_chatroom, 42);
    expect(read.id_message).toBe(posted.id_message);
    await client.chatrooms.archive(room.id_chatroom, 42, { archive: true });
    const archived = await client.ambassadors.chatrooms(42, { 'filter[archived]': true });
    expect(archived.data.map((chatroom) => chatroom.id_chatroom)).toContain(room.id_chatroom);
    const messages = [];
    for await (const message of client.messages.iterate(room.id_chatroom)) messages.push(message.content);
    expect(messages).toEqual(['Hi']);
    await client.chatrooms.purge(room.id_chatroom, { id_ambassador: 43 });
    expect((await client.messages.list(room.id_chatroom)).total).toBe(0);
    await expect(client.chatrooms.create({ ids_ambassadors: [42], source: 0 })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('iterating a list', () => {
  it("starts at the query's page, and collect gathers the records", async () => {
    const client = clientFor(sandbox().url);
    const all = await collect(client.ambassadors.iterate({ per_page: 3 }));
    const fromPage2 = await collect(client.ambassadors.iterate({ per_page: 3, page: 2 }));
    expect(all.length).toBeGreaterThan(3);
    expect(fromPage2).toEqual(all.slice(3));
  });

  it('stops with a PaginationError when the server ignores the page, after two requests', async () => {
    const page = { current_page: 1, data: [{ id_ambassador: 1 }], last_page: 9, per_page: 1, total: 9 };
    const stuck = await startFaultServer([], {
      fallback: { status: 200, json: { ...page, next_page_url: 'http://x/?page=2' } },
    });
    try {
      const client = clientFor(stuck.url);
      await expect(collect(client.ambassadors.iterate())).rejects.toBeInstanceOf(PaginationError);
      expect(stuck.requests.map((request) => request.url)).toEqual([
        '/chat/ambassadors?page=1',
        '/chat/ambassadors?page=2',
      ]);
    } finally {
      await stuck.close();
    }
  });
});

describe('the raw client', () => {
  it('sends the brand itself, so a raw call need not name it', async () => {
    const client = clientFor(sandbox().url);
    const { data, response } = await client.PATCH('/chat/chatrooms/{id}', { params: { path: { id: 8 } }, body: {} });
    expect(response.status).toBe(200);
    expect(data).toMatchObject({ id_chatroom: 8 });
  });
});
