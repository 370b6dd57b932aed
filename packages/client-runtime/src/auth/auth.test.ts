import { describe, expect, it } from 'vitest';
import { basicAuth, bearerAuth, type IssuedToken, tokenAuth } from './auth.js';

function issuer() {
  const calls: string[] = [];
  let counter = 0;
  const options = {
    obtain: async (): Promise<IssuedToken> => {
      calls.push('obtain');
      await new Promise((resolve) => setTimeout(resolve, 5));
      counter++;
      return { accessToken: `access-${counter}`, expiresInSeconds: 3600, refreshToken: `refresh-${counter}` };
    },
    renew: async (refreshToken: string): Promise<IssuedToken> => {
      calls.push(`renew ${refreshToken}`);
      counter++;
      return { accessToken: `access-${counter}`, expiresInSeconds: 3600, refreshToken: `refresh-${counter}` };
    },
  };
  return { calls, options };
}

describe('auth strategies', () => {
  it('sends a bearer token as it is, or as a function returns it', async () => {
    expect(await bearerAuth('abc').authorization()).toBe('Bearer abc');
    expect(await bearerAuth(async () => 'xyz').authorization()).toBe('Bearer xyz');
  });

  it('encodes Basic credentials as UTF-8', () => {
    expect(basicAuth('admin@example.com', 'sandbox').authorization()).toBe(
      `Basic ${Buffer.from('admin@example.com:sandbox').toString('base64')}`,
    );
    expect(basicAuth('zoë', 'pässword').authorization()).toBe(
      `Basic ${Buffer.from('zoë:pässword', 'utf8').toString('base64')}`,
    );
  });

  it('obtains a token once for requests that need it at the same time, then reuses it', async () => {
    const { calls, options } = issuer();
    const auth = tokenAuth(options);
    const headers = await Promise.all(Array.from({ length: 10 }, () => auth.authorization()));
    expect(new Set(headers)).toEqual(new Set(['Bearer access-1']));
    expect(await auth.authorization()).toBe('Bearer access-1');
    expect(calls).toEqual(['obtain']);
  });

  it('renews with the refresh token after a 401, once for concurrent failures', async () => {
    const { calls, options } = issuer();
    const auth = tokenAuth(options);
    const rejected = await auth.authorization();
    expect(await Promise.all([auth.renew!(rejected), auth.renew!(rejected), auth.renew!(rejected)])).toEqual([
      true,
      true,
      true,
    ]);
    expect(await auth.authorization()).toBe('Bearer access-2');
    expect(calls).toEqual(['obtain', 'renew refresh-1']);
  });

  it('falls back to the credentials when the refresh token is refused', async () => {
    const { calls, options } = issuer();
    const auth = tokenAuth({ ...options, renew: async () => Promise.reject(new Error('invalid_grant')) });
    await auth.renew!(await auth.authorization());
    expect(await auth.authorization()).toBe('Bearer access-2');
    expect(calls).toEqual(['obtain', 'obtain']);
  });

  it('renews a token before it expires', async () => {
    const { calls, options } = issuer();
    let now = 0;
    const auth = tokenAuth({ ...options, now: () => now, earlyRenewalMs: 30_000 });
    expect(await auth.authorization()).toBe('Bearer access-1');
    now = 3_600_000 - 29_000;
    expect(await auth.authorization()).toBe('Bearer access-2');
    expect(calls).toEqual(['obtain', 'renew refresh-1']);
  });

  it('passes on a refusal of the credentials to every waiting request', async () => {
    const auth = tokenAuth({ obtain: async () => Promise.reject(new Error('bad password')) });
    await expect(Promise.all([auth.authorization(), auth.authorization()])).rejects.toThrow('bad password');
  });
});
