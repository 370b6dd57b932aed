// The request pipeline both vendors share. Each request goes through: route ->
// credentials -> roles -> parameters -> body -> handler. Every step's failure
// is worded by the vendor; an exception in a handler is answered, never thrown.
import { createServer, type IncomingMessage, type Server, type ServerResponse, STATUS_CODES } from 'node:http';
import type { SandboxAdmin } from '../admin/admin.js';
import type { Fault } from '../admin/faults.js';
import { newRecord, type RequestRecord } from '../admin/journal.js';
import { ADMIN_PREFIX, handleAdmin } from '../admin/routes.js';
import type { Validator } from '../spec/ajv.js';
import type { OpenApiDocument } from '../spec/load.js';
import { basePathOf, compileOperations, type Operation, type ParameterLocation } from '../spec/operations.js';
import type { SchemaChecked } from '../spec/schema-checked.js';
import { nearestName, type UnknownField, unknownFields } from '../spec/unknown-fields.js';
import { asStorageError, isStorageFailure } from '../store/storage-error.js';
import { type BodyBudget, mediaTypeOf, parseBody, type ReadBody, readBody } from './body.js';
import { type CorsOrigins, corsPolicy } from './cors.js';
import { type Issue, issuesFromAjv, nearestBranches } from './issues.js';
import type { Reply, Vendor } from './vendor.js';

