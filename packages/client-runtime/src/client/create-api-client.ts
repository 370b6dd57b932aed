// Builds one vendor's client: an openapi-fetch client whose fetch adds auth,
// timeouts and retries, and a caller for the generated helpers.
import openapiFetch, { type Client, type Middleware } from 'openapi-fetch';
import type { AuthStrategy } from '../auth/auth.js';
import { type Caller, createCaller, type Route } from '../call/call.js';
import type { VendorErrors } from '../errors/errors.js';
import type { CallContext, ClientHooks } from '../hooks/hooks.js';
import { type RetryOptions, retryPolicy } from '../retry/retry.js';
import { createSend, type FetchLike } from '../send/send.js';
import { withDeadline } from '../timeout/deadline.js';

// openapi-fetch's CommonJS build has only `exports.default`; from our CommonJS
// build, Node-style interop hands over the whole module object instead. A
// function, not a top-level constant, so bundlers can still drop openapi-fetch
// from an app that imports only, say, an error class.
function createClient<Paths extends {}>(options: Parameters<typeof openapiFetch>[0]): Client<Paths> {
  const create = (openapiFetch as unknown as { default?: typeof openapiFetch }).default ?? openapiFetch;
  return create<Paths>(options);
}

export interface ClientOptions {
  /** Where the API is; each vendor's client defaults to its spec's server. */
  baseUrl?: string;
  /**
   * The most a call may take: every attempt, the waits between retries and
   * reading the answer. None by default, as with fetch and openapi-fetch (Node's
   * fetch still gives up on a silent server after 300 s); a timeout costs each
   * call about 5% of its throughput, for the signal it gives fetch.
   */
  timeoutMs?: number;
  /** Retries of idempotent requests after network errors, timeouts, 429, 502, 503 and 504; `false` for none. */
  retry?: RetryOptions | false;
  /** A fetch to use instead of the global one. */
  fetch?: FetchLike;
  /**
   * openapi-fetch middleware, run for every call (helpers too), in order: once per call, above
   * retries and auth. Use `hooks` to see each attempt.
   */
  middleware?: Middleware[];
  /** Callbacks for each attempt, retry, answer and failure, token exchanges included; credentials redacted. */
  hooks?: ClientHooks;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
}

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
  const { hooks } = options;
  const timeoutMs = options.timeoutMs ?? 0;
  const policy = {
    retry: retryPolicy(options.retry),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(hooks ? { hooks } : {}),
  };
  // The helpers' caller takes the unwrapped client and applies the deadline itself, so that a
  // call's own timeoutMs can be longer than the client's as well as shorter.
  // `tokenExchange`: the client the auth strategy gets to exchange credentials for a token.
  const build = (auth?: AuthStrategy, tokenExchange = false) => {
    const perRequest = auth && auth.fixed === undefined ? auth : undefined;
    const base = { ...policy, tokenExchange, ...(perRequest ? { auth: perRequest } : {}) };
    const sendFor = (retry: RetryOptions | false | undefined, context?: CallContext) =>
      createSend({
        ...base,
        ...(retry === undefined ? {} : { retry: retryPolicy(retry) }),
        ...(context ? { context } : {}),
      });
    const headers = auth?.fixed === undefined ? options.headers : { Authorization: auth.fixed, ...options.headers };
    const client = createClient<Paths>({
      baseUrl: options.baseUrl ?? vendor.baseUrl,
      fetch: createSend(base),
      ...(headers ? { headers } : {}),
    });
    if (options.middleware?.length) client.use(...options.middleware);
    const call = createCaller(client, vendor.routes, vendor.errors, {
      timeoutMs,
      sendFor,
      ...(hooks ? { hooks, tokenExchange } : {}),
    });
    return { client, call };
  };
  const auth = typeof vendor.auth === 'function' ? vendor.auth(build(undefined, true).call) : vendor.auth;
  const { client, call } = build(auth);
  return { raw: withDeadlines(client, timeoutMs), call };
}

// Where each way into openapi-fetch takes its init: GET(url, init), request(method, url, init).
const INIT_POSITION: Record<string, number> = {
  GET: 1,
  PUT: 1,
  POST: 1,
  DELETE: 1,
  OPTIONS: 1,
  HEAD: 1,
  PATCH: 1,
  TRACE: 1,
  request: 2,
};

// Every way into openapi-fetch gets the call's deadline as its signal. A copy: the helpers' caller
// keeps the client as it was (its methods are closures, so the copy shares their middleware).
function withDeadlines<Paths extends {}>(raw: Client<Paths>, timeoutMs: number): Client<Paths> {
  if (!timeoutMs) return raw;
  const client = { ...raw } as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const [name, position] of Object.entries(INIT_POSITION)) {
    const send = client[name]!;
    client[name] = (...args) => {
      const init = args[position] as { signal?: AbortSignal } | undefined;
      return withDeadline(timeoutMs, init?.signal, (signal) => {
        const withSignal = [...args];
        withSignal[position] = { ...init, signal };
        return send(...withSignal);
      });
    };
  }
  return client as unknown as Client<Paths>;
}
