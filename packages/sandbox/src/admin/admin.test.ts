// The admin API, over real HTTP (`/__sandbox/`) and through the JS API: reset,
// snapshots, bulk import checked against the spec, the journal, and faults.
import { inject } from 'light-my-request';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSandboxParts } from '../index.js';
import { ADMIN, call, POPSELL, sandboxControls, send } from '../testing/client.js';
import { useSandbox } from '../testing/vitest.js';

const nexudus = useSandbox({ api: 'nexudus', seed: 'demo' });
const popsell = useSandbox({ api: 'popsell', seed: 'demo' });
const BRAND_3 = { 'X-Popsell-Brand': '3' };
const admin = (path: string, init: { method?: string; json?: unknown } = {}) =>
  fetch(`${new URL(nexudus().url).origin}/__sandbox/${path}`, {
    method: init.method ?? 'GET',
    headers: init.json === undefined ? {} : { 'content-type': 'application/json' },
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
// Each test starts from the demo data, with no fault and an empty journal: what a user's suite would do.
beforeEach(async () => {
  for (const sandbox of [nexudus(), popsell()]) {
    await sandbox.reset();
    await sandbox.clearFaults();
    await sandbox.clearJournal();
  }
});

const names = async () =>
  (
    (await call(nexudus(), 'searchChatRooms', { auth: ADMIN, query: 'size=100' })).body.Records as { Name: string }[]
  ).map((room) => room.Name);
const createRoom = (Name: string) => call(nexudus(), 'createChatRoom', { auth: ADMIN, json: { BusinessId: 1, Name } });

describe('reset and snapshots', () => {
  it('resets to the seed over HTTP: records made since are gone, the demo records are back', async () => {
    const demo = await names();
    await createRoom('made in a test');
    await call(nexudus(), 'deleteChatRoom', { auth: ADMIN, path: { Id: 1234567 } });
    const reset = await admin('reset', { method: 'POST', json: {} });
    expect(reset.status).toBe(200);
    expect(await reset.json()).toMatchObject({ reset: true, ms: expect.any(Number) });
    expect(await names()).toEqual(demo);
    await nexudus().reset('empty');
    expect(await names()).toEqual([]);
    await nexudus().reset();
    expect(await names()).toEqual(demo);
  });

  it('keeps a named snapshot and restores it, from the JS API and over HTTP', async () => {
    await createRoom('before the snapshot');
    await nexudus().snapshot('one room more');
    await createRoom('after the snapshot');
    expect(await names()).toContain('after the snapshot');
    await nexudus().restore('one room more');
    expect(await names()).toContain('before the snapshot');
    expect(await names()).not.toContain('after the snapshot');
    expect(await (await admin('snapshots')).json()).toEqual({ snapshots: ['one room more'] });
    expect((await admin('snapshots/nothing-here/restore', { method: 'POST' })).status).toBe(404);
    // The sequence came back with the rows: the next Id is the one it would have been.
    const next = (await createRoom('again')).body.Value.Id;
    await nexudus().restore('one room more');
    expect((await createRoom('and again')).body.Value.Id).toBe(next);
  });
});

describe('bulk import', () => {
  it('writes records in the wire form, searchable and indexed, and moves Ids past them', async () => {
    await nexudus().reset('empty');
    const imported = await sandboxControls(nexudus().url).import({
      chatRooms: [
        { Id: 500, UniqueId: '00000000-0000-4000-8000-000000000500', BusinessId: 7, Name: 'Imported A', Active: true },
        { Id: 501, UniqueId: '00000000-0000-4000-8000-000000000501', BusinessId: 7, Name: 'Imported B' },
      ],
      chatUserMessages: [{ Id: 502, FromUserId: 3, UniqueId: '00000000-0000-4000-8000-000000000502', ChatText: 'hi' }],
    });
    expect(imported).toEqual({ chatRooms: [500, 501], chatUserMessages: [502] });
    const active = await call(nexudus(), 'searchChatRooms', { auth: ADMIN, query: 'ChatRoom_Active=true' });
    expect(active.body.Records.map((room: { Id: number }) => room.Id)).toEqual([500]);
    expect((await call(nexudus(), 'getChatUserMessage', { auth: ADMIN, path: { Id: 502 } })).body.ChatText).toBe('hi');
    expect((await createRoom('after the import')).body.Value.Id).toBe(503);
  });

  it('refuses records the spec does not accept, saying where, and imports none of them', async () => {
    await nexudus().reset('empty');
    const answer = await admin('import', {
      method: 'POST',
      json: {
        chatRooms: [
          { Id: 600, UniqueId: 'u', BusinessId: 1 },
          { Id: 601, UniqueId: 'u', BusinessId: 'seven' },
        ],
        chatUsers: [],
      },
    });
    expect(answer.status).toBe(422);
    const { problems } = await answer.json();
    expect(problems).toEqual([
      { at: 'chatUsers', message: 'chatUsers is not a collection; send chatRooms, chatUserMessages' },
    ]);
    const typed = await admin('import', {
      method: 'POST',
      json: {
        chatRooms: [
          { Id: 600, UniqueId: '00000000-0000-4000-8000-000000000600', BusinessId: 1 },
          { Id: 601, UniqueId: 'not a uuid', BusinessId: 'seven' },
        ],
      },
    });
    expect((await typed.json()).problems).toEqual([
      { at: 'chatRooms[1].UniqueId', message: 'must match format "uuid"' },
      { at: 'chatRooms[1].BusinessId', message: 'must be integer' },
    ]);
    expect(await names()).toEqual([]);
  });

  it('imports a Popsell chat room as the API answers it, with its ambassadors and messages', async () => {
    const room = (await call(popsell(), 'getChatroom', { auth: POPSELL, headers: BRAND_3, path: { id: 8 } })).body;
    const message = (
      await call(popsell(), 'listChatroomMessages', { auth: POPSELL, headers: BRAND_3, path: { chatroom: 8 } })
    ).body.data[0];
    await popsell().reset('empty');
    const imported = await popsell().import({
      brand: 3,
      chatrooms: [room],
      messages: [{ ...message, id_chatroom: 8 }],
    });
    expect(imported).toEqual({ chatrooms: [8], messages: [message.id_message] });
    const again = await call(popsell(), 'getChatroom', { auth: POPSELL, headers: BRAND_3, path: { id: 8 } });
    expect(again.body.ambassadors.map((a: { id_ambassador: number }) => a.id_ambassador)).toEqual(
      room.ambassadors.map((a: { id_ambassador: number }) => a.id_ambassador),
    );
    const listed = await call(popsell(), 'listChatroomMessages', {
      auth: POPSELL,
      headers: BRAND_3,
      path: { chatroom: 8 },
    });
    expect(listed.body.data).toEqual([message]);
    await expect(popsell().import({ brand: 3, messages: [{ ...message, id_chatroom: 999 }] })).rejects.toThrow(
      /no chat room 999/,
    );
    await popsell().reset();
  });
});

describe('journal', () => {
  it('records each request with its credentials redacted, its body and its answer, filterable', async () => {
    await nexudus().clearJournal();
    await createRoom('journaled');
    await call(nexudus(), 'createToken', {
      form: { grant_type: 'password', username: 'admin@example.com', password: 'sandbox' },
    });
    const [created] = await nexudus().journal({ operationId: 'createChatRoom' });
    expect(created).toMatchObject({
      method: 'POST',
      url: '/api/support/chatrooms',
      status: 200,
      headers: { authorization: 'Basic [redacted]' },
      body: JSON.stringify({ BusinessId: 1, Name: 'journaled' }),
    });
    expect(JSON.parse(created!.answer!).WasSuccessful).toBe(true);
    const [token] = await nexudus().journal({ operationId: 'createToken' });
    expect(token!.body).toBe('grant_type=password&username=admin%40example.com&password=[redacted]');
    expect(token!.answer).toContain('access_token');
    const overHttp = await (await admin(`journal?method=post&after=${created!.sequence}`)).json();
    expect(overHttp.entries.map((entry: { operationId: string }) => entry.operationId)).toEqual(['createToken']);
    expect((await admin('journal', { method: 'DELETE' })).status).toBe(204);
    expect(await nexudus().journal()).toEqual([]);
  });
});

describe('faults', () => {
  const get = () => send(nexudus(), 'GET', '/api/support/chatrooms/1234567', { auth: ADMIN });

  it('answers the next N calls of one operation 429 with Retry-After, in the vendor format, then as usual', async () => {
    await nexudus().fault({ kind: 'rate-limit', operationId: 'getChatRoom', times: 2, retryAfterSeconds: 3 });
    for (const _ of [1, 2]) {
      const limited = await get();
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('3');
      expect(limited.body).toEqual({ Message: 'Too many requests: wait 3 s and send it again.' });
    }
    expect((await get()).status).toBe(200);
    const popsellLimited = await popsell().fault({ kind: 'rate-limit', times: 1 });
    const laravel = await send(popsell(), 'GET', '/api/v2/chat/chatrooms/8', { auth: POPSELL, headers: BRAND_3 });
    expect(laravel).toMatchObject({ status: 429, body: { message: 'Too Many Attempts.' } });
    expect(laravel.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(popsellLimited.id).toBeGreaterThan(0);
  });

  it('applies a share of calls drawn from a seed, the same calls each run', async () => {
    const run = async () => {
      await nexudus().clearFaults();
      await nexudus().fault({ kind: 'error', status: 502, rate: 0.5, seed: 42 });
      const statuses = [];
      for (let index = 0; index < 12; index++) statuses.push((await get()).status);
      return statuses;
    };
    const first = await run();
    expect(new Set(first)).toEqual(new Set([200, 502]));
    expect(await run()).toEqual(first);
    await nexudus().clearFaults();
  });

  it('drops the connection, or truncates the body, as a network would', async () => {
    await nexudus().fault({ kind: 'drop', times: 1 });
    await expect(get()).rejects.toThrow();
    await nexudus().fault({ kind: 'truncate', times: 1 });
    await expect(get()).rejects.toThrow();
    expect((await get()).status).toBe(200);
  });

  it('adds latency, and the journal shows it', async () => {
    await nexudus().fault({ kind: 'latency', latencyMs: 300, times: 1 });
    await nexudus().clearJournal();
    expect((await get()).status).toBe(200);
    const [entry] = await nexudus().journal();
    expect(entry).toMatchObject({ fault: 'latency', status: 200 });
    expect(entry!.durationMs).toBeGreaterThanOrEqual(300);
  });

  it('refuses a fault it cannot apply, saying why', async () => {
    const answer = await admin('faults', { method: 'POST', json: { kind: 'error', operationId: 'getChatroom' } });
    expect(answer.status).toBe(400);
    expect((await answer.json()).error).toBe('operationId "getChatroom" is not an operation of this API');
    expect((await admin('faults', { method: 'POST', json: { kind: 'slow' } })).status).toBe(400);
  });
});

describe('the admin API', () => {
  it('answers loopback clients only', async () => {
    const { listener } = createSandboxParts({ api: 'nexudus', seed: 'demo' });
    const remote = await inject(listener, { method: 'POST', url: '/__sandbox/reset', remoteAddress: '10.1.2.3' });
    expect(remote.statusCode).toBe(403);
    const local = await inject(listener, { method: 'GET', url: '/__sandbox/faults', remoteAddress: '127.0.0.1' });
    expect(local.json()).toEqual({ faults: [] });
  });

  it('refuses a page of another site, which could post a form to it', async () => {
    const forged = await fetch(`${new URL(nexudus().url).origin}/__sandbox/reset`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'text/plain' },
    });
    expect(forged.status).toBe(403);
  });

  it('says so for a route it does not have', async () => {
    const answer = await admin('nothing');
    expect(answer.status).toBe(404);
    expect((await answer.json()).error).toMatch(/no admin route GET \/__sandbox\/nothing/);
  });
});
