// The runtime both chat API clients share. Each client adds its generated
// types and helpers and what its vendor does differently (auth, error bodies).
export { basicAuth, bearerAuth, tokenAuth, type AuthStrategy, type IssuedToken, type TokenAuthOptions } from './auth/auth.js';
export { createCaller, type Caller, type CallInit, type RequestOptions, type Route } from './call/call.js';
export { bracketedIds, single } from './call/wire-forms.js';
export { createApiClient, type ApiClientParts, type ClientOptions, type VendorSetup } from './client/create-api-client.js';
export {
  ApiError,
  AuthenticationError,
  errorForAnswer,
  MalformedResponseError,
  NetworkError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  TimeoutError,
  ValidationError,
  type ApiErrorDetails,
  type ErrorReading,
  type ValidationIssue,
  type VendorErrors,
} from './errors/errors.js';
export { collect, paginate, type PageShape } from './pagination/paginate.js';
export { readModifyWrite, type ReadModifyWrite } from './patch/read-modify-write.js';
export { DEFAULT_RETRY, type RetryOptions } from './retry/retry.js';
export { createSend, type FetchLike, type SendPolicy } from './send/send.js';
