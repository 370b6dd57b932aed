// Hooks see every attempt, in the order things happen, beneath openapi-fetch's
// middleware: token exchanges (marked), retries with their reason and wait,
// renewals after a 401, and one onError per failed call; never a credential.
import { type Fault, type FaultServer, startFaultServer, useSandbox } from '@chatapi/test-harness';
import type { Middleware } from 'openapi-fetch';
import { afterEach, describe, expect, it } from 'vitest';
import { type ClientHooks, createNexudusClient, type NexudusClientOptions, NotFoundError } from './index.js';

const sandbox = useSandbox({ api: 'nexudus' });
let front: FaultServer | undefined;
afterEach(() => front?.close());

const PASSWORD = 'sandbox';

/** Every hook call as one line, and the events themselves. */
function recorder() {
  const lines: string[] = [];
  const events: unknown[] = [];
  const hooks: Required<ClientHooks> = {
    onRequest: (event) => {
      events.push(event);
      lines.push(`request ${event.attempt} ${event.operationId ?? 'raw'}${event.tokenExchange ? ' (token)' : ''}`);
    },
    onResponse: (event) => {
      events.push(event);
      lines.push(`response ${event.attempt} ${event.status}`);
    },
    onRetry: (event) => {
      events.push(event);
      lines.push(`retry ${event.attempt} ${event.reason}${event.status ? ` ${event.status}` : ''}`);
    },
    onError: (event) => {
      events.push(event);
      lines.push(`error ${event.error.name} ${event.operationId ?? 'raw'}`);
    },
  };
  return { hooks, lines, events };
}

async function clientFacing(script: Fault[], options: Partial<NexudusClientOptions> = {}) {
  front = await startFaultServer(script, { fallback: { forwardTo: sandbox().url } });
  return createNexudusClient({
    baseUrl: front.url,
    auth: { username: 'admin@example.com', password: PASSWORD },
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    ...options,
  });
}

describe('hooks', () => {
  it('see the token exchange, then each attempt of a retried call, in order', async () => {
    const { hooks, lines, events } = recorder();
    let middlewareSaw = 0;
    const middleware: Middleware = {
      onRequest: () => {
        middlewareSaw++;
      },
    };
    const client = await clientFacing([{ forwardTo: sandbox().url }, { status: 503, json: {} }, { reset: true }], {
      hooks,
      middleware: [middleware],
    });
    expect((await client.chatRooms.get(1234567)).Id).toBe(1234567);
    expect(lines).toEqual([
      'request 1 createToken (token)',
      'response 1 200',
      'request 1 getChatRoom',
      'response 1 503',
      'retry 2 status 503',
      'request 2 getChatRoom',
      'retry 3 network',
      'request 3 getChatRoom',
      'response 3 200',
    ]);
    // openapi-fetch middleware works as before: once per call (the token exchange's and this one), above retries.
    expect(middlewareSaw).toBe(2);
    const retry = events.find((event) => (event as { reason?: string }).reason === 'network') as {
      delayMs: number;
      error: Error;
      helper: string;
    };
    expect(retry).toMatchObject({ helper: 'chatRooms.get', error: { name: 'NetworkError' } });
    expect(retry.delayMs).toBeGreaterThanOrEqual(0);
  });

  it('never show a credential: Authorization is redacted, and no body is given', async () => {
    const { hooks, events } = recorder();
    const client = await clientFacing([], { hooks });
    await client.chatRooms.list();
    const tokenHeader = front!.requests.find((request) => request.url !== '/api/token')!.headers.authorization!;
    const seen = JSON.stringify(events);
    expect(seen).not.toContain(PASSWORD);
    expect(seen).not.toContain(tokenHeader.replace('Bearer ', ''));
    const request = events[2] as { headers: Record<string, string>; url: string; method: string };
    expect(request).toMatchObject({ method: 'GET', headers: { authorization: '[redacted]' } });
    expect(request.url).toBe(`${front!.url}/api/support/chatrooms`);
  });

  it('report a renewal after a 401 as a retry, with the new token exchange before it', async () => {
    const { hooks, lines } = recorder();
    const client = await clientFacing(
      [{ forwardTo: sandbox().url }, { status: 401, json: { Message: 'Authorization has been denied.' } }],
      { hooks },
    );
    await client.chatRooms.commands();
    expect(lines).toEqual([
      'request 1 createToken (token)',
      'response 1 200',
      'request 1 listChatRoomCommands',
      'response 1 401',
      'request 1 createToken (token)',
      'response 1 200',
      'retry 2 unauthorized 401',
      'request 2 listChatRoomCommands',
      'response 2 200',
    ]);
  });

  it('call onError once per failed call with what it throws; a raw call reports its network failure', async () => {
    const { hooks, lines, events } = recorder();
    const client = await clientFacing([], {
      hooks,
      auth: { basic: { username: 'admin@example.com', password: PASSWORD } },
    });
    await expect(client.chatRooms.get(424242)).rejects.toBeInstanceOf(NotFoundError);
    expect(lines).toEqual(['request 1 getChatRoom', 'response 1 404', 'error NotFoundError getChatRoom']);
    expect(events.at(-1)).toMatchObject({ attempt: 1, helper: 'chatRooms.get', method: 'GET', tokenExchange: false });
    lines.length = 0;
    const offline = createNexudusClient({ baseUrl: 'http://127.0.0.1:9', retry: false, hooks });
    await expect(offline.GET('/api/support/chatrooms/commands')).rejects.toMatchObject({ name: 'NetworkError' });
    expect(lines).toEqual(['request 1 raw', 'error NetworkError raw']);
  });

  it('report a raw call that times out while waiting to retry, once', async () => {
    const { hooks, lines } = recorder();
    // The 503 asks for a 3 s wait; the call's deadline ends it first.
    const client = await clientFacing([{ status: 503, headers: { 'retry-after': '3' }, json: {} }], {
      hooks,
      auth: { basic: { username: 'admin@example.com', password: PASSWORD } },
      timeoutMs: 200,
    });
    await expect(
      client.GET('/api/support/chatrooms/{Id}', { params: { path: { Id: 1234567 } } }),
    ).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(lines.at(-1)).toBe('error TimeoutError raw');
    expect(lines.filter((line) => line.startsWith('error'))).toHaveLength(1);
  });

  it("fail the call with a hook's own error, as it is", async () => {
    const broken = new Error('the logger is full');
    const client = await clientFacing([], {
      hooks: {
        onResponse: () => {
          throw broken;
        },
      },
    });
    await expect(client.chatRooms.commands()).rejects.toBe(broken);
  });
});
