// Builds one vendor's client: an openapi-fetch client whose fetch adds auth,
// timeouts and retries, and a caller for the generated helpers.
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { AuthStrategy } from '../auth/auth.js';
import { createCaller, type Caller, type Route } from '../call/call.js';
import type { VendorErrors } from '../errors/errors.js';
import { retryPolicy, type RetryOptions } from '../retry/retry.js';
import { createSend, type FetchLike } from '../send/send.js';

export interface ClientOptions {
  /** Where the API is; each vendor's client defaults to its spec's server. */
  baseUrl?: string;
  /** Per attempt, body included. Default 30 s; 0 for none. */
  timeoutMs?: number;
  /** Retries of idempotent requests after network errors, timeouts, 429, 502, 503 and 504; `false` for none. */
  retry?: RetryOptions | false;
  /** A fetch to use instead of the global one. */
  fetch?: FetchLike;
  /** openapi-fetch middleware, run for every request (helpers too), in order. */
  middleware?: Middleware[];
  /** Headers sent with every request. */
  headers?: Record<string, string>;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

export interface ApiClientParts<Paths extends {}> {
  /** The typed openapi-fetch client: `GET`, `POST`, ... by path. */
  raw: Client<Paths>;
  /** Calls an operation by its operationId and throws a typed error on failure. */
  call: Caller;
}

export interface VendorSetup {
  baseUrl: string;
  routes: Record<string, Route>;
  errors: VendorErrors;
  /** The auth strategy, or a function that builds it from a caller that sends no credentials (to fetch a token). */
  auth?: AuthStrategy | ((anonymous: Caller) => AuthStrategy);
}

export function createApiClient<Paths extends {}>(options: ClientOptions, vendor: VendorSetup): ApiClientParts<Paths> {
  const policy = { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, retry: retryPolicy(options.retry), ...(options.fetch ? { fetch: options.fetch } : {}) };
  const build = (auth?: AuthStrategy) => {
    const raw = createClient<Paths>({
      baseUrl: options.baseUrl ?? vendor.baseUrl,
      fetch: createSend(auth ? { ...policy, auth } : policy),
      ...(options.headers ? { headers: options.headers } : {}),
    });
    if (options.middleware?.length) raw.use(...options.middleware);
    return raw;
  };
  const auth = typeof vendor.auth === 'function' ? vendor.auth(createCaller(build(), vendor.routes, vendor.errors)) : vendor.auth;
  const raw = build(auth);
  return { raw, call: createCaller(raw, vendor.routes, vendor.errors) };
}
