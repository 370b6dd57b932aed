// The fetch that openapi-fetch is given: it adds credentials, a per-attempt
// timeout and retries beneath openapi-fetch's middleware, so that every call,
// raw or through a helper, gets them. openapi-fetch leaves all three to its
// users by design (openapi-typescript #1122).
//
// Each attempt reads the whole answer before it returns, so the timeout covers
// the body too, a body cut off mid-way can be retried, and no timer outlives
// its request.
import type { AuthStrategy } from '../auth/auth.js';
import { NetworkError, TimeoutError } from '../errors/errors.js';
import { backoffMs, isIdempotent, isRetryableStatus, retryAfterMs, sleep, type RetryPolicy } from '../retry/retry.js';

export type FetchLike = (request: Request) => Promise<Response>;

export interface SendPolicy {
  /** The fetch to call; global `fetch` when absent (looked up per request, so stubs work). */
  fetch?: FetchLike;
  /** Per attempt; 0 or undefined for none. */
  timeoutMs?: number;
  retry: RetryPolicy;
  auth?: AuthStrategy;
}

// Statuses whose answers have no body, which `new Response` refuses one for.
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

async function attempt(policy: SendPolicy, request: Request, init: RequestInit): Promise<Response> {
  const doFetch = policy.fetch ?? globalThis.fetch;
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (policy.timeoutMs) {
    const controller = new AbortController();
    const timeoutMs = policy.timeoutMs;
    timer = setTimeout(() => controller.abort(new TimeoutError(timeoutMs)), timeoutMs);
    init.signal = AbortSignal.any([request.signal, controller.signal]);
  }
  try {
    const response = await doFetch(init.body === undefined && !init.headers && !init.signal ? request : new Request(request, init));
    const body = NULL_BODY_STATUSES.has(response.status) || request.method === 'HEAD' ? null : await response.arrayBuffer();
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  } catch (error) {
    if (error instanceof TimeoutError || request.signal.aborted) throw error;
    throw new NetworkError(`no complete answer from ${new URL(request.url).origin}: ${describe(error)}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

// undici says "fetch failed" and keeps the reason in `cause`.
function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (error as Error)?.message ?? String(error);
}

export function createSend(policy: SendPolicy): FetchLike {
  return async (request) => {
    const retryable = isIdempotent(request.method);
    // Read once, so that the request can be sent again.
    const body = request.body === null ? undefined : await request.arrayBuffer();
    let renewed = false;
    for (let retry = 0; ; ) {
      const init: RequestInit = {};
      if (body !== undefined) init.body = body;
      const authorization = policy.auth ? await policy.auth.authorization() : undefined;
      if (authorization !== undefined) {
        const headers = new Headers(request.headers);
        headers.set('authorization', authorization);
        init.headers = headers;
      }
      let response: Response;
      try {
        response = await attempt(policy, request, init);
      } catch (error) {
        if (!retryable || retry >= policy.retry.retries || request.signal.aborted) throw error;
        await sleep(backoffMs(policy.retry, retry++), request.signal);
        continue;
      }
      if (response.status === 401 && !renewed && policy.auth?.renew) {
        renewed = true;
        if (await policy.auth.renew(authorization)) continue;
      }
      if (!retryable || retry >= policy.retry.retries || !isRetryableStatus(response.status)) return response;
      const asked = retryAfterMs(response.headers.get('retry-after'));
      if (asked !== undefined && asked > policy.retry.maxRetryAfterMs) return response;
      await sleep(asked ?? backoffMs(policy.retry, retry), request.signal);
      retry++;
    }
  };
}
