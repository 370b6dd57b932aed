// Each helper's answer beside its body (`withResponse()`), and the same answer
// on the errors it throws, against the real sandbox behind a fault server.
import { type Fault, type FaultServer, startFaultServer, useSandbox } from '@chatapi/test-harness';
import { afterEach, describe, expect, it } from 'vitest';
import { createNexudusClient, NotFoundError, RateLimitError } from './index.js';

const sandbox = useSandbox({ api: 'nexudus' });
let front: FaultServer | undefined;
afterEach(() => front?.close());

async function clientFacing(script: Fault[] = []) {
  front = await startFaultServer(script, { fallback: { forwardTo: sandbox().url } });
  return createNexudusClient({
    baseUrl: front.url,
    auth: { basic: { username: 'admin@example.com', password: 'sandbox' } },
    retry: false,
  });
}

describe('withResponse()', () => {
  it('gives a call its body with the status and headers of its answer', async () => {
    const client = await clientFacing([
      { status: 200, headers: { 'x-ratelimit-remaining': '41' }, json: { Id: 1234567, Name: 'From the front' } },
    ]);
    const { data, status, headers } = await client.chatRooms.get(1234567).withResponse();
    expect(data.Name).toBe('From the front');
    expect(status).toBe(200);
    expect(headers.get('x-ratelimit-remaining')).toBe('41');
    // Awaited as before, a helper gives the body.
    expect((await client.chatRooms.get(1234567)).Id).toBe(1234567);
  });

  it("patch answers with its write's answer; getMany with its last page's", async () => {
    const client = await clientFacing();
    const patched = await client.chatRooms.patch(1234567, { Name: 'Renamed' }).withResponse();
    expect(patched.status).toBe(200);
    expect(patched.data.Value.Id).toBe(1234567);
    expect(front!.requests.at(-1)!.method).toBe('PUT');
    const many = await client.chatRooms.getMany([1234567, 9876541]).withResponse();
    expect(many.data.map((room) => room.Id).sort()).toEqual([1234567, 9876541]);
    expect(many.headers.get('content-type')).toMatch(/json/);
  });

  it('the errors carry the headers of the answer that failed, and leave them out of toJSON', async () => {
    const client = await clientFacing([
      { status: 429, headers: { 'retry-after': '120', 'x-ratelimit-limit': '60' }, json: { Message: 'Slow down.' } },
    ]);
    const error = await client.chatRooms.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).headers?.get('x-ratelimit-limit')).toBe('60');
    expect((error as RateLimitError).retryAfterMs).toBe(120_000);
    expect(JSON.parse(JSON.stringify(error))).not.toHaveProperty('headers');
    const missing = await client.chatRooms.get(424242).catch((caught: unknown) => caught);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect((missing as NotFoundError).headers?.get('content-type')).toMatch(/json/);
  });
});
