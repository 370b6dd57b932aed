// The attack that once took a sandbox from 72 MB to 878 MB: hundreds of
// uploads that send almost their whole body and then stall. Run against the
// real command line, whose memory is read from /proc.
import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliSandbox, startCliSandbox } from '../test-support/cli-sandbox.js';

const UPLOADS = 300;
const BODY_BYTES = 1024 * 1024;
/** The 64 MiB budget holds 64 bodies of just under 1 MiB. */
const HELD_AT_MOST = 64;
const AUTH = `Basic ${Buffer.from('admin@example.com:sandbox').toString('base64')}`;

let running: CliSandbox;
beforeAll(async () => {
  running = await startCliSandbox('nexudus', ['--seed', 'demo']);
});
afterAll(() => running?.kill());

const residentBytes = (pid: number) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;

/** Sends all but the last byte of a 1 MiB body; resolves once it is sent or answered. */
function stalledUpload(port: number): Promise<{ socket: Socket; answer: () => string }> {
  return new Promise((resolve) => {
    let received = '';
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(
        `POST /api/support/chatrooms HTTP/1.1\r\nhost: 127.0.0.1\r\nauthorization: ${AUTH}\r\n` +
          `content-type: application/json\r\ncontent-length: ${BODY_BYTES}\r\n\r\n`,
      );
      socket.write(Buffer.alloc(BODY_BYTES - 1, 0x20), () => resolve({ socket, answer: () => received }));
    });
    socket.on('data', (chunk) => {
      received += chunk;
      resolve({ socket, answer: () => received });
    });
    socket.on('error', () => resolve({ socket, answer: () => received }));
  });
}

describe(`${UPLOADS} uploads of 1 MiB that stall before their last byte`, () => {
  it('hold no more than the body budget (64 MiB), and the rest are refused 503 at once', async () => {
    const pid = running.child.pid!;
    const before = residentBytes(pid);
    const uploads = await Promise.all(Array.from({ length: UPLOADS }, () => stalledUpload(running.sandbox.port)));
    // Some bodies still wait in the kernel's buffers for the sandbox to read them: give it time to.
    const unanswered = () => uploads.filter(({ answer }) => answer() === '').length;
    for (let waited = 0; unanswered() > HELD_AT_MOST && waited < 10_000; waited += 100)
      await new Promise((resolve) => setTimeout(resolve, 100));
    const grown = residentBytes(pid) - before;
    const refused = uploads.filter(({ answer }) => /^HTTP\/1\.1 503 /.test(answer())).length;
    for (const { socket } of uploads) socket.destroy();
    // The bodies held are at most 64 MiB; Node's own buffers and heap add some more.
    expect(grown).toBeLessThan(160 * 1024 * 1024);
    expect(refused).toBeGreaterThanOrEqual(UPLOADS - HELD_AT_MOST);
    const health = await fetch(`${running.sandbox.url}/api/support/chatrooms/1234567`, {
      headers: { authorization: AUTH },
    });
    expect(health.status).toBe(200);
  });
});
