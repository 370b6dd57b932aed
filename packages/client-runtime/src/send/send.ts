// The fetch that openapi-fetch is given: it adds credentials and retries
// beneath openapi-fetch's middleware, so that every call, raw or through a
// helper, gets them. openapi-fetch leaves both to its users by design
// (openapi-typescript #1122). The call's deadline arrives as the request's
// signal (see timeout/deadline.ts).
//
// The answer's body is left for openapi-fetch to read, under the same
// deadline: buffering it here would let a GET whose body is cut off mid-way
// be retried, but cost every call about 15% of its throughput.
import type { AuthStrategy } from '../auth/auth.js';
import { NetworkError, TimeoutError } from '../errors/errors.js';
import { type AttemptInfo, type CallContext, type ClientHooks, notify, redactedHeaders } from '../hooks/hooks.js';
import { backoffMs, isIdempotent, isRetryableStatus, type RetryPolicy, retryAfterMs, sleep } from '../retry/retry.js';

export type FetchLike = (request: Request) => Promise<Response>;

export interface SendPolicy {
  /** The fetch to call; global `fetch` when absent (looked up per request, so stubs work). */
  fetch?: FetchLike;
  retry: RetryPolicy;
  auth?: AuthStrategy;
  hooks?: ClientHooks;
  /** The helper call these requests are for; without it (a raw call) a failure is reported to onError here. */
  context?: CallContext;
  /** The requests exchange credentials for a token. */
  tokenExchange?: boolean;
}

/** What a fetch that got no answer throws: the deadline's or the caller's reason, or a NetworkError. */
function noAnswer(error: unknown, request: Request): unknown {
  if (request.signal.aborted) return request.signal.reason;
  if (error instanceof TimeoutError) return error;
  return new NetworkError(`no complete answer from ${new URL(request.url).origin}: ${describe(error)}`, {
    cause: error,
  });
}

// An answer that is not returned is cancelled, so its connection is freed now, not at garbage collection.
const discard = (response: Response) => response.body?.cancel().catch(() => {});

// undici says "fetch failed" and keeps the reason in `cause`.
function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (error as Error)?.message ?? String(error);
}

export function createSend(policy: SendPolicy): FetchLike {
  const { hooks } = policy;
  if (!hooks || policy.context) return (request) => attempts(policy, request, policy.context);
  // A raw call has no caller to report its failure: each request reports its own.
  return (request) => {
    const context: CallContext = { call: { tokenExchange: policy.tokenExchange ?? false } };
    return attempts(policy, request, context).catch((error: Error) => {
      notify(hooks.onError, { ...(context.last ?? context.call), error });
      throw error;
    });
  };
}

/** Sends a request until it is answered for good, as often as the policy allows. */
async function attempts(policy: SendPolicy, original: Request, context: CallContext | undefined): Promise<Response> {
  const { hooks } = policy;
  const retryable = isIdempotent(original.method);
  // A body can be read once: keep it to build the request again if needed.
  const body = original.body === null ? undefined : await original.arrayBuffer();
  let renewed = false;
  for (let retry = 0, attempt = 1; ; attempt++) {
    // Each attempt gets the body as a Blob: an ArrayBuffer body is transferred when first sent, so
    // undici could not send it again to follow a 307 or 308 ("detached ArrayBuffer").
    const request =
      attempt === 1 && body === undefined
        ? original
        : new Request(original, { body: body === undefined ? null : new Blob([body]) });
    const authorization = policy.auth ? await policy.auth.authorization() : undefined;
    if (authorization !== undefined) request.headers.set('authorization', authorization);
    let seen: AttemptInfo | undefined;
    if (hooks && context) {
      seen = {
        ...context.call,
        attempt,
        method: request.method,
        url: request.url,
        headers: redactedHeaders(request.headers),
      };
      context.last = seen;
      notify(hooks.onRequest, seen);
    }
    const sentAt = hooks ? performance.now() : 0;
    let response: Response;
    try {
      // Called here, not through a helper of its own: one promise less per request.
      response = await (policy.fetch ?? globalThis.fetch)(request);
    } catch (thrown) {
      const error = noAnswer(thrown, request);
      if (!retryable || retry >= policy.retry.retries || original.signal.aborted) throw error;
      const delayMs = backoffMs(policy.retry, retry++);
      if (seen)
        notify(hooks!.onRetry, { ...seen, attempt: attempt + 1, delayMs, reason: 'network', error: error as Error });
      await sleep(delayMs, original.signal);
      continue;
    }
    if (seen)
      notify(hooks!.onResponse, {
        ...seen,
        status: response.status,
        responseHeaders: response.headers,
        durationMs: performance.now() - sentAt,
      });
    if (response.status === 401 && !renewed && policy.auth?.renew) {
      renewed = true;
      if (await policy.auth.renew(authorization)) {
        await discard(response);
        if (seen)
          notify(hooks!.onRetry, { ...seen, attempt: attempt + 1, delayMs: 0, reason: 'unauthorized', status: 401 });
        continue;
      }
    }
    if (!retryable || retry >= policy.retry.retries || !isRetryableStatus(response.status)) return response;
    const asked = retryAfterMs(response.headers.get('retry-after'));
    if (asked !== undefined && asked > policy.retry.maxRetryAfterMs) return response;
    await discard(response);
    const delayMs = asked ?? backoffMs(policy.retry, retry);
    if (seen)
      notify(hooks!.onRetry, { ...seen, attempt: attempt + 1, delayMs, reason: 'status', status: response.status });
    await sleep(delayMs, original.signal);
    retry++;
  }
}
