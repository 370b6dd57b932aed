// Handlers typed by the spec: for each operationId, the path parameters,
// query, body and answers that openapi-typescript derives from the bundle
// (src/generated/<api>.ts). A vendor that misses an operation, reads a path
// parameter the spec does not name, or answers a status or body the spec
// does not document, does not compile. The server itself stays untyped: ajv
// has checked every request against the same spec before a handler runs.
import type { IncomingHttpHeaders } from 'node:http';
import type { Operation } from '../spec/operations.js';
import type { Handler } from './vendor.js';

/** What openapi-typescript writes for one operation. */
export interface OperationShape {
  parameters: { query?: unknown; header?: unknown; path?: unknown; cookie?: unknown };
  requestBody?: unknown;
  responses: object;
}

type Present<T> = [NonNullable<T>] extends [never] ? Record<string, never> : NonNullable<T>;
type MediaOf<Content> = Content extends Record<string, unknown> ? Content[keyof Content] : never;

export type PathOf<Op extends OperationShape> = Present<Op['parameters']['path']>;
export type QueryOf<Op extends OperationShape> = Present<Op['parameters']['query']>;
/** The body in whichever media type the operation takes; undefined when the operation takes none or it is optional. */
export type BodyOf<Op extends OperationShape> = Op extends { requestBody: { content: infer Content } }
  ? MediaOf<Content>
  : Op extends { requestBody?: { content: infer Content } }
    ? MediaOf<Content> | undefined
    : undefined;

type ContentOf<Response> = Response extends { content: infer Content } ? MediaOf<Content> : undefined;

/** One of the answers the spec documents for the operation: a status and its body (or the body already serialized). */
export type AnswerOf<Op extends OperationShape> = {
  [Status in keyof Op['responses'] & number]: {
    status: Status;
    body?: ContentOf<Op['responses'][Status]>;
    json?: string;
    headers?: Record<string, string>;
  };
}[keyof Op['responses'] & number];

export interface OperationContext<Op extends OperationShape, Principal> {
  operation: Operation;
  /** The request's absolute URL, on the host it was sent to (for links in answers); built only when asked for. */
  url(): URL;
  path: PathOf<Op>;
  query: QueryOf<Op>;
  headers: IncomingHttpHeaders;
  body: BodyOf<Op>;
  principal: Principal | null;
}

export type OperationHandler<Op extends OperationShape, Principal> = (
  context: OperationContext<Op, Principal>,
) => AnswerOf<Op> | Promise<AnswerOf<Op>>;

/** A handler for every operation of the spec, each typed by its own. */
export type OperationHandlers<Operations, Principal> = {
  [Id in keyof Operations]: Operations[Id] extends OperationShape ? OperationHandler<Operations[Id], Principal> : never;
};

/** The typed handlers as the server takes them: by operationId, checked at run time by ajv. */
export function serverHandlers<Operations, Principal>(
  handlers: OperationHandlers<Operations, Principal>,
): Record<string, Handler<Principal>> {
  return handlers as unknown as Record<string, Handler<Principal>>;
}
