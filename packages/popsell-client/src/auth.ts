// The ways to call Popsell: a bearer token you already have, or an api key
// that the client exchanges at POST /auth/token for a token on first use,
// caches, and exchanges again after a 401 (Popsell documents no lifetime and
// no refresh).
import { type AuthStrategy, bearerAuth, type Caller, tokenAuth } from '@chatapi/client-runtime';
import type { CreateTokenResult } from './generated/helpers.js';

/** A Popsell bearer token, or a function returning the current one. */
export type PopsellTokenAuth = { token: string | (() => string | Promise<string>) };

/**
 * An api key, exchanged for a token. `domain` is sent as `X-Popsell-Domain`;
 * it defaults to the client's `domain`.
 */
export type PopsellApiKeyAuth = { apiKey: string; domain?: string };

export type PopsellAuth = PopsellTokenAuth | PopsellApiKeyAuth;

/** With `baseUrl` the client knows no domain, so an api key must name its own. */
export type PopsellAuthWithoutClientDomain = PopsellTokenAuth | (PopsellApiKeyAuth & { domain: string });

export function popsellAuth(
  auth: PopsellAuth,
  clientDomain: string | undefined,
): AuthStrategy | ((anonymous: Caller) => AuthStrategy) {
  if ('token' in auth) return bearerAuth(auth.token);
  const domain = auth.domain ?? clientDomain;
  if (!domain) throw new TypeError('auth.apiKey needs the installation domain: give `domain` or `auth.domain`');
  return (anonymous) =>
    tokenAuth({
      obtain: async () => {
        const answer = await anonymous<CreateTokenResult>(
          'createToken',
          { body: { api_key: auth.apiKey } },
          { headers: { 'X-Popsell-Domain': domain } },
        );
        return { accessToken: answer.token };
      },
    });
}
