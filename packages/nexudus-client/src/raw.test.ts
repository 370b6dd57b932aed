// Every path and method through the typed openapi-fetch client, against the
// real sandbox. Raw calls return openapi-fetch's { data, error, response }
// and get the same auth, timeouts and retries as the helpers.
import { expectResponseToMatchSpec, useSandbox } from '@chatapi/test-harness';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNexudusClient, type NexudusClient } from './index.js';

const sandbox = useSandbox({ api: 'nexudus' });
let client: NexudusClient;
beforeAll(() => {
  client = createNexudusClient({
    baseUrl: sandbox().url,
    auth: { username: 'admin@example.com', password: 'sandbox' },
  });
});

describe('raw paths', () => {
  it('POST /api/token', async () => {
    const { data, response } = await client.POST('/api/token', {
      body: { grant_type: 'password', username: 'admin@example.com', password: 'sandbox' },
      bodySerializer: (body) => new URLSearchParams(body as Record<string, string>),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expectResponseToMatchSpec('nexudus', 'createToken', response.status, data);
    expect(response.status).toBe(200);
  });

  it('GET /api/support/chatrooms and GET /api/support/chatrooms/{Id}', async () => {
    const list = await client.GET('/api/support/chatrooms', { params: { query: { size: 2, ChatRoom_Active: false } } });
    expectResponseToMatchSpec('nexudus', 'searchChatRooms', list.response.status, list.data);
    const one = await client.GET('/api/support/chatrooms/{Id}', { params: { path: { Id: 1234567 } } });
    expectResponseToMatchSpec('nexudus', 'getChatRoom', one.response.status, one.data);
    expect(one.data?.BusinessId).toBe(12345678);
  });

  it('POST, PUT and DELETE /api/support/chatrooms', async () => {
    const created = await client.POST('/api/support/chatrooms', { body: { BusinessId: 1, Name: 'Raw' } });
    expectResponseToMatchSpec('nexudus', 'createChatRoom', created.response.status, created.data);
    const Id = created.data!.Value!.Id;
    const updated = await client.PUT('/api/support/chatrooms', { body: { Id, BusinessId: 1, Name: 'Raw 2' } });
    expectResponseToMatchSpec('nexudus', 'updateChatRoom', updated.response.status, updated.data);
    const deleted = await client.DELETE('/api/support/chatrooms/{Id}', { params: { path: { Id } } });
    expectResponseToMatchSpec('nexudus', 'deleteChatRoom', deleted.response.status, deleted.data);
  });

  it('GET commands and POST runcommand', async () => {
    const commands = await client.GET('/api/support/chatrooms/commands');
    expectResponseToMatchSpec('nexudus', 'listChatRoomCommands', commands.response.status, commands.data);
    const ran = await client.POST('/api/support/chatrooms/runcommand', {
      body: { Key: 'ACTIVATE_CHATROOMS', Ids: [1234567] },
    });
    expectResponseToMatchSpec('nexudus', 'runChatRoomCommand', ran.response.status, ran.data);
  });

  it('PUT /api/sys/chatusermessages', async () => {
    const { data, response } = await client.PUT('/api/sys/chatusermessages', {
      body: { Id: 123, FromUserId: 123, Delievered: false },
    });
    expectResponseToMatchSpec('nexudus', 'updateChatUserMessage', response.status, data);
  });

  it('returns errors as openapi-fetch does, typed by the spec', async () => {
    const { data, error, response } = await client.GET('/api/support/chatrooms/{Id}', { params: { path: { Id: 1 } } });
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error).toEqual({ Message: 'No record was found with the Id given.' });
  });
});
