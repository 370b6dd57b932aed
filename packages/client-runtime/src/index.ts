// The runtime both chat API clients share. Each client adds its generated
// types and helpers and what its vendor does differently (auth, error bodies).
export {
  type AuthStrategy,
  basicAuth,
  bearerAuth,
  type IssuedToken,
  type TokenAuthOptions,
  tokenAuth,
} from './auth/auth.js';
export { type Caller, type CallInit, createCaller, type RequestOptions, type Route } from './call/call.js';
export { bracketedIds, single } from './call/wire-forms.js';
export {
  type ApiClientParts,
  type ClientOptions,
  createApiClient,
  type VendorSetup,
} from './client/create-api-client.js';
export {
  AbortError,
  ApiError,
  type ApiErrorDetails,
  AuthenticationError,
  type CallSite,
  ChatapiError,
  type ErrorReading,
  errorForAnswer,
  MalformedResponseError,
  NetworkError,
  NotFoundError,
  PaginationError,
  PermissionError,
  RateLimitError,
  TimeoutError,
  ValidationError,
  type ValidationIssue,
  type VendorErrors,
  type WithErrorBody,
} from './errors/errors.js';
export type { AttemptInfo, ClientHooks, ErrorInfo, ResponseInfo, RetryInfo } from './hooks/hooks.js';
export { collect, collectPages, type PageShape, paginate } from './pagination/paginate.js';
export { type ReadModifyWrite, readModifyWrite } from './patch/read-modify-write.js';
export { type ApiPromise, type ApiResponse, apiPromise, mapData } from './response/api-promise.js';
export { DEFAULT_RETRY, type RetryOptions } from './retry/retry.js';
export { createSend, type FetchLike, type SendPolicy } from './send/send.js';
