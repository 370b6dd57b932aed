// When to send a request again, and how long to wait first. Only idempotent
// methods are retried, so a create is never made twice. Waits grow
// exponentially with full jitter, so many clients that failed together do not
// come back together; a server's Retry-After wins over the computed wait.

export interface RetryOptions {
  /** Further attempts after the first. Default 2. */
  retries?: number;
  /** The wait before the first retry, before jitter. Default 250 ms. */
  baseDelayMs?: number;
  /** The longest computed wait. Default 8 s. */
  maxDelayMs?: number;
  /** A Retry-After longer than this is not waited for: the 429 or 503 is returned. Default 60 s. */
  maxRetryAfterMs?: number;
}

export type RetryPolicy = Required<RetryOptions>;

export const DEFAULT_RETRY: RetryPolicy = { retries: 2, baseDelayMs: 250, maxDelayMs: 8_000, maxRetryAfterMs: 60_000 };

export const NO_RETRY: RetryPolicy = { ...DEFAULT_RETRY, retries: 0 };

export function retryPolicy(options: RetryOptions | false | undefined): RetryPolicy {
  return options === false ? NO_RETRY : { ...DEFAULT_RETRY, ...options };
}

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);

export const isIdempotent = (method: string) => IDEMPOTENT_METHODS.has(method.toUpperCase());

export const isRetryableStatus = (status: number) => RETRYABLE_STATUSES.has(status);

/** Retry-After in milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The wait before retry number `retry` (0 for the first retry), with full jitter. */
export function backoffMs(policy: RetryPolicy, retry: number, random = Math.random): number {
  return Math.round(Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry) * random());
}

/** Resolves after `ms`, or rejects with the signal's reason if it aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
