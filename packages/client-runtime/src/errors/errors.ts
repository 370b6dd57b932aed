// The errors a helper throws. Every HTTP failure is an ApiError (or one of its
// subclasses, by status); a request that got no usable answer is a
// NetworkError or a TimeoutError. None of them ever carries the request's
// credentials: they hold the status, the operation and the server's answer,
// and `toJSON` lists exactly what is safe to log.

/** One problem with a request, the same shape for both vendors. */
export interface ValidationIssue {
  /** The field the server names (`BusinessId`, `established_dialogue`), or '' for the request as a whole. */
  field: string;
  message: string;
  /** The value the server says it received, when it says. */
  attemptedValue?: unknown;
}

export interface ApiErrorDetails {
  status: number;
  operationId: string;
  /** The helper the user called, e.g. `chatRooms.get`; absent for raw calls and internal steps. */
  helper?: string;
  /** The operation's method and path template (never the URL: its query may carry secrets). */
  method?: string;
  path?: string;
  /** The answer's body: parsed JSON, or the text when it was not JSON. */
  body: unknown;
  /** A message from the server's own words, when it gave one. */
  serverMessage?: string;
  /** The answer's headers. */
  headers?: Headers;
}

// A client's ES module and CommonJS builds each hold their own copy of these
// classes, as may two versions bundled into one app, so `instanceof` by
// prototype says no to an error from the other copy. Every error therefore
// carries the kinds it is, under a symbol from the global registry that every
// copy shares, and `instanceof` reads those.
const KINDS = Symbol.for('@chatapi/client-runtime:error-kinds');

function kindsOf(value: unknown): Set<string> | undefined {
  return typeof value === 'object' && value !== null ? (value as { [KINDS]?: Set<string> })[KINDS] : undefined;
}

/** Every error the clients throw: `instanceof` holds across the ESM and CommonJS builds. */
export class ChatapiError extends Error {
  /** What `instanceof` looks for; each subclass names its own. */
  static readonly kind: string = 'ChatapiError';

  constructor(message?: string, options?: ErrorOptions) {
    super(message, options);
    // The error's class names it; it and every class above it up to this one are the kinds it is.
    const kinds = new Set<string>();
    for (let type: { kind?: string } = new.target; type.kind; type = Object.getPrototypeOf(type)) kinds.add(type.kind);
    Object.defineProperty(this, KINDS, { value: kinds });
    this.name = new.target.kind;
  }

  static [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class on the right of instanceof, a subclass too.
    return kindsOf(value)?.has(this.kind) ?? false;
  }

  /** What is safe to log: the error's own fields, never the answer's headers (they may set cookies). */
  toJSON(): Record<string, unknown> {
    const { headers: _headers, ...own } = this as Record<string, unknown>;
    return { name: this.name, message: this.message, ...own };
  }
}

export class ApiError extends ChatapiError {
  static override readonly kind: string = 'ApiError';
  readonly status: number;
  readonly operationId: string;
  readonly helper: string | undefined;
  readonly method: string | undefined;
  readonly path: string | undefined;
  readonly body: unknown;
  /** The answer's headers, e.g. a rate limit's; left out of `toJSON`. */
  readonly headers: Headers | undefined;

  constructor(details: ApiErrorDetails) {
    super(
      `${callName(details)} failed with HTTP ${details.status}${details.serverMessage ? `: ${details.serverMessage}` : ''}`,
    );
    this.status = details.status;
    this.operationId = details.operationId;
    this.helper = details.helper;
    this.method = details.method;
    this.path = details.path;
    this.body = details.body;
    this.headers = details.headers;
  }
}

/** What the user called, as errors name it: `chatRooms.get (GET /api/support/chatrooms/{Id})`. */
export interface CallSite {
  operationId: string;
  helper?: string;
  method?: string;
  path?: string;
}

const callName = (site: CallSite) =>
  `${site.helper ?? site.operationId}${site.method && site.path ? ` (${site.method} ${site.path})` : ''}`;

/**
 * The error of an internal step (a token exchange, the read inside `patch`),
 * said of the call the user made: the same class and status, the step's error
 * as its cause.
 */
export function restated<E extends ApiError>(error: E, site: CallSite): E {
  const copy = Object.create(Object.getPrototypeOf(error), Object.getOwnPropertyDescriptors(error)) as E;
  const own = { ...site, message: `${callName(site)} failed: ${error.message}`, cause: error };
  for (const [key, value] of Object.entries(own))
    Object.defineProperty(copy, key, {
      value,
      writable: true,
      enumerable: key !== 'message' && key !== 'cause',
      configurable: true,
    });
  Object.defineProperty(copy, 'stack', {
    value: `${copy.name}: ${copy.message}\n${error.stack?.split('\n').slice(1).join('\n') ?? ''}`,
    configurable: true,
    writable: true,
  });
  return copy;
}

/** The server refused the request's content: Nexudus `WasSuccessful: false` (whatever the status) or Popsell 422. */
export class ValidationError extends ApiError {
  static override readonly kind: string = 'ValidationError';
  readonly issues: ValidationIssue[];

  constructor(details: ApiErrorDetails & { issues: ValidationIssue[] }) {
    super({ ...details, serverMessage: details.serverMessage ?? details.issues.map(describeIssue).join('; ') });
    this.issues = details.issues;
  }
}

