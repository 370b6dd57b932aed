// The typed Popsell API v2 chat client: the openapi-fetch client for the
// spec's paths, plus resource helpers generated from the spec, which throw
// typed errors. Every request names its brand in `X-Popsell-Brand`, and its
// installation in `X-Popsell-Domain` when the domain is known.
import { type ClientOptions, createApiClient } from '@chatapi/client-runtime';
import type { Client } from 'openapi-fetch';
import { type PopsellAuth, type PopsellAuthWithoutClientDomain, popsellAuth } from './auth.js';
import { popsellErrors } from './errors.js';
import { createHelpers, routes, serverUrl } from './generated/helpers.js';
import type { PopsellClientPaths } from './raw-paths.js';
import { type TokenHelpers, withDomainOption } from './token-calls.js';

export type PopsellClientOptions = ClientOptions & {
  /** The brand every request acts for, sent as `X-Popsell-Brand`; a call's `headers` may name another. */
  brand: number | string;
} & (
    | {
        /** The installation's domain, e.g. `shop.example.org`: the client calls https://<domain>/api/v2. */
        domain: string;
        /** A bearer token (or a function returning the current one), or an api key exchanged for one. */
        auth?: PopsellAuth;
      }
    | {
        /** The whole base URL, e.g. a sandbox's `http://127.0.0.1:4011/api/v2`. */
        baseUrl: string;
        /** A bearer token, or an api key with the `domain` it belongs to (the client knows none). */
        auth?: PopsellAuthWithoutClientDomain;
      }
  );

type Helpers = ReturnType<typeof createHelpers>;

export type PopsellClient = Client<PopsellClientPaths> & Omit<Helpers, 'tokens'> & { tokens: TokenHelpers };

export function createPopsellClient(options: PopsellClientOptions): PopsellClient {
  const domain =
    'domain' in options ? options.domain : options.auth && 'domain' in options.auth ? options.auth.domain : undefined;
  const headers = {
    'X-Popsell-Brand': String(options.brand),
    ...(domain === undefined ? {} : { 'X-Popsell-Domain': domain }),
    ...options.headers,
  };
  const { raw, call } = createApiClient<PopsellClientPaths>(
    { ...options, headers },
    {
      baseUrl: 'domain' in options ? serverUrl({ domain: options.domain }) : serverUrl(),
      routes,
      errors: popsellErrors,
      ...(options.auth ? { auth: popsellAuth(options.auth, domain) } : {}),
    },
  );
  const helpers = createHelpers(call);
  return Object.assign(raw, { ...helpers, tokens: withDomainOption(helpers.tokens) });
}

export {
  AbortError,
  type ApiPromise,
  type ApiResponse,
  type AttemptInfo,
  ChatapiError,
  type ClientHooks,
  type ClientOptions,
  collect,
  type ErrorInfo,
  NetworkError,
  PaginationError,
  type RequestOptions,
  type ResponseInfo,
  type RetryInfo,
  type RetryOptions,
  TimeoutError,
  type ValidationIssue,
} from '@chatapi/client-runtime';
export type { PopsellApiKeyAuth, PopsellAuth, PopsellAuthWithoutClientDomain, PopsellTokenAuth } from './auth.js';
export {
  ApiError,
  AuthenticationError,
  MalformedResponseError,
  NotFoundError,
  PermissionError,
  type PopsellErrorBody,
  RateLimitError,
  ValidationError,
} from './error-classes.js';
export { popsellErrors } from './errors.js';
export type * from './generated/helpers.js';
export type * from './generated/models.js';
export type { components, operations, paths } from './generated/openapi.js';
export type { PopsellClientPaths } from './raw-paths.js';
export type { PopsellTokenCallOptions } from './token-calls.js';
