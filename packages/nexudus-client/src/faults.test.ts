// What a helper does when the network or the server misbehaves: each fault
// ends in its typed outcome, and nothing is left as an unhandled rejection.
import {
  expectNoUnhandledRejections,
  type Fault,
  type FaultServer,
  startFaultServer,
  useSandbox,
} from '@chatapi/test-harness';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AbortError,
  ApiError,
  createNexudusClient,
  MalformedResponseError,
  NetworkError,
  type NexudusClientOptions,
  RateLimitError,
  TimeoutError,
  ValidationError,
} from './index.js';

const sandbox = useSandbox({ api: 'nexudus' });
expectNoUnhandledRejections();

let front: FaultServer | undefined;
afterEach(() => front?.close());

async function clientFacing(script: Fault[], options: Partial<NexudusClientOptions> = {}) {
  front = await startFaultServer(script, { fallback: { forwardTo: sandbox().url } });
  return createNexudusClient({
    baseUrl: front.url,
    auth: { basic: { username: 'admin@example.com', password: 'sandbox' } },
    retry: { baseDelayMs: 1, maxDelayMs: 10 },
    ...options,
  });
}

describe('faults', () => {
  it('connection reset: a GET is retried; with no retries left it is a NetworkError', async () => {
    const client = await clientFacing([{ reset: true }]);
    expect((await client.chatRooms.get(1234567)).Id).toBe(1234567);
    const failing = await clientFacing([{ reset: true }], { retry: false });
    await expect(failing.chatRooms.get(1234567)).rejects.toMatchObject({
      name: 'NetworkError',
      operationId: 'getChatRoom',
    });
  });

  it('a POST reset is not sent again: NetworkError', async () => {
    const client = await clientFacing([{ reset: true }]);
    await expect(client.chatRooms.create({ BusinessId: 1 })).rejects.toBeInstanceOf(NetworkError);
    expect(front!.requests).toHaveLength(1);
  });

  it('timeout: TimeoutError when the call, retries included, takes longer than timeoutMs', async () => {
    const client = await clientFacing([{ delayMs: 1_000 }], { timeoutMs: 100 });
    await expect(client.chatRooms.get(1234567)).rejects.toMatchObject({
      name: 'TimeoutError',
      timeoutMs: 100,
      operationId: 'getChatRoom',
    });
    const retrying = await clientFacing([{ status: 503, json: {} }, { delayMs: 1_000 }], { timeoutMs: 100 });
    await expect(retrying.chatRooms.get(1234567)).rejects.toMatchObject({ name: 'TimeoutError' });
    const raw = await clientFacing([{ delayMs: 1_000 }], { timeoutMs: 100 });
    await expect(raw.GET('/api/support/chatrooms/{Id}', { params: { path: { Id: 1234567 } } })).rejects.toMatchObject({
      name: 'TimeoutError',
    });
  });

  it("per call: timeoutMs overrides the client's, either way, and throws TimeoutError with the operationId", async () => {
    const client = await clientFacing([{ delayMs: 1_000 }]);
    await expect(client.chatRooms.get(1234567, { timeoutMs: 100 })).rejects.toMatchObject({
      name: 'TimeoutError',
      timeoutMs: 100,
      operationId: 'getChatRoom',
    });
    const patient = await clientFacing([{ delayMs: 300 }], { timeoutMs: 100 });
    expect((await patient.chatRooms.get(1234567, { timeoutMs: 5_000 })).Id).toBe(1234567);
  });

  it('per call: retry false sends once, and a retry count overrides the client', async () => {
    const once = await clientFacing([{ status: 503, json: {} }]);
    await expect(once.chatRooms.get(1234567, { retry: false })).rejects.toMatchObject({ status: 503 });
    expect(front!.requests).toHaveLength(1);
    const more = await clientFacing(Array(4).fill({ status: 503, json: {} }), { retry: false });
    expect((await more.chatRooms.get(1234567, { retry: { retries: 4, baseDelayMs: 1 } })).Id).toBe(1234567);
    expect(front!.requests).toHaveLength(5);
  });

  it("per call: an aborted signal throws AbortError, and the signal's own timeout a TimeoutError, each with the operationId", async () => {
    const client = await clientFacing([{ delayMs: 1_000 }, { delayMs: 1_000 }]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const aborted = await client.chatRooms.get(1234567, { signal: controller.signal }).catch((error) => error);
    expect(aborted).toBeInstanceOf(AbortError);
    expect(aborted).toMatchObject({ name: 'AbortError', operationId: 'getChatRoom' });
    const timedOut = await client.chatRooms.get(1234567, { signal: AbortSignal.timeout(50) }).catch((error) => error);
    expect(timedOut).toBeInstanceOf(TimeoutError);
    expect(timedOut).toMatchObject({ operationId: 'getChatRoom' });
  });

  it('a body that stops mid-way times out too', async () => {
    const client = await clientFacing(
      [{ status: 200, headers: { 'content-type': 'application/json', 'content-length': '100' }, body: '{"Id": 1' }],
      { timeoutMs: 200 },
    );
    await expect(client.chatRooms.get(1234567)).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('429 with Retry-After: waited for and retried; past the limit, a RateLimitError with the wait', async () => {
    const client = await clientFacing([
      { status: 429, headers: { 'retry-after': '0' }, json: { Message: 'Too many requests' } },
    ]);
    expect((await client.chatRooms.get(1234567)).Id).toBe(1234567);
    const limited = await clientFacing([
      { status: 429, headers: { 'retry-after': '120' }, json: { Message: 'Too many requests' } },
    ]);
    const error = await limited.chatRooms.get(1234567).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 120_000 });
  });

  it('503 then success: the success', async () => {
    const client = await clientFacing([
      { status: 503, json: { Message: 'busy' } },
      { status: 503, json: { Message: 'busy' } },
    ]);
    expect((await client.chatRooms.list({ size: 1 })).Records).toHaveLength(1);
    expect(front!.requests).toHaveLength(3);
  });

  it('an HTML error page: ApiError with the status and the page as text', async () => {
    const client = await clientFacing([{ html: 502 }], { retry: false });
    const error = await client.chatRooms.get(1234567).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 502, operationId: 'getChatRoom' });
    expect((error as ApiError).body).toContain('<h1>502</h1>');
  });

  it('truncated JSON (the connection closes mid-body): NetworkError', async () => {
    const client = await clientFacing([{ truncatedJson: { Id: 1234567, Name: 'cut' } }]);
    await expect(client.chatRooms.get(1234567)).rejects.toMatchObject({
      name: 'NetworkError',
      operationId: 'getChatRoom',
    });
    const posting = await clientFacing([{ truncatedJson: { WasSuccessful: true } }]);
    await expect(posting.chatRooms.create({ BusinessId: 1 })).rejects.toBeInstanceOf(NetworkError);
  });

  it('a whole answer that is not JSON: MalformedResponseError', async () => {
    const client = await clientFacing([
      { status: 200, headers: { 'content-type': 'application/json' }, body: '{"Id": 12' },
    ]);
    await expect(client.chatRooms.get(1234567)).rejects.toBeInstanceOf(MalformedResponseError);
  });

  it('WasSuccessful: false on a 200 is a ValidationError, whatever the status says', async () => {
    const failed = {
      Status: 200,
      Message: 'Name: is too long',
      Value: null,
      WasSuccessful: false,
      Errors: [{ PropertyName: 'Name', Message: 'is too long', AttemptedValue: 'x'.repeat(300) }],
    };
    const client = await clientFacing([{ status: 200, json: failed }]);
    const error = await client.chatRooms
      .create({ BusinessId: 1, Name: 'x'.repeat(300) })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({
      status: 200,
      issues: [{ field: 'Name', message: 'is too long', attemptedValue: 'x'.repeat(300) }],
    });
  });

  it('Nexudus validation answered as 500 (quirk N8) is a ValidationError too', async () => {
    const failed = {
      Status: 500,
      Message: 'BusinessId: is a required field',
      Value: null,
      WasSuccessful: false,
      Errors: [{ PropertyName: 'BusinessId', Message: 'is a required field', AttemptedValue: null }],
    };
    const client = await clientFacing([{ status: 500, json: failed }]);
    await expect(client.chatRooms.create({ BusinessId: 0 })).rejects.toMatchObject({
      name: 'ValidationError',
      status: 500,
      issues: [{ field: 'BusinessId' }],
    });
  });

  it('a connection refused: NetworkError naming the server', async () => {
    const closed = await startFaultServer([]);
    const url = closed.url;
    await closed.close();
    const client = createNexudusClient({ baseUrl: url, retry: false, auth: { token: 't' } });
    await expect(client.chatRooms.get(1)).rejects.toThrow(/ECONNREFUSED/);
  });
});
