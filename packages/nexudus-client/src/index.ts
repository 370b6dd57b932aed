// The typed Nexudus Spaces chat client: the openapi-fetch client for the
// spec's paths, plus resource helpers generated from the spec, which throw
// typed errors.
import { type ClientOptions, createApiClient } from '@chatapi/client-runtime';
import type { Client } from 'openapi-fetch';
import { type NexudusAuth, nexudusAuth } from './auth.js';
import { nexudusErrors } from './errors.js';
import { createHelpers, routes, serverUrl } from './generated/helpers.js';
import type { paths } from './generated/openapi.js';
import type { WithSuccessResults } from './results.js';

export interface NexudusClientOptions extends ClientOptions {
  /** How requests authenticate; none when absent (only POST /api/token works then). */
  auth?: NexudusAuth;
}

export type NexudusClient = Client<paths> & WithSuccessResults<ReturnType<typeof createHelpers>>;

export function createNexudusClient(options: NexudusClientOptions = {}): NexudusClient {
  const { raw, call } = createApiClient<paths>(options, {
    baseUrl: serverUrl(),
    routes,
    errors: nexudusErrors,
    ...(options.auth ? { auth: nexudusAuth(options.auth) } : {}),
  });
  // The helpers throw on `WasSuccessful: false`: their results are typed as the successes they are.
  return Object.assign(raw, createHelpers(call) as WithSuccessResults<ReturnType<typeof createHelpers>>);
}

export {
  AbortError,
  type ApiPromise,
  type ApiResponse,
  type AttemptInfo,
  ChatapiError,
  type ClientHooks,
  type ClientOptions,
  collect,
  type ErrorInfo,
  NetworkError,
  PaginationError,
  type RequestOptions,
  type ResponseInfo,
  type RetryInfo,
  type RetryOptions,
  TimeoutError,
  type ValidationIssue,
} from '@chatapi/client-runtime';
export type { NexudusAuth } from './auth.js';
export {
  ApiError,
  AuthenticationError,
  MalformedResponseError,
  type NexudusErrorBody,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ValidationError,
} from './error-classes.js';
export { nexudusErrors } from './errors.js';
export type * from './generated/helpers.js';
export type * from './generated/models.js';
export type { components, operations, paths } from './generated/openapi.js';
