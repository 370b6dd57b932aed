// How a request proves who sends it. A strategy gives the Authorization
// header for the next request and, when one is answered 401, may get new
// credentials so the request can be sent once more.

export interface AuthStrategy {
  /** Set when the header never changes: it is then sent as a default header, at no cost per request. */
  readonly fixed?: string;
  /** The Authorization header for the next request, or undefined to send none. */
  authorization(): string | undefined | Promise<string | undefined>;
  /**
   * Called when a request sent with `rejected` was answered 401. Resolves true
   * when there are new credentials worth one more attempt.
   */
  renew?(rejected: string | undefined): Promise<boolean>;
}

/** A fixed bearer token, or a function that returns the current one. */
export function bearerAuth(token: string | (() => string | Promise<string>)): AuthStrategy {
  if (typeof token === 'string') {
    const header = `Bearer ${token}`;
    return { fixed: header, authorization: () => header };
  }
  return { authorization: async () => `Bearer ${await token()}` };
}

/** HTTP Basic with a username and password, encoded as UTF-8. */
export function basicAuth(username: string, password: string): AuthStrategy {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  const header = `Basic ${btoa(binary)}`;
  return { fixed: header, authorization: () => header };
}

export interface IssuedToken {
  accessToken: string;
  /** Lifetime from now, as the token endpoint's `expires_in` says. */
  expiresInSeconds?: number;
  refreshToken?: string;
}

export interface TokenAuthOptions {
  /** Gets a new token from the credentials (e.g. an OAuth2 password grant). */
  obtain(): Promise<IssuedToken>;
  /** Gets a new token from a refresh token; when it fails, `obtain` is tried. */
  renew?(refreshToken: string): Promise<IssuedToken>;
  /** A token this close to its expiry is renewed before use. Default 30 s. */
  earlyRenewalMs?: number;
  now?: () => number;
}

/**
 * A bearer token obtained on first use, cached, renewed before it expires and
 * after a 401. Requests that need a token at the same moment share one
 * exchange.
 */
export function tokenAuth(options: TokenAuthOptions): AuthStrategy {
  const now = options.now ?? Date.now;
  const earlyRenewalMs = options.earlyRenewalMs ?? 30_000;
  let current: { header: string; expiresAt: number; refreshToken?: string } | undefined;
  let pending: Promise<void> | undefined;

  const store = (token: IssuedToken) => {
    current = {
      header: `Bearer ${token.accessToken}`,
      expiresAt: token.expiresInSeconds === undefined ? Infinity : now() + token.expiresInSeconds * 1000,
      ...(token.refreshToken === undefined ? {} : { refreshToken: token.refreshToken }),
    };
  };

  const exchange = async (refreshToken: string | undefined) => {
    if (refreshToken !== undefined && options.renew) {
      try {
        return store(await options.renew(refreshToken));
      } catch {
        // A refused refresh token is not the caller's problem while the credentials still work.
      }
    }
    store(await options.obtain());
  };

  // One exchange at a time; whoever arrives meanwhile waits for it.
  const refresh = (refreshToken: string | undefined) => {
    pending ??= exchange(refreshToken).finally(() => (pending = undefined));
    return pending;
  };

  return {
    async authorization() {
      if (pending) await pending;
      if (!current || current.expiresAt - earlyRenewalMs <= now()) await refresh(current?.refreshToken);
      return current!.header;
    },
    async renew(rejected) {
      if (pending) await pending;
      // Another request already replaced the rejected token: just use the new one.
      if (current && current.header !== rejected) return true;
      const refreshToken = current?.refreshToken;
      current = undefined;
      await refresh(refreshToken);
      return true;
    },
  };
}
