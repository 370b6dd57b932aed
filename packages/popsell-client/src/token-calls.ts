// The token helpers as the Popsell client offers them: each takes the
// installation's domain per call, which a client built on `baseUrl` (one
// facing the sandbox, say) does not know and POST /auth/token requires.
import type { RequestOptions } from '@chatapi/client-runtime';
import type { createHelpers } from './generated/helpers.js';

type Helpers = ReturnType<typeof createHelpers>;

/** A token call's options: `domain` names the installation (`X-Popsell-Domain`) when the client has none. */
export type PopsellTokenCallOptions = RequestOptions & { domain?: string };

export type TokenHelpers = {
  [Name in keyof Helpers['tokens']]: Helpers['tokens'][Name] extends (
    body: infer Body,
    options?: RequestOptions,
  ) => infer Result
    ? (body: Body, options?: PopsellTokenCallOptions) => Result
    : never;
};

/** The token helpers, each taking the installation's domain per call as well. */
export function withDomainOption(tokens: Helpers['tokens']): TokenHelpers {
  const toHeaders = ({ domain, ...options }: PopsellTokenCallOptions = {}): RequestOptions =>
    domain === undefined ? options : { ...options, headers: { ...options.headers, 'X-Popsell-Domain': domain } };
  return {
    create: (body, options) => tokens.create(body, toHeaders(options)),
    connectBrandUser: (body, options) => tokens.connectBrandUser(body, toHeaders(options)),
  };
}