export interface ServerOptions {
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
  /** Most bytes of request bodies held at once; a body past it is answered 503 (default 64 MiB). */
  maxBufferedBodyBytes?: number;
  /** Time a client has to send a whole request (default 30 s); then it gets 408 and is closed. */
  requestTimeoutMs?: number;
  /** Time a client has to send a request's headers (default 10 s). */
  headersTimeoutMs?: number;
  /** Origins a browser may call from: `*`, or a list; any loopback origin by default. */
  corsOrigins?: CorsOrigins;
  /**
   * Refuse fields and query parameters the operation does not describe, with
   * the vendor's validation error, where the vendor drops them in silence.
   * Either way the answer's `x-sandbox-ignored-fields` and
   * `x-sandbox-ignored-query` headers name them.
   */
  strict?: boolean;
  log?: (message: string) => void;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
const DEFAULT_MAX_BUFFERED_BODY_BYTES = 64 * 1024 * 1024;
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
const DEFAULT_HEADERS_TIMEOUT_MS = 10_000;
const NO_HEADER_PARAMETERS = { values: {}, issues: [] as Issue[] };
const NO_BODY: ReadBody = { kind: 'empty' };
const NO_ISSUES: Issue[] = [];
const NO_PATH_PARAMETERS = Object.assign([''], { index: 0, input: '' }) as RegExpExecArray;

const RETRY_SHORTLY = { 'retry-after': '1' };

const withHeaders = (reply: Reply, headers: Record<string, string>): Reply => ({
  ...reply,
  headers: { ...reply.headers, ...headers },
});

/** Writes the answer; with `truncated`, only half its body before the connection drops. Says the body. */
function send(response: ServerResponse, reply: Reply, close = false, truncated = false): string {
  // A string body lets Node write the head and the body in one write.
  const payload = reply.json ?? (reply.body === undefined ? '' : JSON.stringify(reply.body));
  const headers: Record<string, string | number> = { 'content-length': Buffer.byteLength(payload) };
  if (payload !== '') headers['content-type'] = 'application/json; charset=utf-8';
  if (close) headers.connection = 'close';
  response.writeHead(reply.status, reply.headers ? Object.assign(headers, reply.headers) : headers);
  if (truncated) response.write(payload.slice(0, payload.length >> 1), () => response.destroy());
  else response.end(payload);
  return payload;
}

/** What the sandbox itself refuses, which neither vendor documents, worded once for both. */
const sandboxRefusal = {
  busy: 'The sandbox is reading too many request bodies at once. Nothing was changed; send it again.',
  storageFailed: (reason: string) =>
    `The sandbox did not save this request: ${reason}. Nothing was changed; send it again once the data file takes writes.`,
  timedOut: 'The request was not received in time, so the sandbox closed the connection. Nothing was changed.',
  fault: (status: number) =>
    `The sandbox answered ${status} because a test asked it to (a fault; see /__sandbox/faults). Nothing was changed.`,
  unreadable: 'The request is not valid HTTP/1.1.',
  headersTooLarge: 'The request headers are too large.',
  origin: (origin: string) =>
    `A page at ${origin} may not call this sandbox: it allows loopback origins unless started with --cors-origin.`,
};

const ADMIN_METHODS = ['DELETE', 'GET', 'POST', 'PUT'];

/** Headers the sandbox itself sends that a browser client may read. */
const SANDBOX_HEADERS = [
  'retry-after',
  'allow',
  'www-authenticate',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-sandbox-ignored-fields',
  'x-sandbox-ignored-query',
];

/** Every response header the spec documents, so that a browser lets clients read it. */
function responseHeaderNames(doc: OpenApiDocument): string[] {
  const names: string[] = [];
  for (const item of Object.values<Record<string, SchemaChecked>>(doc.paths ?? {}))
    for (const operation of Object.values(item))
      for (const response of Object.values<SchemaChecked>(operation?.responses ?? {}))
        names.push(...Object.keys(response?.headers ?? {}));
  return names;
}

/** A whole answer as bytes, for a socket that has no response object (Node could not parse the request). */
function rawAnswer(reply: Reply): string {
  const payload = JSON.stringify(reply.body);
  return (
    `HTTP/1.1 ${reply.status} ${STATUS_CODES[reply.status]}\r\nconnection: close\r\n` +
    `content-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(payload)}\r\n\r\n${payload}`
  );
}

/**
 * What a required body that was not sent lacks: the fields an empty object
 * misses, so the client learns which to send, or else the body as a whole.
 */
function emptyBodyIssues(mediaTypes: Record<string, Validator>, mediaType: string): Issue[] {
  const validate = mediaTypes[mediaType] ?? Object.values(mediaTypes)[0];
  if (validate && !validate({})) {
    const missing = issuesFromAjv('body', validate.errors, {}).filter((issue) => issue.kind === 'required');
    if (missing.length) return missing;
  }
  return [{ kind: 'required', location: 'body', field: '', message: 'is required' }];
}

/** Coerces each parameter with several forms by the first form it fits; the issues of those that fit none. */
function readAlternatives(
  location: ParameterLocation,
  alternatives: Record<string, Validator[]>,
  values: Record<string, unknown>,
): Issue[] {
  const issues: Issue[] = [];
  for (const [name, forms] of Object.entries(alternatives)) {
    if (values[name] === undefined) continue;
    const sent = values[name];
    // A value coerced to Infinity (`1e400`) fits the integer form; readParameters refuses it with every other.
    const fitting = forms.find((form) => {
      const single = { [name]: sent };
      if (!form(single)) return false;
      values[name] = single[name];
      return true;
    });
    if (!fitting) {
      // The first form is the one the parameter is best known by: its complaint is the one worth reading.
      forms[0]!({ [name]: sent });
      issues.push(...issuesFromAjv(location, forms[0]!.errors, { [name]: sent }));
    }
  }
  return issues;
}

function readParameters(operation: Operation, location: ParameterLocation, raw: Record<string, unknown>) {
  const values: Record<string, unknown> = {};
  for (const name of operation.parameters[location].names) if (raw[name] !== undefined) values[name] = raw[name];
  const { validate, declaredNames, alternatives } = operation.parameters[location];
  const misfits = readAlternatives(location, alternatives, values);
  if (misfits.length) {
    return { values, issues: misfits.map((issue) => ({ ...issue, field: declaredNames[issue.field] ?? issue.field })) };
  }
  if (validate(values)) {
    // Coercion turns `Infinity` into a number the schema's type accepts; no answer could carry it back.
    let issues: Issue[] | undefined;
    for (const name in values) {
      const value = values[name];
      if (typeof value !== 'number' || Number.isFinite(value)) continue;
      issues ??= [];
      issues.push({
        kind: 'invalid',
        location,
        field: declaredNames[name] ?? name,
        message: 'must be a finite number',
        value: raw[name] ?? null,
      });
    }
    return { values, issues: issues ?? NO_ISSUES };
  }
  const issues = issuesFromAjv(location, validate.errors, values).map((issue) => ({
    ...issue,
    field: declaredNames[issue.field] ?? issue.field,
  }));
  return { values, issues };
}

const NO_NAMES: string[] = [];

/** The query's declared parameters, and the names of those it sent that no parameter has. */
function queryObject(search: URLSearchParams, operation: Operation, caseInsensitive: boolean) {
  const raw: Record<string, string> = {};
  let unknown = NO_NAMES;
  const { declaredNames, byLowerCase } = operation.parameters.query;
  for (const [key, value] of search) {
    const name = caseInsensitive
      ? byLowerCase.get(key.toLowerCase())
      : Object.hasOwn(declaredNames, key)
        ? key
        : undefined;
    if (name === undefined) {
      if (unknown === NO_NAMES) unknown = [];
      if (!unknown.includes(key)) unknown.push(key);
    } else if (raw[name] === undefined) raw[name] = value;
  }
  return { raw, unknown };
}

/** The fields of a valid body that its schema does not describe. */
function unknownBodyFields(operation: Operation, mediaType: string, body: unknown): UnknownField[] {
  const closed = operation.body!.closedMediaTypes[mediaType];
  if (!closed || closed(body)) return NO_UNKNOWN_FIELDS;
  return unknownFields(nearestBranches(closed.errors ?? []));
}
const NO_UNKNOWN_FIELDS: UnknownField[] = [];

/** What --strict answers for each field the request sent and the operation does not have. */
function unknownIssues(query: string[], known: string[], body: UnknownField[]): Issue[] {
  const suggestion = (nearest: string | undefined) => (nearest ? `; did you mean ${nearest}?` : '');
  return [
    ...query.map((name) => ({
      kind: 'unknown' as const,
      location: 'query' as const,
      field: name,
      message: `is not a parameter of this operation${suggestion(nearestName(name, known))}`,
      value: null,
    })),
    ...body.map(({ path, nearest }) => ({
      kind: 'unknown' as const,
      location: 'body' as const,
      field: path[0]!,
      ...(path.length > 1 ? { within: path.slice(1) } : {}),
      message: `is not a field of this operation${suggestion(nearest)}`,
      value: null,
    })),
  ];
}

/** The headers that tell a client which of its fields the sandbox ignored, as the vendor would. */
function ignoredHeaders(query: string[], body: UnknownField[]): Record<string, string> | undefined {
  if (query.length === 0 && body.length === 0) return undefined;
  const headers: Record<string, string> = {};
  if (query.length) headers['x-sandbox-ignored-query'] = query.join(', ');
  if (body.length) headers['x-sandbox-ignored-fields'] = body.map(({ path }) => path.join('.')).join(', ');
  return headers;
}

/** Where a response keeps its request's journal record (a property, not a WeakMap: that costs GC work each request). */
const RECORD = Symbol('journal record');
type Noted = ServerResponse & { [RECORD]?: RequestRecord };

/**
 * The whole pipeline as a `(request, response)` listener, which a server on a
 * port (createApiServer) or an in-process fetch (in-process.ts) calls.
 */
export function createApiListener<Principal>(
  doc: OpenApiDocument,
  vendor: Vendor<Principal>,
  options: ServerOptions & { admin?: SandboxAdmin } = {},
): (request: IncomingMessage, response: ServerResponse) => void {
  const operations = compileOperations(doc);
  const missing = operations
    .filter((operation) => !vendor.handlers[operation.operationId])
    .map((operation) => operation.operationId);
  if (missing.length) throw new Error(`${vendor.api} sandbox has no handler for ${missing.join(', ')}`);
  // Most requests name a path with an Id, but literal paths must win over templates (`/chatrooms/commands`).
  const literalRoutes = new Map<string, Operation>();
  for (const operation of operations) {
    if (operation.pathParameterNames.length > 0) continue;
    const key = `${operation.method} ${basePathOf(doc)}${operation.path}`;
    literalRoutes.set(key, operation);
    literalRoutes.set(`${key}/`, operation);
  }
  const templatedRoutes = operations.filter((operation) => operation.pathParameterNames.length > 0);
  /** The methods a path takes (HEAD wherever GET is), for a 405's Allow; none for a path no operation has. */
  const methodsOf = (pathname: string) => {
    const methods = new Set(
      operations.filter((operation) => operation.pattern.test(pathname)).map((operation) => operation.method),
    );
    if (methods.has('GET')) methods.add('HEAD');
    return [...methods].sort();
  };
  const cors = corsPolicy(options.corsOrigins, [...responseHeaderNames(doc), ...SANDBOX_HEADERS]);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const strict = options.strict ?? false;
  const bodyBudget: BodyBudget = { used: 0, limit: options.maxBufferedBodyBytes ?? DEFAULT_MAX_BUFFERED_BODY_BYTES };
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const { admin } = options;
  const adminBudget: BodyBudget = { used: 0, limit: Number.POSITIVE_INFINITY };
  const journal = admin && admin.journal.limit > 0 ? admin.journal : undefined;

  /** Sends the answer, and notes it in the journal with what the request was. */
  function deliver(response: Noted, reply: Reply, close = false) {
    const note = response[RECORD];
    const payload = send(response, reply, close, note?.fault === 'truncate');
    if (note) record(note, reply.status, payload);
  }

  function record(note: RequestRecord, status: number, answer: string | undefined) {
    note.status = status;
    note.answer = answer || undefined;
    note.finished = performance.now();
    journal!.record(note);
  }

  /** OPTIONS: a browser's preflight gets what its origin may do with `methods`; a plain OPTIONS the methods. */
  function answerOptions(request: IncomingMessage, methods: string[]): Reply {
    const origin = request.headers.origin;
    const method = request.headers['access-control-request-method'];
    if (origin === undefined || method === undefined) return { status: 204, headers: { allow: methods.join(', ') } };
    const headers = cors.preflightHeaders(
      origin,
      methods,
      request.headers['access-control-request-headers'],
      request.headers['access-control-request-private-network'] === 'true',
    );
    return headers ? { status: 204, headers } : vendor.errors.message(403, sandboxRefusal.origin(origin));
  }

  /** Answers an exception: a storage failure in the vendor's words, anything else as the vendor's 500, logged. */
  function fail(request: IncomingMessage, response: ServerResponse, operation: Operation | undefined, error: unknown) {
    // The store has logged the failure; the client learns what failed, and that nothing changed.
    if (isStorageFailure(error) && operation && !response.headersSent) {
      const reply = vendor.errors.message(503, sandboxRefusal.storageFailed(asStorageError(error).reason));
      deliver(response, withHeaders(reply, RETRY_SHORTLY));
      return;
    }
    log(`${vendor.api} sandbox: ${request.method} ${request.url}: ${(error as Error).stack ?? error}`);
    if (!response.headersSent) deliver(response, vendor.errors.internal(operation), true);
    else response.destroy();
  }

  // Synchronous up to the handler for a request without a body, so a read costs no promise.
  function handle(request: IncomingMessage, response: ServerResponse) {
    const target = request.url ?? '/';
    const queryStart = target.indexOf('?');
    const pathname = queryStart < 0 ? target : target.slice(0, queryStart);
    const origin = request.headers.origin;
    const allowed = origin === undefined ? undefined : cors.answerHeaders(origin);
    if (allowed) for (const name in allowed) response.setHeader(name, allowed[name]!);
    if (admin && pathname.startsWith(ADMIN_PREFIX)) {
      // A page of another site can send a form here (no preflight for that): only allowed origins may.
      if (origin !== undefined && !allowed) {
        request.resume();
        return send(response, { status: 403, body: { error: `a page at ${origin} may not use the admin API` } });
      }
      // A browser test on a loopback page drives the admin API too: its preflights are answered here.
      if (request.method === 'OPTIONS' && origin !== undefined) {
        request.resume();
        return send(response, answerOptions(request, ADMIN_METHODS));
      }
      handleAdmin(admin, request, response, adminBudget).catch((error: unknown) =>
        fail(request, response, undefined, error),
      );
      return;
    }
    const note = journal && newRecord(request.method ?? 'GET', target, request.headers);
    if (note) (response as Noted)[RECORD] = note;
    if (request.method === 'OPTIONS') {
      request.resume();
      const methods = methodsOf(pathname);
      return deliver(
        response,
        methods.length ? answerOptions(request, methods) : vendor.errors.noRoute('OPTIONS', pathname),
      );
    }
    // HEAD is GET without the body: Node leaves the body out of a HEAD answer itself.
    const method = request.method === 'HEAD' ? 'GET' : (request.method ?? 'GET');
    let operation = literalRoutes.get(`${method} ${pathname}`);
    let pathMatch: RegExpExecArray | null = operation ? NO_PATH_PARAMETERS : null;
    for (let index = 0; !operation && index < templatedRoutes.length; index++) {
      const candidate = templatedRoutes[index]!;
      pathMatch = candidate.method === method ? candidate.pattern.exec(pathname) : null;
      if (pathMatch) operation = candidate;
    }
    if (!operation || !pathMatch) {
      request.resume();
      const allowed = methodsOf(pathname);
      if (allowed.length === 0) return deliver(response, vendor.errors.noRoute(request.method ?? 'GET', pathname));
      const reply = vendor.errors.methodNotAllowed(request.method ?? 'GET', pathname, allowed);
      return deliver(response, { ...reply, headers: { ...reply.headers, allow: allowed.join(', ') } });
    }
    const matched = operation;
    if (note) note.operationId = matched.operationId;
    const answer = (body: ReadBody) => {
      if (note && body.kind === 'bytes') note.body = body.text;
      try {
        respond(request, response, matched, pathMatch, target, queryStart, body);
      } catch (error) {
        fail(request, response, matched, error);
      }
    };
    const proceed = () => {
      // A body the operation does not take is drained unread, whatever its size.
      if (!matched.body) {
        request.resume();
        answer(NO_BODY);
      } else
        readBody(request, maxBodyBytes, bodyBudget).then(answer, (error: unknown) =>
          fail(request, response, matched, error),
        );
    };
    const fault = admin?.faults.decide(matched.operationId);
    if (fault) inject(fault, request, response, note, proceed);
    else proceed();
  }

  /** What a test asked for instead of, or before, the answer. */
  function inject(
    fault: Fault,
    request: IncomingMessage,
    response: ServerResponse,
    note: RequestRecord | undefined,
    proceed: () => void,
  ) {
    if (note) note.fault = fault.kind;
    switch (fault.kind) {
      case 'latency':
        // libuv's timers count whole milliseconds from the loop's clock, and may fire up to one early.
        setTimeout(proceed, (fault.latencyMs ?? 1000) + 1);
        return;
      case 'truncate':
        proceed();
        return;
      case 'drop':
        request.resume();
        response.destroy();
        if (note) record(note, 0, undefined);
        return;
      case 'rate-limit':
        request.resume();
        return deliver(response, vendor.errors.rateLimited(fault.retryAfterSeconds ?? 1));
      case 'error': {
        request.resume();
        const status = fault.status ?? 503;
        return deliver(response, vendor.errors.message(status, sandboxRefusal.fault(status)));
      }
    }
  }

  function respond(
    request: IncomingMessage,
    response: ServerResponse,
    operation: Operation,
    pathMatch: RegExpExecArray,
    target: string,
    queryStart: number,
    body: ReadBody,
  ) {
    if (body.kind === 'aborted') return;
    if (body.kind === 'over-budget') {
      // Kept open, the rest of the body is read and dropped: closing with it unread would reset the
      // connection, and the client would see a network error in place of this answer.
      return deliver(response, withHeaders(vendor.errors.message(503, sandboxRefusal.busy), RETRY_SHORTLY));
    }
    if (body.kind === 'too-large') {
      return deliver(
        response,
        vendor.errors.invalid(operation, [
          { kind: 'too-large', location: 'body', field: '', message: `is larger than the ${body.limit}-byte limit` },
        ]),
        true,
      );
    }

    let principal: Principal | null = null;
    if (
      operation.security.length > 0 &&
      !(operation.credentialsOptional && request.headers.authorization === undefined)
    ) {
      principal = vendor.authenticate(request.headers.authorization, operation.schemes);
      if (principal === null) return deliver(response, vendor.errors.unauthorized(operation));
      if (!vendor.hasRoles(principal, operation.requiredRoles))
        return deliver(response, vendor.errors.forbidden(operation));
    }

    const rawPath: Record<string, string> = {};
    for (const [index, name] of operation.pathParameterNames.entries()) {
      try {
        rawPath[name] = decodeURIComponent(pathMatch[index + 1]!);
      } catch {
        return deliver(response, vendor.errors.noSuchResource(operation));
      }
    }
    const path = readParameters(operation, 'path', rawPath);
    if (path.issues.length) return deliver(response, vendor.errors.noSuchResource(operation));

    const sent =
      queryStart < 0
        ? { raw: {}, unknown: NO_NAMES }
        : queryObject(new URLSearchParams(target.slice(queryStart + 1)), operation, vendor.caseInsensitiveQuery);
    const query = readParameters(operation, 'query', sent.raw);
    const headers =
      operation.parameters.header.names.length === 0
        ? NO_HEADER_PARAMETERS
        : readParameters(operation, 'header', request.headers as Record<string, unknown>);
    const issues: Issue[] =
      headers.issues.length || query.issues.length || operation.body ? [...headers.issues, ...query.issues] : NO_ISSUES;

    let parsedBody: unknown;
    let unknownBody = NO_UNKNOWN_FIELDS;
    if (operation.body) {
      const mediaType = mediaTypeOf(request.headers['content-type']);
      const validate = operation.body.mediaTypes[mediaType];
      if (body.kind === 'empty') {
        if (operation.body.required) issues.push(...emptyBodyIssues(operation.body.mediaTypes, mediaType));
      } else if (!validate) {
        const accepted = Object.keys(operation.body.mediaTypes).join(' or ');
        issues.push({
          kind: 'media-type',
          location: 'header',
          field: 'Content-Type',
          message: `must be ${accepted}`,
          value: request.headers['content-type'] ?? null,
        });
      } else {
        const parsed = parseBody(body.text, mediaType);
        if (!parsed.ok) issues.push({ kind: 'malformed', location: 'body', field: '', message: parsed.message });
        else if (!validate(parsed.value)) issues.push(...issuesFromAjv('body', validate.errors, parsed.value));
        else {
          parsedBody = parsed.value;
          if (!issues.length) unknownBody = unknownBodyFields(operation, mediaType, parsedBody);
        }
      }
    }
    // A new list: `issues` may be the shared empty one.
    const refused =
      strict && (sent.unknown.length || unknownBody.length)
        ? [...issues, ...unknownIssues(sent.unknown, operation.parameters.query.names, unknownBody)]
        : issues;
    if (refused.length) return deliver(response, vendor.errors.invalid(operation, refused));
    const ignored = ignoredHeaders(sent.unknown, unknownBody);

    const reply = vendor.handlers[operation.operationId]!({
      operation,
      url: () => requestUrl(target, request),
      path: path.values,
      query: query.values,
      headers: request.headers,
      body: parsedBody,
      principal,
    });
    const answer = ignored ? (settled: Reply) => withHeaders(settled, ignored) : (settled: Reply) => settled;
    if (reply instanceof Promise)
      reply.then(
        (settled) => deliver(response, answer(settled)),
        (error: unknown) => fail(request, response, operation, error),
      );
    else deliver(response, answer(reply));
  }

  return (request, response) => {
    try {
      handle(request, response);
    } catch (error) {
      fail(request, response, undefined, error);
    }
  };
}

/** The pipeline (createApiListener's) on a port, with the timeouts and the answers to what Node cannot parse. */
export function createApiServer<Principal>(
  listener: (request: IncomingMessage, response: ServerResponse) => void,
  vendor: Vendor<Principal>,
  options: ServerOptions = {},
): Server {
  const requestTimeout = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const headersTimeout = Math.min(options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS, requestTimeout);
  const server = createServer(
    {
      requestTimeout,
      headersTimeout,
      // Node checks the timeouts on this interval (30 s by default, longer than the timeouts themselves).
      connectionsCheckingInterval: Math.min(1000, headersTimeout),
    },
    listener,
  );
  // A request Node cannot parse, or one that stalls past its time, is answered in the vendor's format and closed.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const reply =
      error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? vendor.errors.message(408, sandboxRefusal.timedOut)
        : error.code === 'HPE_HEADER_OVERFLOW'
          ? vendor.errors.message(431, sandboxRefusal.headersTooLarge)
          : vendor.errors.message(400, sandboxRefusal.unreadable);
    socket.end(rawAnswer(reply));
  });
  return server;
}

/**
 * The absolute URL of a request, on the address the client reached: never the
 * Host header, which a client may set to anything and answers would repeat.
 */
function requestUrl(target: string, request: IncomingMessage): URL {
  const { localAddress, localPort } = request.socket;
  // In process there is no address: the client's own URL, which in-process.ts passes on, is what it reached.
  if (localPort === undefined) return new URL(target, (request as { inProcessOrigin?: string }).inProcessOrigin);
  const host = localAddress?.includes(':') ? `[${localAddress}]` : (localAddress ?? 'localhost');
  return new URL(target, `http://${host}:${localPort}`);
}
