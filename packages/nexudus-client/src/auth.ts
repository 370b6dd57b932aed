// The ways to call Nexudus as a user: a bearer token you already have, HTTP
// Basic, or a username and password that the client exchanges at
// POST /api/token for a bearer token, caches, and renews with the refresh
// token before it expires or after a 401.
import {
  type AuthStrategy,
  basicAuth,
  bearerAuth,
  type Caller,
  type IssuedToken,
  tokenAuth,
} from '@chatapi/client-runtime';
import type { CreateTokenResult } from './generated/helpers.js';

export type NexudusAuth =
  /** A bearer token from POST /api/token, or a function returning the current one. */
  | { token: string | (() => string | Promise<string>) }
  /** HTTP Basic: every request carries the username and password. */
  | { basic: { username: string; password: string } }
  /** Exchanged for a bearer token on first use (`totp` when the user has two-factor authentication). */
  | { username: string; password: string; totp?: string };

const issued = (answer: CreateTokenResult): IssuedToken => ({
  accessToken: answer.access_token,
  expiresInSeconds: answer.expires_in,
  ...(answer.refresh_token === undefined ? {} : { refreshToken: answer.refresh_token }),
});

export function nexudusAuth(auth: NexudusAuth): AuthStrategy | ((anonymous: Caller) => AuthStrategy) {
  if ('token' in auth) return bearerAuth(auth.token);
  if ('basic' in auth) return basicAuth(auth.basic.username, auth.basic.password);
  const { username, password, totp } = auth;
  return (anonymous) =>
    tokenAuth({
      obtain: async () =>
        issued(
          await anonymous<CreateTokenResult>('createToken', {
            body: { grant_type: 'password', username, password, ...(totp === undefined ? {} : { totp }) },
          }),
        ),
      renew: async (refreshToken) =>
        issued(
          await anonymous<CreateTokenResult>('createToken', {
            body: { grant_type: 'refresh_token', refresh_token: refreshToken },
          }),
        ),
    });
}
