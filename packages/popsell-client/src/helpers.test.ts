// The Popsell helpers and raw paths, against the real sandbox over HTTP.
import { expectResponseToMatchSpec, startFaultServer, useSandbox } from '@chatapi/test-harness';
import { describe, expect, it } from 'vitest';
import { AuthenticationError, createPopsellClient, NotFoundError, PermissionError, ValidationError } from './index.js';

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