const describeIssue = (issue: ValidationIssue) => (issue.field ? `${issue.field}: ${issue.message}` : issue.message);

/** 401: no credentials, wrong ones, or an expired token that could not be renewed. */
export class AuthenticationError extends ApiError {
  static override readonly kind: string = 'AuthenticationError';
}

/** 403: the credentials are good but lack a role the operation needs. */
export class PermissionError extends ApiError {
  static override readonly kind: string = 'PermissionError';
}

/** 404: no record with that Id (for Popsell, also a record of another brand). */
export class NotFoundError extends ApiError {
  static override readonly kind: string = 'NotFoundError';
}

/** 429, after any retries: `retryAfterMs` is how long the server asked to wait, when it said. */
export class RateLimitError extends ApiError {
  static override readonly kind: string = 'RateLimitError';
  readonly retryAfterMs: number | undefined;

  constructor(details: ApiErrorDetails & { retryAfterMs?: number }) {
    super(details);
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** A success status whose body is not the JSON the operation promises. */
export class MalformedResponseError extends ApiError {
  static override readonly kind: string = 'MalformedResponseError';
}

/** No answer: the connection was refused, reset, or closed before the whole answer arrived. */
export class NetworkError extends ChatapiError {
  static override readonly kind: string = 'NetworkError';
  operationId: string | undefined;

  constructor(message: string, options: { cause?: unknown; operationId?: string } = {}) {
    super(message, { cause: options.cause });
    this.operationId = options.operationId;
  }
}

/** No whole answer within `timeoutMs`, or before the caller's `AbortSignal.timeout()` fired. */
export class TimeoutError extends ChatapiError {
  static override readonly kind: string = 'TimeoutError';
  /** The client's or the call's `timeoutMs`; undefined when the caller's own signal timed out. */
  readonly timeoutMs: number | undefined;
  operationId: string | undefined;

  constructor(timeoutMs: number | undefined, operationId?: string, options: { cause?: unknown } = {}) {
    super(
      timeoutMs === undefined ? "no answer before the call's signal timed out" : `no answer within ${timeoutMs} ms`,
      {
        cause: options.cause,
      },
    );
    this.timeoutMs = timeoutMs;
    this.operationId = operationId;
  }
}

/** The caller aborted the call through its `signal`; the signal's reason is the `cause`. */
export class AbortError extends ChatapiError {
  static override readonly kind: string = 'AbortError';
  readonly operationId: string;

  constructor(operationId: string, reason: unknown) {
    super(`${operationId} was aborted`, { cause: reason });
    this.operationId = operationId;
  }
}

/**
 * A paged list that cannot be walked: a page answered the very records of the
 * page before it, so the server (or a proxy) ignores the page parameter and
 * walking on would never end.
 */
export class PaginationError extends ChatapiError {
  static override readonly kind: string = 'PaginationError';
  /** The page that repeated the one before it. */
  readonly page: number;

  constructor(page: number) {
    super(
      `page ${page} answered the same records as page ${page - 1}: the server ignores the page parameter, so the list stops here`,
    );
    this.page = page;
  }
}

/** What a vendor's error body means, read by the vendor's client. */
export interface ErrorReading {
  /** Set when the body is a validation failure, whatever the status. */
  issues?: ValidationIssue[];
  /** The server's own message, if any. */
  message?: string;
  /** Treat the failure as this status's kind (e.g. OAuth `invalid_grant` on a 400 is an authentication failure). */
  kindOfStatus?: number;
}

export interface VendorErrors {
  /** Reads an error body (or a success body that is a failure). */
  read(status: number, body: unknown): ErrorReading;
  /** True when a 2xx body is in fact a failure (Nexudus `WasSuccessful: false`). */
  failedDespiteSuccess?(body: unknown): boolean;
}

/** The typed error for an answer that failed. */
export function errorForAnswer(
  vendor: VendorErrors,
  answer: CallSite & { status: number; body: unknown; retryAfterMs?: number },
): ApiError {
  const reading = vendor.read(answer.status, answer.body);
  const { retryAfterMs: _wait, ...site } = answer;
  const details: ApiErrorDetails = { ...site };
  if (reading.message !== undefined) details.serverMessage = reading.message;
  if (reading.issues) return new ValidationError({ ...details, issues: reading.issues });
  switch (reading.kindOfStatus ?? answer.status) {
    case 401:
      return new AuthenticationError(details);
    case 403:
      return new PermissionError(details);
    case 404:
      return new NotFoundError(details);
    case 429:
      return new RateLimitError(
        answer.retryAfterMs === undefined ? details : { ...details, retryAfterMs: answer.retryAfterMs },
      );
    default:
      return new ApiError(details);
  }
}

/**
 * An ApiError class as a vendor's client exports it: the same class at run
 * time, typed so that `instanceof` narrows `body` to the vendor's error
 * formats (TypeScript narrows by `prototype` when the type declares no
 * `Symbol.hasInstance`).
 */
export type WithErrorBody<Class extends abstract new (...args: never) => ApiError, Body> = {
  new (...args: ConstructorParameters<Class>): InstanceType<Class> & { readonly body: Body };
  readonly prototype: InstanceType<Class> & { readonly body: Body };
};
