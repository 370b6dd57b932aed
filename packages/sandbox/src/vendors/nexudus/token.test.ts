import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../store/data-file.js';
import { ADMIN, call, send } from '../../testing/client.js';
import { useSandbox } from '../../testing/vitest.js';
import { nexudusEmptyState } from './demo.js';
import { NEXUDUS_STORE } from './tables.js';
import { tokenHandlers } from './token.js';

const sandbox = useSandbox({ api: 'nexudus', seed: 'demo' });
const grant = (form: Record<string, string>) => call(sandbox(), 'createToken', { form });

describe('POST /api/token', () => {
  it('issues a bearer token that works until it is refreshed away', async () => {
    const issued = await grant({ grant_type: 'password', username: 'admin@example.com', password: 'sandbox' });
    expect(issued.body).toMatchObject({ token_type: 'bearer', expires_in: 604799 });
    const bearer = { bearer: issued.body.access_token };
    expect((await call(sandbox(), 'getChatRoom', { auth: bearer, path: { Id: 1234567 } })).status).toBe(200);

    const refreshed = await grant({ grant_type: 'refresh_token', refresh_token: issued.body.refresh_token });
    expect(refreshed.status).toBe(200);
    expect(
      (await call(sandbox(), 'getChatRoom', { auth: { bearer: refreshed.body.access_token }, path: { Id: 1234567 } }))
        .status,
    ).toBe(200);
    const reused = await grant({ grant_type: 'refresh_token', refresh_token: issued.body.refresh_token });
    expect(reused.body).toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses a wrong password, a missing code for a two-factor user, and accepts the right code', async () => {
    expect((await grant({ grant_type: 'password', username: 'admin@example.com', password: 'nope' })).body.error).toBe(
      'invalid_grant',
    );
    expect(
      (await grant({ grant_type: 'password', username: 'twofactor@example.com', password: 'sandbox' })).body.error,
    ).toBe('invalid_grant');
    expect(
      (await grant({ grant_type: 'password', username: 'twofactor@example.com', password: 'sandbox', totp: '123456' }))
        .status,
    ).toBe(200);
  });

  it('a JSON body, no grant or an unknown one is unsupported_grant_type that says why; a missing field is invalid_request', async () => {
    const json = await call(sandbox(), 'createToken', {
      json: { grant_type: 'password', username: 'admin@example.com', password: 'sandbox' },
    });
    expect(json).toMatchObject({
      status: 400,
      body: {
        error: 'unsupported_grant_type',
        error_description: 'Content-Type must be application/x-www-form-urlencoded',
      },
    });
    expect((await grant({ grant_type: 'client_credentials' })).body).toEqual({
      error: 'unsupported_grant_type',
      error_description: 'grant_type must be "password" or "refresh_token"',
    });
    const noGrant = { error: 'unsupported_grant_type', error_description: 'grant_type is required' };
    expect((await grant({ username: 'admin@example.com', password: 'sandbox' })).body).toEqual(noGrant);
    expect(
      (await call(sandbox(), 'createToken', { headers: { 'content-type': 'application/x-www-form-urlencoded' } })).body,
    ).toEqual(noGrant);
    const missing = await grant({ grant_type: 'password', username: 'admin@example.com' });
    expect(missing.body).toEqual({ error: 'invalid_request', error_description: 'password is required' });
  });

  it('a refresh token is not an access token', async () => {
    const issued = await grant({ grant_type: 'password', username: 'admin@example.com', password: 'sandbox' });
    expect(
      (await call(sandbox(), 'getChatRoom', { auth: { bearer: issued.body.refresh_token }, path: { Id: 1234567 } }))
        .status,
    ).toBe(401);
  });

  it('Basic and Bearer are the only schemes; the scheme word is case-insensitive', async () => {
    const encoded = Buffer.from('admin@example.com:sandbox').toString('base64');
    expect(
      (
        await send(sandbox(), 'GET', '/api/support/chatrooms/1234567', {
          headers: { authorization: `basic ${encoded}` },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await send(sandbox(), 'GET', '/api/support/chatrooms/1234567', {
          headers: { authorization: `Digest ${encoded}` },
        })
      ).status,
    ).toBe(401);
    expect((await call(sandbox(), 'getChatRoom', { auth: ADMIN, path: { Id: 1234567 } })).status).toBe(200);
  });
});

describe('issued tokens', () => {
  it('are pruned once expired, so the table holds only live ones', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'nexudus-tokens-'));
    const file = path.join(directory, 'nexudus.db');
    const store = openStore(NEXUDUS_STORE, { seed: { state: nexudusEmptyState }, file });
    let now = Date.UTC(2026, 0, 1);
    const { createToken } = tokenHandlers(store, () => now);
    const grant = () =>
      createToken!({
        body: { grant_type: 'password', username: 'admin@example.com', password: 'sandbox' },
      } as never);
    const stored = () => {
      const db = new Database(file, { readonly: true });
      const count = db.prepare('SELECT count(*) FROM tokens').pluck().get();
      db.close();
      return count;
    };
    try {
      for (let i = 0; i < 100; i++) await grant();
      expect(stored()).toBe(200);
      now += 31 * 24 * 3600 * 1000; // past both the access and the refresh tokens' lifetimes
      await grant();
      expect(stored()).toBe(2);
    } finally {
      store.close();
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

describe('the safe readings where the vendor is silent (quirks N36, N37)', () => {
  const bearerWorks = async (token: string) =>
    (await call(sandbox(), 'getChatRoom', { auth: { bearer: token }, path: { Id: 1234567 } })).status === 200;

  it('HTTP Basic does not skip two-factor authentication', async () => {
    const basic = await call(sandbox(), 'getChatRoom', {
      auth: { basic: ['twofactor@example.com', 'sandbox'] },
      path: { Id: 1234567 },
    });
    expect(basic.status).toBe(401);
    const issued = await grant({
      grant_type: 'password',
      username: 'twofactor@example.com',
      password: 'sandbox',
      totp: '123456',
    });
    expect(await bearerWorks(issued.body.access_token)).toBe(true);
  });

  it('a refresh revokes the access token it replaces', async () => {
    const issued = await grant({ grant_type: 'password', username: 'admin@example.com', password: 'sandbox' });
    const refreshed = await grant({ grant_type: 'refresh_token', refresh_token: issued.body.refresh_token });
    expect(await bearerWorks(issued.body.access_token)).toBe(false);
    expect(await bearerWorks(refreshed.body.access_token)).toBe(true);
  });

  it('reusing a rotated refresh token revokes every token it led to', async () => {
    const issued = await grant({ grant_type: 'password', username: 'admin@example.com', password: 'sandbox' });
    const first = await grant({ grant_type: 'refresh_token', refresh_token: issued.body.refresh_token });
    const second = await grant({ grant_type: 'refresh_token', refresh_token: first.body.refresh_token });
    const replay = await grant({ grant_type: 'refresh_token', refresh_token: issued.body.refresh_token });
    expect(replay.body).toMatchObject({ error: 'invalid_grant' });
    expect(await bearerWorks(second.body.access_token)).toBe(false);
    const next = await grant({ grant_type: 'refresh_token', refresh_token: second.body.refresh_token });
    expect(next.body).toMatchObject({ error: 'invalid_grant' });
  });
});
