// The fetch beneath openapi-fetch, against a real HTTP server that misbehaves
// on cue.
import { type Fault, type FaultServer, startFaultServer } from '@chatapi/test-harness';
import { afterEach, describe, expect, it } from 'vitest';
import { bearerAuth } from '../auth/auth.js';
import { NetworkError } from '../errors/errors.js';
import { retryPolicy } from '../retry/retry.js';
import { createSend, type SendPolicy } from './send.js';

const OK: Fault = { status: 200, json: { ok: true } };
let server: FaultServer | undefined;
afterEach(() => server?.close());

async function sendThrough(script: Fault[], request: (url: string) => Request, policy: Partial<SendPolicy> = {}) {
  server = await startFaultServer(script, { fallback: OK });
  const send = createSend({ retry: retryPolicy({ baseDelayMs: 1, maxDelayMs: 5 }), ...policy });
  return send(request(server.url));
}

const get = (url: string) => new Request(`${url}/things/1`);
const post = (url: string) =>
  new Request(`${url}/things`, {
    method: 'POST',
    body: '{"Name":"x"}',
    headers: { 'content-type': 'application/json' },
  });

describe('createSend', () => {
  it('retries a GET after 503 and 502, then returns the success', async () => {
    const response = await sendThrough(
      [
        { status: 503, json: {} },
        { status: 502, json: {} },
      ],
      get,
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    expect(server!.requests).toHaveLength(3);
  });

  it('gives up after the configured retries and returns the last answer', async () => {
    const response = await sendThrough(Array(5).fill({ status: 504, json: {} }), get, {
      retry: retryPolicy({ retries: 1, baseDelayMs: 1 }),
    });
    expect(response.status).toBe(504);
    expect(server!.requests).toHaveLength(2);
  });

  it('never retries a POST, and sends its body intact', async () => {
    const response = await sendThrough([{ status: 503, json: {} }], post);
    expect(response.status).toBe(503);
    expect(server!.requests.map((request) => request.body)).toEqual(['{"Name":"x"}']);
  });

  it.each([307, 308])('follows a %i redirect of a PUT with its body, once', async (status) => {
    const put = (url: string) =>
      new Request(`${url}/things`, {
        method: 'PUT',
        body: '{"Id":1}',
        headers: { 'content-type': 'application/json' },
      });
    const response = await sendThrough([{ status, headers: { location: '/moved/things' } }], put);
    expect(response.status).toBe(200);
    expect(server!.requests.map(({ method, url, body }) => [method, url, body])).toEqual([
      ['PUT', '/things', '{"Id":1}'],
      ['PUT', '/moved/things', '{"Id":1}'],
    ]);
  });

  it('drops the credentials when a redirect leaves the origin, and keeps them on a same-origin one', async () => {
    const elsewhere = await startFaultServer([], { fallback: OK });
    try {
      const put = (url: string) =>
        new Request(`${url}/things`, {
          method: 'PUT',
          body: '{"Id":1}',
          headers: { 'content-type': 'application/json' },
        });
      const response = await sendThrough(
        [
          { status: 307, headers: { location: '/moved/things' } },
          { status: 307, headers: { location: `${elsewhere.url}/things` } },
        ],
        put,
        { auth: bearerAuth('secret-token') },
      );
      expect(response.status).toBe(200);
      expect(server!.requests.map(({ headers }) => headers.authorization)).toEqual([
        'Bearer secret-token',
        'Bearer secret-token',
      ]);
      expect(elsewhere.requests).toHaveLength(1);
      expect(elsewhere.requests[0]!.body).toBe('{"Id":1}');
      expect(elsewhere.requests[0]!.headers.authorization).toBeUndefined();
    } finally {
      await elsewhere.close();
    }
  });

  it('waits as long as Retry-After asks before retrying a 429', async () => {
    const started = Date.now();
    const response = await sendThrough([{ status: 429, headers: { 'retry-after': '1' }, json: {} }], get);
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('returns a 429 at once when Retry-After is longer than it may wait', async () => {
    const response = await sendThrough([{ status: 429, headers: { 'retry-after': '3600' }, json: {} }], get);
    expect(response.status).toBe(429);
    expect(server!.requests).toHaveLength(1);
  });

  it('retries a GET after a connection reset', async () => {
    const response = await sendThrough([{ reset: true }, { reset: true }], get);
    expect(await response.json()).toEqual({ ok: true });
    expect(server!.requests).toHaveLength(3);
  });

  it('turns a reset into a NetworkError that names the server, not the request', async () => {
    const failure = sendThrough([{ reset: true }], post, { auth: { authorization: () => 'Bearer secret-token' } });
    await expect(failure).rejects.toBeInstanceOf(NetworkError);
    await expect(failure).rejects.toThrow(/no complete answer from http:\/\/127\.0\.0\.1:\d+/);
    await expect(failure.catch((error) => JSON.stringify(error) + String(error))).resolves.not.toContain(
      'secret-token',
    );
  });

  it("rejects with the signal's reason when the call is aborted (by its caller or its deadline), and does not retry", async () => {
    server = await startFaultServer([{ delayMs: 2_000 }], { fallback: OK });
    const controller = new AbortController();
    const send = createSend({ retry: retryPolicy({ baseDelayMs: 1 }) });
    const pending = send(new Request(`${server.url}/things/1`, { signal: controller.signal }));
    setTimeout(() => controller.abort(new Error('caller gave up')), 50);
    await expect(pending).rejects.toThrow('caller gave up');
    expect(server.requests).toHaveLength(1);
  });

  it('renews credentials once after a 401 and sends the request again, body included', async () => {
    const sent: (string | undefined)[] = [];
    let token = 'old';
    const auth = {
      authorization: () => `Bearer ${token}`,
      renew: async (rejected: string | undefined) => {
        sent.push(rejected);
        token = 'new';
        return true;
      },
    };
    const response = await sendThrough([{ status: 401, json: {} }], post, { auth });
    expect(response.status).toBe(200);
    expect(sent).toEqual(['Bearer old']);
    expect(server!.requests.map((request) => [request.headers.authorization, request.body])).toEqual([
      ['Bearer old', '{"Name":"x"}'],
      ['Bearer new', '{"Name":"x"}'],
    ]);
  });

  it('does not renew twice for one request', async () => {
    const auth = { authorization: () => 'Bearer t', renew: async () => true };
    const response = await sendThrough(
      [
        { status: 401, json: {} },
        { status: 401, json: {} },
      ],
      get,
      { auth },
    );
    expect(response.status).toBe(401);
    expect(server!.requests).toHaveLength(2);
  });
});
