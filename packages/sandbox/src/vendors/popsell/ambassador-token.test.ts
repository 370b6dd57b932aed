// What an ambassador's token may do (quirk P28): a guest's, or a brand user's
// from POST /auth/brand, acts only as that ambassador (and its bound guests),
// and reads only the chat rooms they are in. Each row is an attack a security
// test made with guest 45, a member of no chat room; the brand's token still
// does all of it.
import { describe, expect, it } from 'vitest';
import { type Call, call, POPSELL } from '../../testing/client.js';
import { useSandbox } from '../../testing/vitest.js';

const sandbox = useSandbox({ api: 'popsell', seed: 'demo' });
const BRAND_3 = { 'X-Popsell-Brand': '3' };
const GUEST = { bearer: 'sandbox-guest-token' };
const DOMAIN = { 'X-Popsell-Domain': 'shop.example.org' };
const FORBIDDEN = { status: 403, body: { message: "You don't have permission to access this route" } };

const as = (auth: Call['auth'], operationId: string, request: Call = {}) =>
  call(sandbox(), operationId, { auth, headers: BRAND_3, ...request });

const ATTACKS: [string, string, Call][] = [
  ['reads chat room 8', 'getChatroom', { path: { id: 8 } }],
  ['reads chat room 8 messages', 'listChatroomMessages', { path: { chatroom: 8 } }],
  ['changes chat room 8', 'updateChatroom', { path: { id: 8 }, json: { established_dialogue: null } }],
  [
    'posts as ambassador 42',
    'postChatroomMessage',
    { path: { chatroom: 8 }, json: { id_ambassador: 42, content: 'not me', type_message: 0 } },
  ],
  [
    'posts a product as 42',
    'postProductMessage',
    { path: { chatroom: 8 }, json: { id_ambassador: 42, id_product: 1 } },
  ],
  ['rates as 43', 'rateChatroom', { path: { chatroom: 8 }, json: { id_user_rated: 42, id_user_rater: 43, value: 1 } }],
  ['blocks for 43', 'blockChatroom', { path: { chatroom: 8, ambassador: 43 }, json: { is_blocked: true } }],
  ['archives for 42', 'archiveChatroom', { path: { chatroom: 8, ambassador: 42 }, json: {} }],
  ['flags for 42', 'flagChatroom', { path: { chatroom: 8, ambassador: 42 }, json: { flag: 1 } }],
  ['marks read for 42', 'markChatroomRead', { path: { chatroom: 8, ambassador: 42 } }],
  ['purges as 42', 'purgeChatroom', { path: { chatroom: 8 }, json: { id_ambassador: 42 } }],
  ['lists 42 chat rooms', 'listAmbassadorChatrooms', { path: { ambassador: 42 } }],
  ['changes staff 42 email_tmp', 'updateAmbassador', { path: { ambassador: 42 }, json: { email_tmp: 'me@evil.test' } }],
  ['opens a chat room between 42 and 43', 'createChatroom', { json: { ids_ambassadors: [42, 43], source: 0 } }],
  [
    'finds a customer by email',
    'findOrCreateShopCustomer',
    { json: { email_tmp: 'client43@example.com', firstname: 'x' } },
  ],
  ['sends a web push for message 15', 'notifyNewChatMessage', { path: { id_message: '15', id_ambassador: '42' } }],
];

describe("a guest's token, in no chat room", () => {
  it.each(ATTACKS)('is refused when it %s, and changes nothing', async (_what, operationId, request) => {
    const before = (await as(POPSELL, 'getChatroom', { path: { id: 8 } })).body;
    expect(await as(GUEST, operationId, request)).toMatchObject(FORBIDDEN);
    expect((await as(POPSELL, 'getChatroom', { path: { id: 8 } })).body).toEqual(before);
  });

  it('leaves staff 42 email_tmp as it was', async () => {
    const staff = await as(POPSELL, 'listAmbassadors', { query: 'filter[name]=Ada' });
    expect(staff.body.data.find((a: { id_ambassador: number }) => a.id_ambassador === 42).email_tmp).not.toBe(
      'me@evil.test',
    );
  });

  it('acts as itself: opens a chat room with 42, reads it, posts, marks it read, archives it', async () => {
    const opened = await as(GUEST, 'createChatroom', { json: { ids_ambassadors: [45, 42], source: 0 } });
    expect(opened.status).toBe(201);
    const chatroom = opened.body.id_chatroom;
    expect((await as(GUEST, 'getChatroom', { path: { id: chatroom } })).status).toBe(200);
    const posted = await as(GUEST, 'postChatroomMessage', {
      path: { chatroom },
      json: { id_ambassador: 45, content: 'Hello', type_message: 0 },
    });
    expect(posted.status).toBe(201);
    expect((await as(GUEST, 'listChatroomMessages', { path: { chatroom } })).body.total).toBe(1);
    expect((await as(GUEST, 'markChatroomRead', { path: { chatroom, ambassador: 45 } })).status).toBe(200);
    expect((await as(GUEST, 'archiveChatroom', { path: { chatroom, ambassador: 45 }, json: {} })).status).toBe(200);
    // ...but still not as the other member of its own chat room.
    expect(await as(GUEST, 'archiveChatroom', { path: { chatroom, ambassador: 42 }, json: {} })).toMatchObject(
      FORBIDDEN,
    );
  });
});

describe("a brand user's token (POST /auth/brand)", () => {
  it('acts as the user and the guest it bound, and not as anyone else', async () => {
    const guestRoom = (await as(GUEST, 'createChatroom', { json: { ids_ambassadors: [45, 47], source: 0 } })).body
      .id_chatroom;
    const signedIn = await call(sandbox(), 'connectBrandUser', {
      auth: GUEST,
      headers: DOMAIN,
      json: { email_tmp: 'user@shop.test', firstname: 'Grace', user_api_key: 'sandbox-api-key' },
    });
    const user = { bearer: signedIn.body.token };
    expect((await as(user, 'getChatroom', { path: { id: guestRoom } })).status).toBe(200);
    const asGuest = await as(user, 'postChatroomMessage', {
      path: { chatroom: guestRoom },
      json: { id_ambassador: 45, content: 'signed in now', type_message: 0 },
    });
    expect(asGuest.status).toBe(201);
    expect(await as(user, 'getChatroom', { path: { id: 8 } })).toMatchObject(FORBIDDEN);
    expect(
      await as(user, 'postChatroomMessage', {
        path: { chatroom: guestRoom },
        json: { id_ambassador: 47, content: 'as staff', type_message: 0 },
      }),
    ).toMatchObject(FORBIDDEN);
  });

  it("is not issued for a staff member's email", async () => {
    await as(POPSELL, 'updateAmbassador', { path: { ambassador: 42 }, json: { email_tmp: 'ada@staff.test' } });
    const answer = await call(sandbox(), 'connectBrandUser', {
      headers: DOMAIN,
      json: { email_tmp: 'ada@staff.test', firstname: 'Eve', user_api_key: 'sandbox-api-key' },
    });
    expect(answer.status).toBe(422);
    expect(answer.body.errors.email_tmp).toEqual(['The email tmp field has already been taken.']);
  });
});

describe("the brand's token", () => {
  it.each(ATTACKS)('still may: %s', async (_what, operationId, request) => {
    expect((await as(POPSELL, operationId, request)).status).toBeLessThan(300);
  });
});
