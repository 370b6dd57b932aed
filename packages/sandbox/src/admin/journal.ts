// What clients sent and what they were answered: the last requests, newest
// last, for tests that assert what their client sent. Credentials are
// redacted; bodies are kept up to a size. It is bounded, so a long run or a
// load test holds at most `limit` entries.

export interface JournalEntry {
  /** Increases by one a request, from 1. */
  sequence: number;
  time: string;
  method: string;
  /** The path and query as sent. */
  url: string;
  /** The operation the request matched; absent when none did. */
  operationId?: string;
  /** The request's headers, with credentials redacted. */
  headers: Record<string, string>;
  /** The request body as text, up to 16 KiB; absent when there was none. */
  body?: string;
  status: number;
  /** The answer body as text, up to 16 KiB. */
  answer?: string;
  /** The fault applied to this request, if one was. */
  fault?: string;
  durationMs: number;
}

export interface JournalFilter {
  method?: string;
  operationId?: string;
  /** Entries whose path (before `?`) starts with this. */
  path?: string;
  status?: number;
  /** Entries after this sequence number. */
  after?: number;
}

const BODY_LIMIT = 16 * 1024;
const SECRET_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization', 'x-api-key']);
// Credentials that a body itself carries (a token request's password, a Popsell api key).
const SECRET_FIELDS = /("?(?:password|totp|refresh_token|api_key|user_api_key)"?\s*[:=]\s*"?)([^"&,}\s]*)/gi;

const copyOf = (text: string) => Buffer.from(text, 'utf8').toString('utf8');
const clip = (text: string) => (text.length > BODY_LIMIT ? `${text.slice(0, BODY_LIMIT)}…` : text);

/** Keeps a credential's scheme, so a test can still check Basic was sent, and hides the rest. */
function redactHeader(name: string, value: string) {
  if (!SECRET_HEADERS.has(name)) return value;
  const scheme = /^(\w+)\s/.exec(value)?.[1];
  return scheme ? `${scheme} [redacted]` : '[redacted]';
}

export const redactBody = (text: string) => text.replace(SECRET_FIELDS, '$1[redacted]');

/**
 * One request as the pipeline notes it while it goes: every field present
 * from the start (one object shape), references kept as they are. The journal
 * keeps this very object; redacting, clipping and formatting wait until
 * entries are read, as recording is on the path of every request.
 */
export interface RequestRecord {
  sequence: number;
  /** performance.now() when the request arrived, and when it was answered. */
  started: number;
  finished: number;
  method: string;
  url: string;
  operationId: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  body: string | undefined;
  status: number;
  answer: string | undefined;
  fault: string | undefined;
}

export const newRecord = (method: string, url: string, headers: RequestRecord['headers']): RequestRecord => ({
  sequence: 0,
  started: performance.now(),
  finished: 0,
  method,
  url,
  operationId: undefined,
  headers,
  body: undefined,
  status: 0,
  answer: undefined,
  fault: undefined,
});

const round = (ms: number) => Math.round(ms * 10) / 10;

export class Journal {
  #entries: RequestRecord[] = [];
  #sequence = 0;

  // Small by default: a journal that keeps thousands of requests slows every request by a tenth (GC).
  constructor(readonly limit = 100) {}

  record(entry: RequestRecord) {
    if (this.limit === 0) return;
    // A long body is cut now, into a string of its own (a slice would keep the whole one alive).
    if (entry.body && entry.body.length > BODY_LIMIT) entry.body = copyOf(entry.body.slice(0, BODY_LIMIT + 1));
    if (entry.answer && entry.answer.length > BODY_LIMIT) entry.answer = copyOf(entry.answer.slice(0, BODY_LIMIT + 1));
    entry.sequence = ++this.#sequence;
    this.#entries.push(entry);
    // Trimmed in steps, not at every request.
    if (this.#entries.length >= this.limit * 2) this.#entries.splice(0, this.#entries.length - this.limit);
  }

  entries(filter: JournalFilter = {}): JournalEntry[] {
    return this.#entries
      .slice(-this.limit)
      .filter(
        (entry) =>
          (filter.method === undefined || entry.method === filter.method.toUpperCase()) &&
          (filter.operationId === undefined || entry.operationId === filter.operationId) &&
          (filter.path === undefined || entry.url.split('?')[0]!.startsWith(filter.path)) &&
          (filter.status === undefined || entry.status === filter.status) &&
          (filter.after === undefined || entry.sequence > filter.after),
      )
      .map((entry) => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(entry.headers))
          if (value !== undefined) headers[name] = redactHeader(name, Array.isArray(value) ? value.join(', ') : value);
        return {
          sequence: entry.sequence,
          time: new Date(performance.timeOrigin + entry.started).toISOString(),
          method: entry.method,
          url: entry.url,
          ...(entry.operationId ? { operationId: entry.operationId } : {}),
          headers,
          ...(entry.body ? { body: clip(redactBody(entry.body)) } : {}),
          status: entry.status,
          ...(entry.answer ? { answer: clip(entry.answer) } : {}),
          ...(entry.fault ? { fault: entry.fault } : {}),
          durationMs: round(entry.finished - entry.started),
        };
      });
  }

  clear() {
    this.#entries = [];
  }
}
