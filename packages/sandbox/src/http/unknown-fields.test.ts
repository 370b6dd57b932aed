// Fields the spec does not describe (issue 14, finding 10). The vendors drop
// them in silence, so `{"Delivered": true}` for the vendor's `Delievered` is
// lost without a word. The sandbox names them in a header always, and with
// --strict refuses them with the vendor's validation error and the nearest name.
import { describe, expect, it } from 'vitest';
import { ADMIN, call, POPSELL } from '../testing/client.js';
import { useSandbox } from '../testing/vitest.js';

const lenient = useSandbox({ api: 'nexudus', seed: 'demo', strict: false });
const strict = useSandbox({ api: 'nexudus', seed: 'demo', strict: true });
const strictPopsell = useSandbox({ api: 'popsell', seed: 'demo', strict: true });

const message = { FromUserId: 1, ToUsers: [2], ChatText: 'hi', Delivered: true };

describe('by default, as the vendor does', () => {
  it('accepts the body, and names the field it ignored in x-sandbox-ignored-fields', async () => {
    const created = await call(lenient(), 'createChatUserMessage', { auth: ADMIN, json: message });
    expect(created.status).toBe(200);
    expect(created.headers.get('x-sandbox-ignored-fields')).toBe('Delivered');
    const stored = await call(lenient(), 'getChatUserMessage', { auth: ADMIN, path: { Id: created.body.Value.Id } });
    expect(stored.body.Delievered).toBe(false);
  });

  it('names ignored query parameters, and nested fields by their path', async () => {
    const search = await call(lenient(), 'searchChatRooms', { auth: ADMIN, query: 'ChatRoom_BusinessId=5&size=1' });
    expect(search.headers.get('x-sandbox-ignored-query')).toBe('ChatRoom_BusinessId');
    const run = await call(lenient(), 'runChatRoomCommand', {
      auth: ADMIN,
      json: { Key: 'RENAME_CHATROOM', Ids: [1234567], Parameters: [{ Type: 'string', Value: 'x', Valeu: 'y' }] },
    });
    expect(run.headers.get('x-sandbox-ignored-fields')).toBe('Parameters.0.Valeu');
  });

  it('sends no such header when nothing was ignored', async () => {
    const read = await call(lenient(), 'getChatRoom', { auth: ADMIN, path: { Id: 1234567 } });
    expect(read.headers.get('x-sandbox-ignored-fields')).toBeNull();
    expect(read.headers.get('x-sandbox-ignored-query')).toBeNull();
  });
});

describe('with --strict', () => {
  it("refuses an unknown field with Nexudus's 400, naming the nearest known field", async () => {
    const refused = await call(strict(), 'createChatUserMessage', { auth: ADMIN, json: message });
    expect(refused.status).toBe(400);
    expect(refused.body.Errors).toEqual([
      {
        PropertyName: 'Delivered',
        Message: 'is not a field of this operation; did you mean Delievered?',
        AttemptedValue: null,
      },
    ]);
  });

  it('refuses an unknown query parameter the same way', async () => {
    const refused = await call(strict(), 'searchChatRooms', { auth: ADMIN, query: 'ChatRoom_Bussiness=5' });
    expect(refused.status).toBe(400);
    expect(refused.body.Errors[0]).toMatchObject({
      PropertyName: 'ChatRoom_Bussiness',
      Message: 'is not a parameter of this operation; did you mean ChatRoom_Business?',
    });
  });

  it("refuses with Popsell's 422, judging a oneOf body by the form it was meant as", async () => {
    const refused = await call(strictPopsell(), 'createChatroom', {
      auth: POPSELL,
      headers: { 'X-Popsell-Brand': '3' },
      json: { ids_ambassadors: [42, 43], source: 0, sorce: 1 },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual({
      sorce: ['The sorce field is not a field of this operation; did you mean source?'],
    });
  });

  it('still takes what the spec describes', async () => {
    const created = await call(strict(), 'createChatUserMessage', {
      auth: ADMIN,
      json: { FromUserId: 1, ToUsers: [2], ChatText: 'hi', Delievered: true },
    });
    expect(created.status).toBe(200);
    expect(created.headers.get('x-sandbox-ignored-fields')).toBeNull();
  });
});
