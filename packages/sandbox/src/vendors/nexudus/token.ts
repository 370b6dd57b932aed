// POST /api/token: the OAuth2 password grant (with the two-factor code when the
// user needs one) and the refresh-token grant, which rotates the refresh token.
import { randomBytes } from 'node:crypto';
import type { Handler } from '../../http/vendor.js';
import type { Store } from '../../store/store.js';
import { checkPassword, findUser, type NexudusUser } from './accounts.js';
import { oauthError } from './answers.js';
import type { NexudusState } from './records.js';

export const ACCESS_TOKEN_SECONDS = 604_799;
const REFRESH_TOKEN_SECONDS = 30 * 24 * 3600;

export function tokenHandlers(
  store: Store<NexudusState>,
  now = () => Date.now(),
): Record<string, Handler<NexudusUser>> {
  const issue = async (email: string, replacing?: string) => {
    const access = randomBytes(24).toString('base64url');
    const refresh = randomBytes(24).toString('base64url');
    await store.mutate((state) => {
      if (replacing) delete state.tokens[replacing];
      for (const [token, issued] of Object.entries(state.tokens))
        if (issued.expiresAt <= now()) delete state.tokens[token];
      state.tokens[access] = { email, kind: 'access', expiresAt: now() + ACCESS_TOKEN_SECONDS * 1000 };
      state.tokens[refresh] = { email, kind: 'refresh', expiresAt: now() + REFRESH_TOKEN_SECONDS * 1000 };
    });
    return {
      status: 200,
      body: { access_token: access, token_type: 'bearer', expires_in: ACCESS_TOKEN_SECONDS, refresh_token: refresh },
    };
  };

  return {
    createToken: async ({ body }) => {
      if (body.grant_type === 'refresh_token') {
        const issued = Object.hasOwn(store.state.tokens, body.refresh_token)
          ? store.state.tokens[body.refresh_token]
          : undefined;
        if (issued?.kind !== 'refresh' || issued.expiresAt <= now() || !findUser(issued.email)) {
          return oauthError('invalid_grant', 'The refresh token is invalid or has expired.');
        }
        return issue(issued.email, body.refresh_token);
      }
      const user = checkPassword(body.username, body.password);
      if (!user) return oauthError('invalid_grant', 'The user name or password is incorrect.');
      if (user.totp && body.totp !== user.totp)
        return oauthError('invalid_grant', 'The two-factor authentication code is missing or incorrect.');
      return issue(user.email);
    },
  };
}
