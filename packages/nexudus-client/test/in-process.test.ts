// The README's unit-test recipe: the client against the stateful sandbox in
// process (no port, no server), reset between tests, with a fault that the
// client's retries must ride out.
import { createSandboxFetch } from '@chatapi/sandbox';
import { afterAll, beforeEach, expect, it } from 'vitest';
import { createNexudusClient } from '../src/index.js';

const sandbox = createSandboxFetch({ api: 'nexudus', strict: true });
const nexudus = createNexudusClient({
  baseUrl: sandbox.url,
  fetch: sandbox.fetch,
  auth: { basic: { username: 'admin@example.com', password: 'sandbox' } },
  retry: { retries: 2, baseDelayMs: 1 },
});
beforeEach(() => sandbox.reset());
afterAll(() => sandbox.close());

it('creates and reads back, and each test starts from the demo data', async () => {
  const { Value } = await nexudus.chatRooms.create({ BusinessId: 12345678, Name: 'Support' });
  expect((await nexudus.chatRooms.get(Value.Id)).Name).toBe('Support');
});

it('starts again from the demo data', async () => {
  const page = await nexudus.chatRooms.list({ ChatRoom_Name: 'Support' });
  expect(page.Records).toEqual([]);
});

it('waits as Retry-After asks after a 429, and sends the read again', async () => {
  await sandbox.fault({ kind: 'rate-limit', operationId: 'getChatRoom', times: 1, retryAfterSeconds: 1 });
  const started = Date.now();
  expect((await nexudus.chatRooms.get(1234567)).Id).toBe(1234567);
  expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  const calls = await sandbox.journal({ operationId: 'getChatRoom' });
  expect(calls.map(({ status }) => status)).toEqual([429, 200]);
});

it('never sends a create twice, whatever the fault', async () => {
  await sandbox.fault({ kind: 'error', status: 503, operationId: 'createChatRoom', times: 1 });
  await expect(nexudus.chatRooms.create({ BusinessId: 1, Name: 'once' })).rejects.toMatchObject({ status: 503 });
  expect(await sandbox.journal({ operationId: 'createChatRoom' })).toHaveLength(1);
});
