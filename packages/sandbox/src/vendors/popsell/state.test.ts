// What each Popsell action changes, seen through the API itself: posting
// moves the chat room's last_message_date and establishes the dialogue, a
// read marker moves last_read_message, block/archive/flag change the member's
// state, purge removes that ambassador's messages, and tokens from
// /auth/token and /auth/brand work on the chat routes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../index.js';
import { type Call, call, POPSELL } from '../../testing/client.js';
import { useSandbox } from '../../testing/vitest.js';

const sandbox = useSandbox({ api: 'popsell', seed: 'demo' });
const BRAND_3 = { 'X-Popsell-Brand': '3' };
const as = (operationId: string, request: Call = {}) =>
  call(sandbox(), operationId, { auth: POPSELL, headers: BRAND_3, ...request });
const room = async (id: number) => (await as('getChatroom', { path: { id } })).body;
const pivotOf = async (chatroom: number, ambassador: number) =>
  (await room(chatroom)).ambassadors.find((a: { id_ambassador: number }) => a.id_ambassador === ambassador)
    .chatroom_pivot_data[0];

describe('messages and the chat room', () => {
  it('a first message sets last_message_date; a second author establishes the dialogue', async () => {
    expect(await room(12)).toMatchObject({ last_message_date: null, established_dialogue: null });
    const first = await as('postChatroomMessage', {
      path: { chatroom: 12 },
      json: { id_ambassador: 42, content: 'Hi Alan', type_message: 0 },
    });
    expect(first.status).toBe(201);
    expect(await room(12)).toMatchObject({ last_message_date: first.body.date_insert, established_dialogue: null });
    expect((await pivotOf(12, 42)).last_read_message).toBe(first.body.id_message);

    const reply = await as('postChatroomMessage', {
      path: { chatroom: 12 },
      json: { id_ambassador: 44, content: 'Hello Ada', type_message: 0 },
    });
    const after = await room(12);
    expect(after.last_message_date).toBe(reply.body.date_insert);
    expect(after.established_dialogue).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}$/);
    const listed = await as('listChatroomMessages', { path: { chatroom: 12 } });
    expect(listed.body.data.map((m: { content: string }) => m.content)).toEqual(['Hello Ada', 'Hi Alan']);
  });

  it('a read marker moves last_read_message to the newest message', async () => {
    const newest = (await as('listChatroomMessages', { path: { chatroom: 12 } })).body.data[0];
    expect((await pivotOf(12, 42)).last_read_message).not.toBe(newest.id_message);
    const read = await as('markChatroomRead', { path: { chatroom: 12, ambassador: 42 } });
    expect(read.body.id_message).toBe(newest.id_message);
    expect((await pivotOf(12, 42)).last_read_message).toBe(newest.id_message);
  });

  it('block, archive and flag change the member state; a blocked member cannot post', async () => {
    await as('blockChatroom', { path: { chatroom: 12, ambassador: 44 }, json: { is_blocked: true } });
    await as('archiveChatroom', { path: { chatroom: 12, ambassador: 44 }, json: {} });
    expect(await pivotOf(12, 44)).toMatchObject({ is_blocked: true, archived: true });
    const blocked = await as('postChatroomMessage', {
      path: { chatroom: 12 },
      json: { id_ambassador: 44, type_message: 0 },
    });
    expect(blocked.status).toBe(403);
    await as('blockChatroom', { path: { chatroom: 12, ambassador: 44 }, json: { is_blocked: false } });
    await as('archiveChatroom', { path: { chatroom: 12, ambassador: 44 }, json: { archive: false } });
    expect(await pivotOf(12, 44)).toMatchObject({ is_blocked: false, archived: false });

    const flagged = (query: string) =>
      as('listAmbassadorChatrooms', { path: { ambassador: 42 }, query }).then((answer) =>
        answer.body.data.map((r: { id_chatroom: number }) => r.id_chatroom),
      );
    await as('flagChatroom', { path: { chatroom: 12, ambassador: 42 }, json: { flag: 2 } });
    expect(await flagged('filter[flag]=2')).toEqual([12]);
    const cleared = await as('flagChatroom', { path: { chatroom: 12, ambassador: 42 }, json: { flag: null } });
    expect(cleared.body).toEqual({ message: null });
    expect(await flagged('filter[flag]=2')).toEqual([]);
  });

  it("a rating posts a rating message and becomes the chat room's last rating", async () => {
    await as('rateChatroom', {
      path: { chatroom: 12 },
      json: { id_user_rated: 42, id_user_rater: 44, value: 3, content: 'ok' },
    });
    expect((await room(12)).last_rating).toEqual({ value: 3, comment: 'ok' });
  });

  it('a rating without a value leaves the value out of last_rating, as the chat room schema has it', async () => {
    // `as` checks every answer against the spec: a null value would fail getChatroom's contract.
    await as('rateChatroom', {
      path: { chatroom: 12 },
      json: { id_user_rated: 42, id_user_rater: 44, content: 'fine' },
    });
    expect((await room(12)).last_rating).toEqual({ comment: 'fine' });
    await as('rateChatroom', {
      path: { chatroom: 12 },
      json: { id_user_rated: 42, id_user_rater: 44, value: 3, content: 'ok' },
    });
  });

  it("purge removes that ambassador's messages, moves last_message_date back and clears read markers on them", async () => {
    const before = (await as('listChatroomMessages', { path: { chatroom: 12 } })).body.data;
    const others = before.filter((m: { author: { id_ambassador: number } }) => m.author.id_ambassador !== 44);
    await as('markChatroomRead', { path: { chatroom: 12, ambassador: 42 } });
    const purged = await as('purgeChatroom', { path: { chatroom: 12 }, json: { id_ambassador: 44 } });
    expect(purged.body).toEqual({ message: 'Chatroom purged successfully' });
    const after = (await as('listChatroomMessages', { path: { chatroom: 12 } })).body.data;
    expect(after.map((m: { id_message: number }) => m.id_message)).toEqual(
      others.map((m: { id_message: number }) => m.id_message),
    );
    expect((await room(12)).last_message_date).toBe(others[0].date_insert);
    expect((await pivotOf(12, 42)).last_read_message).toBeNull();
  });

  it('a web push is refused for the author and sent to another member', async () => {
    const id = String((await as('listChatroomMessages', { path: { chatroom: 12 } })).body.data[0].id_message);
    expect((await as('notifyNewChatMessage', { path: { id_message: id, id_ambassador: '42' } })).body.success).toBe(
      false,
    );
    expect((await as('notifyNewChatMessage', { path: { id_message: id, id_ambassador: '44' } })).body.success).toBe(
      true,
    );
  });
});

