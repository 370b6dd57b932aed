// POST /api/token: the OAuth2 password grant (with the two-factor code when the
// user needs one) and the refresh-token grant, which rotates the refresh token.
import { randomBytes } from 'node:crypto';
import type { Store } from '../../store/store.js';
import { checkPassword, findUser } from './accounts.js';
import { oauthError } from './answers.js';
import type { Handlers } from './operations.js';
import type { NexudusTables } from './tables.js';

export const ACCESS_TOKEN_SECONDS = 604_799;
const REFRESH_TOKEN_SECONDS = 30 * 24 * 3600;

export function tokenHandlers(store: Store<NexudusTables>, now = () => Date.now()): Handlers<'createToken'> {
  /** Issues a new pair of tokens in `family` (a new one for a password grant); expired tokens are pruned first. */
  const issue = (tables: NexudusTables, email: string, family?: string) => {
    const access = randomBytes(24).toString('base64url');
    const refresh = randomBytes(24).toString('base64url');
    tables.tokens.pruneExpired(now());
    const chain = family ?? refresh;
    tables.tokens.add(access, { email, kind: 'access', expiresAt: now() + ACCESS_TOKEN_SECONDS * 1000, family: chain });
    tables.tokens.add(refresh, {
      email,
      kind: 'refresh',
      expiresAt: now() + REFRESH_TOKEN_SECONDS * 1000,
      family: chain,
    });
    return {
      status: 200 as const,
      body: {
        access_token: access,
        token_type: 'bearer' as const,
        expires_in: ACCESS_TOKEN_SECONDS,
        refresh_token: refresh,
      },
    };
  };

  return {
    createToken: ({ body }) => {
      if (body.grant_type === 'refresh_token') {
        // Checked and rotated in one transaction: a refresh token is used once, however many ask at once.
        return store.write((tables) => {
          const issued = tables.tokens.get(body.refresh_token);
          if (issued?.kind !== 'refresh' || issued.expiresAt <= now() || !findUser(issued.email)) {
            return oauthError('invalid_grant', 'The refresh token is invalid or has expired.');
          }
          // A used refresh token coming back means it leaked: everything issued from it is revoked (quirk N37).
          if (issued.rotated) {
            tables.tokens.revokeFamily(issued.family);
            return oauthError('invalid_grant', 'The refresh token has already been used.');
          }
          tables.tokens.rotate(body.refresh_token, issued.family);
          return issue(tables, issued.email, issued.family);
        });
      }
      const user = checkPassword(body.username, body.password);
      if (!user) return oauthError('invalid_grant', 'The user name or password is incorrect.');
      if (user.totp && body.totp !== user.totp)
        return oauthError('invalid_grant', 'The two-factor authentication code is missing or incorrect.');
      return store.write((tables) => issue(tables, user.email));
    },
  };
}
