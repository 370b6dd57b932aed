// The typed Popsell API v2 chat client: the openapi-fetch client for the
// spec's paths, plus resource helpers generated from the spec, which throw
// typed errors. Every request names its brand in `X-Popsell-Brand`.
import { bearerAuth, type ClientOptions, createApiClient } from '@chatapi/client-runtime';
import type { Client } from 'openapi-fetch';
import { popsellErrors } from './errors.js';
import { createHelpers, routes, serverUrl } from './generated/helpers.js';
import type { paths } from './generated/openapi.js';

export type PopsellClientOptions = ClientOptions & {
  /** The brand every request acts for, sent as `X-Popsell-Brand`; a call's `headers` may name another. */
  brand: number | string;
  /** A Popsell bearer token, or a function returning the current one. */
  auth?: { token: string | (() => string | Promise<string>) };
} & (
    | {
        /** The installation's domain, e.g. `shop.example.org`: the client calls https://<domain>/api/v2. */ domain: string;
      }
    | { /** The whole base URL, e.g. a sandbox's `http://127.0.0.1:4011/api/v2`. */ baseUrl: string }
  );

export type PopsellClient = Client<paths> & ReturnType<typeof createHelpers>;

export function createPopsellClient(options: PopsellClientOptions): PopsellClient {
  const { raw, call } = createApiClient<paths>(
    { ...options, headers: { 'X-Popsell-Brand': String(options.brand), ...options.headers } },
    {
      baseUrl: 'domain' in options ? serverUrl({ domain: options.domain }) : serverUrl(),
      routes,
      errors: popsellErrors,
      ...(options.auth ? { auth: bearerAuth(options.auth.token) } : {}),
    },
  );
  return Object.assign(raw, createHelpers(call));
}

export {
  ApiError,
  AuthenticationError,
  type ClientOptions,
  MalformedResponseError,
  NetworkError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  type RequestOptions,
  type RetryOptions,
  TimeoutError,
  ValidationError,
  type ValidationIssue,
} from '@chatapi/client-runtime';
export { popsellErrors } from './errors.js';
export type * from './generated/helpers.js';
export type { components, operations, paths } from './generated/openapi.js';