describe('tokens', () => {
  const domain = { 'X-Popsell-Domain': 'example.com' };

  it('an api key gives a token that acts for its brands, and only those', async () => {
    const { body } = await call(sandbox(), 'createToken', { headers: domain, json: { api_key: 'sandbox-api-key' } });
    expect(body.token).toMatch(/^\d+\|[0-9a-f]{40}$/);
    const auth = { bearer: body.token };
    expect((await call(sandbox(), 'getChatroom', { auth, headers: BRAND_3, path: { id: 8 } })).status).toBe(200);
    const other = await call(sandbox(), 'getChatroom', { auth, headers: { 'X-Popsell-Brand': '5' }, path: { id: 20 } });
    expect(other.status).toBe(403);
  });

  it("a guest's token binds the guest to the brand user, whose chat room list then includes the guest's", async () => {
    const guest = { bearer: 'sandbox-guest-token' };
    const created = await call(sandbox(), 'createChatroom', {
      auth: guest,
      headers: BRAND_3,
      json: { ids_ambassadors: [45, 42], source: 0 },
    });
    const user = { email_tmp: 'visitor@example.org', firstname: 'Visitor', user_api_key: 'sandbox-api-key' };
    const connected = await call(sandbox(), 'connectBrandUser', { auth: guest, headers: domain, json: user });
    const again = await call(sandbox(), 'connectBrandUser', { headers: domain, json: user });
    expect(again.body.token).not.toBe(connected.body.token);
    const found = await call(sandbox(), 'findOrCreateShopCustomer', {
      auth: POPSELL,
      headers: BRAND_3,
      json: { email_tmp: 'visitor@example.org' },
    });
    const rooms = await call(sandbox(), 'listAmbassadorChatrooms', {
      auth: { bearer: connected.body.token },
      headers: BRAND_3,
      path: { ambassador: found.body.id_ambassador },
    });
    expect(rooms.body.data.map((r: { id_chatroom: number }) => r.id_chatroom)).toEqual([created.body.id_chatroom]);
  });
});

describe('paging', () => {
  it('pages a list as Laravel does, links and all', async () => {
    const first = await as('listAmbassadors', { query: 'per_page=2' });
    expect(first.body).toMatchObject({ current_page: 1, per_page: 2, from: 1, to: 2, prev_page_url: null });
    expect(first.body.next_page_url).toMatch(/\/api\/v2\/chat\/ambassadors\?per_page=2&page=2$/);
    const last = await as('listAmbassadors', { query: `per_page=2&page=${first.body.last_page}` });
    expect(last.body.next_page_url).toBeNull();
    expect(last.body.links.at(-1)).toEqual({ url: null, label: 'Next &raquo;', active: false });
    const beyond = await as('listAmbassadors', { query: 'per_page=2&page=99' });
    expect(beyond.body).toMatchObject({ data: [], from: null, to: null });
  });
});

describe('a data file written by sandbox 0.1', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'popsell-upgrade-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is upgraded: its chat rooms and their ambassadors are served', async () => {
    const file = path.join(dir, 'popsell.json');
    const ambassador = {
      id_ambassador: 42,
      image: null,
      firstname: 'Ada',
      lastname: null,
      username: null,
      email: null,
      email_tmp: null,
      active: 1,
      status: 0,
      last_action_date: null,
      customer_id: null,
      anonymized: false,
    };
    const old = {
      chatrooms: {
        8: {
          id_chatroom: 8,
          brand: 3,
          ambassadors: [{ ...ambassador, pivot: { last_read_message: null, is_blocked: true, archived: false } }],
          date_insert: '2023-10-06T13:41:09.123000Z',
          last_message_date: null,
          type_chatroom: 0,
          type_discussion: 2,
          source: 0,
          established_dialogue: null,
          last_rating: null,
          last_summary: null,
        },
      },
    };
    writeFileSync(file, JSON.stringify(old));
    const upgraded = await startSandbox({ api: 'popsell', dataFile: file });
    try {
      const answer = await call(upgraded, 'getChatroom', { auth: POPSELL, headers: BRAND_3, path: { id: 8 } });
      expect(answer.body.ambassadors[0]).toMatchObject({
        id_ambassador: 42,
        chatroom_pivot_data: [{ is_blocked: true }],
      });
      const posted = await call(upgraded, 'postChatroomMessage', {
        auth: POPSELL,
        path: { chatroom: 8 },
        json: { id_ambassador: 42, type_message: 0 },
      });
      expect(posted.status).toBe(403);
    } finally {
      await upgraded.close();
    }
  });
});
