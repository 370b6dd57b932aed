// Input that once got a 500 or stored what the spec cannot describe: each is
// refused now with a 4xx in the vendor's format, and nothing is stored.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { ADMIN, call, POPSELL, send } from '../testing/client.js';
import { useSandbox } from '../testing/vitest.js';

const nexudus = useSandbox({ api: 'nexudus', seed: 'demo' });
const popsell = useSandbox({ api: 'popsell', seed: 'demo' });
const json = { 'content-type': 'application/json' };

describe('Nexudus', () => {
  it('refuses a body nested thousands of levels deep, with a 400 that names the limit', async () => {
    const deep = `{"BusinessId":1,"Users":${'['.repeat(4110)}${']'.repeat(4110)}}`;
    const answer = await send(nexudus(), 'POST', '/api/support/chatrooms', { auth: ADMIN, headers: json, body: deep });
    expect(answer.status).toBe(400);
    expect(answer.body.Errors[0]).toMatchObject({ PropertyName: 'Body', Message: expect.stringContaining('deeper') });
  });

  it('refuses numbers JSON cannot carry back, rather than storing null', async () => {
    const answer = await send(nexudus(), 'POST', '/api/support/chatrooms', {
      auth: ADMIN,
      headers: json,
      body: '{"BusinessId":1e400}',
    });
    expect(answer.status).toBe(400);
    expect(answer.body.Errors[0]).toMatchObject({ PropertyName: 'BusinessId' });
    for (const query of ['size=Infinity', 'page=NaN', 'size=-Infinity', 'Id=1e400']) {
      const search = await send(nexudus(), 'GET', '/api/support/chatrooms', { auth: ADMIN, query });
      expect(search.status, query).toBe(400);
    }
  });

  it('refuses an integer past 2^53 - 1, which would be stored as another number', async () => {
    for (const BusinessId of ['12345678901234567890', '1e20', '-9007199254740992']) {
      const answer = await send(nexudus(), 'POST', '/api/support/chatrooms', {
        auth: ADMIN,
        headers: json,
        body: `{"BusinessId":${BusinessId},"Name":"big"}`,
      });
      expect(answer.status, BusinessId).toBe(400);
      expect(answer.body.Errors[0]).toMatchObject({
        PropertyName: 'BusinessId',
        Message: expect.stringMatching(/^must be [<>]=/),
      });
    }
    const search = await send(nexudus(), 'GET', '/api/support/chatrooms', {
      auth: ADMIN,
      query: 'ChatRoom_Business=9007199254740993',
    });
    expect(search.status).toBe(400);
  });

  it("checks a command's parameters against the types the command lists", async () => {
    const run = (Key: string, Ids: number[], Value: unknown) =>
      call(nexudus(), 'runChatUserMessageCommand', {
        auth: ADMIN,
        json: { Key, Ids, Parameters: [{ Type: 'int', Value }] },
      });
    for (const Value of [null, 1.5, 'seven', { toString: 1 }]) {
      const answer = await run('ADD_RECIPIENT', [123], Value);
      expect(answer.status, JSON.stringify(Value)).toBe(400);
      expect(answer.body.Errors[0].PropertyName).toBe('Parameters[0].Value');
    }
    const renamed = await call(nexudus(), 'runChatRoomCommand', {
      auth: ADMIN,
      json: { Key: 'RENAME_CHATROOM', Ids: [1234567], Parameters: [{ Type: 'string', Value: { toString: 1 } }] },
    });
    expect(renamed.status).toBe(400);
    const message = await call(nexudus(), 'getChatUserMessage', { auth: ADMIN, path: { Id: 123 } });
    expect(message.body.ToUsers).toEqual([87654321]);
  });
});

describe('Popsell', () => {
  it('refuses an id past 2^53 - 1 with a 422 that names it', async () => {
    const answer = await send(popsell(), 'POST', '/api/v2/chat/chatrooms/8/messages', {
      auth: POPSELL,
      headers: json,
      body: '{"id_ambassador":12345678901234567890,"type_message":0}',
    });
    expect(answer.status).toBe(422);
    expect(Object.keys(answer.body.errors)).toEqual(['id_ambassador']);
  });

  it('refuses a page number past int32 and a non-finite one, with a 422', async () => {
    for (const query of ['page=2147483648', 'per_page=Infinity']) {
      const answer = await send(popsell(), 'GET', '/api/v2/chat/ambassadors', {
        auth: POPSELL,
        headers: { 'X-Popsell-Brand': '3' },
        query,
      });
      expect(answer.status, query).toBe(422);
    }
  });
});

describe('methods', () => {
  it('a known path with a method it does not take answers 405 with Allow, in each vendor format', async () => {
    const wrong = await send(nexudus(), 'PATCH', '/api/support/chatrooms', { auth: ADMIN });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, HEAD, POST, PUT');
    expect(wrong.body).toEqual({ Message: "The requested resource does not support http method 'PATCH'." });
    const laravel = await send(popsell(), 'DELETE', '/api/v2/chat/chatrooms/8', { auth: POPSELL });
    expect(laravel.status).toBe(405);
    expect(laravel.headers.get('allow')).toBe('GET, HEAD, PATCH');
    expect(laravel.body.message).toBe(
      'The DELETE method is not supported for route api/v2/chat/chatrooms/8. Supported methods: GET, HEAD, PATCH.',
    );
  });

  it('HEAD answers as GET does, without the body', async () => {
    const head = await fetch(`${nexudus().url}/api/support/chatrooms/1234567`, {
      method: 'HEAD',
      headers: { authorization: `Basic ${Buffer.from('admin@example.com:sandbox').toString('base64')}` },
    });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0);
    expect(await head.text()).toBe('');
  });
});

describe('links', () => {
  it("Popsell's paging links name the sandbox's own address, whatever Host the request claims", async () => {
    const { port } = new URL(popsell().url);
    const answer = await new Promise<string>((resolve, reject) => {
      const request = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path: '/api/v2/chat/ambassadors?per_page=1',
          headers: { host: 'evil.example', authorization: 'Bearer sandbox-token', 'x-popsell-brand': '3' },
        },
        (response: IncomingMessage) => {
          let text = '';
          response.on('data', (chunk) => (text += chunk));
          response.on('end', () => resolve(text));
        },
      );
      request.on('error', reject);
      request.end();
    });
    const page = JSON.parse(answer);
    expect(page.next_page_url).toBe(`http://127.0.0.1:${port}/api/v2/chat/ambassadors?per_page=1&page=2`);
    expect(JSON.stringify(page)).not.toContain('evil.example');
  });
});
