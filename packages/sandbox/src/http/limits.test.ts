// Slow and stalled clients: a request that stalls is answered 408 in the
// vendor's format and closed once its time is up, and stalled uploads together
// hold no more memory than the budget; the sandbox goes on answering everyone else.
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ADMIN, call } from '../testing/client.js';
import { useSandbox } from '../testing/vitest.js';

const limits = {
  seed: 'demo',
  requestTimeoutMs: 1000,
  headersTimeoutMs: 500,
  maxBodyBytes: 512 * 1024,
  maxBufferedBodyBytes: 1024 * 1024,
} as const;
const nexudus = useSandbox({ api: 'nexudus', ...limits });
const popsell = useSandbox({ api: 'popsell', ...limits });
const AUTH = `Basic ${Buffer.from('admin@example.com:sandbox').toString('base64')}`;

/** Opens a connection, sends `bytes`, and resolves with all it receives once the sandbox closes it. */
function stall(url: string, bytes: string) {
  const { port } = new URL(url);
  return new Promise<{ closed: Promise<string>; destroy(): void }>((resolve) => {
    const socket = connect(Number(port), '127.0.0.1', () => {
      if (bytes) socket.write(bytes);
      resolve({ closed, destroy: () => socket.destroy() });
    });
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk;
    });
    socket.on('error', () => {});
    const closed = new Promise<string>((done) => socket.on('close', () => done(received)));
  });
}

/** The head and `sent` bytes of a `declared`-byte chat room create, and then nothing. */
const stalledUpload = (declared: number, sent: number) =>
  `POST /api/support/chatrooms HTTP/1.1\r\nhost: 127.0.0.1\r\nauthorization: ${AUTH}\r\n` +
  `content-type: application/json\r\ncontent-length: ${declared}\r\n\r\n${'{"BusinessId":1,"Name":"'.padEnd(sent, 'x')}`;

const bodyOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));

describe('limits', () => {
  it('answers a body that stalls past its time 408 in the vendor format, and closes it', async () => {
    const started = Date.now();
    const answer = await (await stall(nexudus().url, stalledUpload(1000, 100))).closed;
    expect(Date.now() - started).toBeLessThan(5000);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(bodyOf(answer)).toEqual({ Message: expect.stringContaining('not received in time') });
  });

  it('closes a connection that never finishes its headers, or never sends a byte', async () => {
    const started = Date.now();
    const [partial, silent] = await Promise.all([
      stall(popsell().url, 'GET /api/v2/chat/chatrooms HTTP/1.1\r\n'),
      stall(popsell().url, ''),
    ]);
    const [partialAnswer] = await Promise.all([partial.closed, silent.closed]);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(bodyOf(partialAnswer)).toEqual({ message: expect.stringContaining('not received in time') });
  });

  it('answers what is not HTTP 400, and headers past 16 KiB 431, in the vendor format', async () => {
    const notHttp = await (await stall(nexudus().url, 'HELLO\r\n\r\n')).closed;
    expect(notHttp).toMatch(/^HTTP\/1\.1 400 /);
    expect(bodyOf(notHttp)).toEqual({ Message: 'The request is not valid HTTP/1.1.' });
    const hugeHeaders = `GET /api/v2/chat/chatrooms HTTP/1.1\r\nx-padding: ${'x'.repeat(20_000)}\r\n\r\n`;
    const tooLarge = await (await stall(popsell().url, hugeHeaders)).closed;
    expect(tooLarge).toMatch(/^HTTP\/1\.1 431 /);
    expect(bodyOf(tooLarge)).toEqual({ message: 'The request headers are too large.' });
  });

  it('refuses uploads past the memory budget with a 503, and answers everyone else', async () => {
    // Eight uploads of 256 KiB each would hold 2 MiB; the budget is 1 MiB.
    const uploads = await Promise.all(
      Array.from({ length: 8 }, () => stall(nexudus().url, stalledUpload(512 * 1024, 256 * 1024))),
    );
    const room = await call(nexudus(), 'getChatRoom', { auth: ADMIN, path: { Id: 1234567 } });
    expect(room.status).toBe(200);
    for (const upload of uploads) upload.destroy();
    const answers = await Promise.all(uploads.map(({ closed }) => closed));
    const refused = answers.filter((text) => /^HTTP\/1\.1 503 /.test(text));
    expect(refused.length).toBeGreaterThanOrEqual(4);
    expect(refused[0]).toMatch(/retry-after: 1/i);
    expect(bodyOf(refused[0]!)).toEqual({ Message: expect.stringContaining('too many request bodies') });
  });
});
