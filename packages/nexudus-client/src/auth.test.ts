// Each way to authenticate, against the real sandbox; a fault server in
// front of it records what the client sends and can answer 401 on cue.
import { type Fault, type FaultServer, startFaultServer, useSandbox } from '@chatapi/test-harness';
import { afterEach, describe, expect, it } from 'vitest';
import { AuthenticationError, createNexudusClient, type NexudusAuth } from './index.js';

const sandbox = useSandbox({ api: 'nexudus' });
let front: FaultServer | undefined;
afterEach(() => front?.close());

async function clientBehindFront(auth: NexudusAuth, script: Fault[] = []) {
  front = await startFaultServer(script, { fallback: { forwardTo: sandbox().url } });
  return createNexudusClient({ baseUrl: front.url, auth, retry: false });
}

const paths = () => front!.requests.map((request) => `${request.method} ${request.url}`);
const grantOf = (body: string) => new URLSearchParams(body).get('grant_type');

describe('Nexudus auth', () => {
  it('exchanges a username and password once, then reuses the token', async () => {
    const client = await clientBehindFront({ username: 'admin@example.com', password: 'sandbox' });
    await Promise.all([client.chatRooms.get(1234567), client.chatRooms.get(9876541), client.chatRooms.commands()]);
    await client.chatRooms.list();
    const tokenRequests = front!.requests.filter((request) => request.url === '/api/token');
    expect(tokenRequests).toHaveLength(1);
    expect(tokenRequests[0]!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(grantOf(tokenRequests[0]!.body)).toBe('password');
    const authorizations = new Set(
      front!.requests.filter((request) => request.url !== '/api/token').map((request) => request.headers.authorization),
    );
    expect(authorizations.size).toBe(1);
    expect([...authorizations][0]).toMatch(/^Bearer \S+$/);
  });

  it('refreshes an expired token once on a 401 and replays the request', async () => {
    const rejected: Fault = { status: 401, json: { Message: 'Authorization has been denied for this request.' } };
    const client = await clientBehindFront({ username: 'admin@example.com', password: 'sandbox' }, [
      { forwardTo: sandbox().url },
      rejected,
    ]);
    const room = await client.chatRooms.get(1234567);
    expect(room.Id).toBe(1234567);
    expect(paths()).toEqual([
      'POST /api/token',
      'GET /api/support/chatrooms/1234567',
      'POST /api/token',
      'GET /api/support/chatrooms/1234567',
    ]);
    expect(grantOf(front!.requests[2]!.body)).toBe('refresh_token');
    expect(front!.requests[3]!.headers.authorization).not.toBe(front!.requests[1]!.headers.authorization);
  });

  it('sends the two-factor code with the password when given', async () => {
    const client = await clientBehindFront({ username: 'twofactor@example.com', password: 'sandbox', totp: '123456' });
    expect((await client.chatRooms.get(1234567)).Id).toBe(1234567);
    expect(new URLSearchParams(front!.requests[0]!.body).get('totp')).toBe('123456');
  });

  it('throws AuthenticationError for a wrong password, and never shows the password', async () => {
    const client = await clientBehindFront({ username: 'admin@example.com', password: 'not-the-password' });
    const error = await client.chatRooms.get(1234567).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthenticationError);
    // The call the user made, with the token exchange as its cause.
    expect(error).toMatchObject({ status: 400, operationId: 'getChatRoom', helper: 'chatRooms.get' });
    const cause = (error as Error).cause as Error;
    expect(cause).toMatchObject({ status: 400, operationId: 'createToken' });
    for (const shown of [
      String(error),
      (error as Error).message,
      JSON.stringify(error),
      (error as Error).stack ?? '',
      String(cause),
      JSON.stringify(cause),
      cause.stack ?? '',
    ]) {
      expect(shown).not.toContain('not-the-password');
    }
  });

  it('sends Basic credentials on every request', async () => {
    const client = await clientBehindFront({ basic: { username: 'agent@example.com', password: 'sandbox' } });
    await client.chatRooms.get(1234567);
    expect(front!.requests[0]!.headers.authorization).toBe(
      `Basic ${Buffer.from('agent@example.com:sandbox').toString('base64')}`,
    );
  });

  it('throws AuthenticationError for a bearer token the server does not know, without showing it', async () => {
    const client = await clientBehindFront({ token: 'made-up-token' });
    const error = await client.chatRooms.get(1234567).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(JSON.stringify(error) + String(error)).not.toContain('made-up-token');
  });
});
