// Callbacks that see every attempt a client makes, beneath openapi-fetch's
// middleware (which sees one request per call, before retries and auth):
// each retry, each token exchange, each renewal after a 401. They are
// observers: what they get is a description of the request, never the
// Request itself, with every credential header redacted and no body (a token
// exchange's body is the password or the api key).

/** One attempt: a request as it goes on the wire. */
export interface AttemptInfo {
  /** 1 for the first attempt of a call, 2 for its first retry, and so on. */
  attempt: number;
  method: string;
  url: string;
  /** The request's headers, lower-cased, with Authorization, Cookie and api keys as `[redacted]`. */
  headers: Record<string, string>;
  /** The operation, when a helper (or the client's own token exchange) made the request; absent for raw calls. */
  operationId?: string;
  /** The helper the user called, e.g. `chatRooms.get`. */
  helper?: string;
  /** True for the client's own exchange of credentials for a token, made before the call that needs it. */
  tokenExchange: boolean;
}

export interface ResponseInfo extends AttemptInfo {
  status: number;
  /** The answer's headers, as the server sent them. */
  responseHeaders: Headers;
  /** From sending the request to the answer's headers. */
  durationMs: number;
}

export interface RetryInfo extends AttemptInfo {
  /** The attempt about to be sent (the one that failed is `attempt - 1`). */
  attempt: number;
  /** The wait before it: the backoff, the server's Retry-After, or 0 after a renewed token. */
  delayMs: number;
  /** Why: no answer (`network`), a retryable status (`status`), or a 401 after which the token was renewed (`unauthorized`). */
  reason: 'network' | 'status' | 'unauthorized';
  /** The status that was answered, for `status` and `unauthorized`. */
  status?: number;
  /** The error of the attempt that got no answer, for `network`. */
  error?: Error;
}

export interface ErrorInfo extends Partial<AttemptInfo> {
  /** What the call throws: a typed error for a helper, the network's for a raw call. */
  error: Error;
  tokenExchange: boolean;
}

export interface ClientHooks {
  /** Before each attempt is sent. */
  onRequest?(request: AttemptInfo): void;
  /** When an attempt's answer arrives, whatever its status. */
  onResponse?(response: ResponseInfo): void;
  /** Before the wait that precedes a retry. */
  onRetry?(retry: RetryInfo): void;
  /** When a call fails: once, with what it throws (a helper's typed error, or a raw call's network failure). */
  onError?(failure: ErrorInfo): void;
}

/** What a request is made for, as hooks name it; the send layer counts its attempts in it. */
export interface CallContext {
  call: Pick<AttemptInfo, 'operationId' | 'helper' | 'tokenExchange'>;
  /** The last attempt, once one was sent. */
  last?: AttemptInfo;
}

const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'x-api-key']);

export function redactedHeaders(headers: Headers): Record<string, string> {
  const plain: Record<string, string> = {};
  headers.forEach((value, name) => {
    plain[name] = SECRET_HEADERS.has(name) ? '[redacted]' : value;
  });
  return plain;
}

// A hook's own exception fails the call as it is, not dressed up as a network error.
const thrownByHooks = new WeakSet<object>();

export const isHookFailure = (error: unknown) =>
  typeof error === 'object' && error !== null && thrownByHooks.has(error);

/** Calls a hook; what it throws is marked as its own. */
export function notify<Info>(hook: ((info: Info) => void) | undefined, info: Info): void {
  try {
    hook?.(info);
  } catch (error) {
    if (typeof error === 'object' && error !== null) thrownByHooks.add(error);
    throw error;
  }
}
