// What each vendor module supplies to the shared server: how it authenticates,
// how it words errors, and a handler for every operationId of its spec.
import type { IncomingHttpHeaders } from 'node:http';
import type { ApiName } from '../spec/load.js';
import type { Operation } from '../spec/operations.js';
import type { SchemaChecked } from '../spec/schema-checked.js';
import type { Issue } from './issues.js';

export interface Reply {
  status: number;
  body?: unknown;
  /** The body already serialized (a record as stored), in place of `body`. */
  json?: string;
  headers?: Record<string, string>;
}

export interface RequestContext<Principal> {
  operation: Operation;
  /** The request's absolute URL, on the host it was sent to (for links in answers); built only when asked for. */
  url(): URL;
  path: Record<string, SchemaChecked>;
  query: Record<string, SchemaChecked>;
  headers: IncomingHttpHeaders;
  body: SchemaChecked;
  principal: Principal | null;
}

export type Handler<Principal> = (context: RequestContext<Principal>) => Reply | Promise<Reply>;

export interface Vendor<Principal> {
  api: ApiName;
  /** Query keys are matched without regard to case (ASP.NET model binding). */
  caseInsensitiveQuery: boolean;
  /** The principal the Authorization header proves, for the schemes the operation accepts; null if none. */
  authenticate(authorization: string | undefined, schemes: Set<string>): Principal | null;
  hasRoles(principal: Principal, roles: string[]): boolean;
  handlers: Record<string, Handler<Principal>>;
  errors: {
    unauthorized(operation: Operation): Reply;
    forbidden(operation: Operation): Reply;
    /** A path parameter of the wrong type: the route does not exist. */
    noSuchResource(operation: Operation): Reply;
    invalid(operation: Operation, issues: Issue[]): Reply;
    /** No operation has this path. */
    noRoute(method: string, path: string): Reply;
    /** Operations have this path, but none this method; the server adds the Allow header. */
    methodNotAllowed(method: string, path: string, allowed: string[]): Reply;
    /**
     * An error that is only a message, in the vendor's error format: for what the
     * sandbox itself refuses (a storage failure, a stalled or unreadable request),
     * which the vendor never documents.
     */
    message(status: number, text: string): Reply;
    /** A 429 as the vendor's server would send it, asking to wait `retryAfterSeconds` (a fault a test asked for). */
    rateLimited(retryAfterSeconds: number): Reply;
    /** A bug in the sandbox; answered, logged, never a crash. */
    internal(operation: Operation | undefined): Reply;
  };
}
