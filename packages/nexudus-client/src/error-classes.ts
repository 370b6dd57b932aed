// The error classes of @chatapi/client-runtime, typed with Nexudus's error bodies.

import type { WithErrorBody } from '@chatapi/client-runtime';
import * as runtime from '@chatapi/client-runtime';
import type { ActionResult, HttpError, OAuthError } from './generated/models.js';

/**
 * What a Nexudus error's `body` is: ASP.NET's `{ Message }`, a failed
 * ActionResult (`WasSuccessful: false`), OAuth2's `{ error,
 * error_description }` from the token endpoint, or the text of an answer that
 * was not JSON (a proxy's HTML page).
 */
export type NexudusErrorBody = HttpError | ActionResult | OAuthError | string | undefined;

export const ApiError = runtime.ApiError as unknown as WithErrorBody<typeof runtime.ApiError, NexudusErrorBody>;
export type ApiError = InstanceType<typeof ApiError>;
export const ValidationError = runtime.ValidationError as unknown as WithErrorBody<
  typeof runtime.ValidationError,
  NexudusErrorBody
>;
export type ValidationError = InstanceType<typeof ValidationError>;
export const AuthenticationError = runtime.AuthenticationError as unknown as WithErrorBody<
  typeof runtime.AuthenticationError,
  NexudusErrorBody
>;
export type AuthenticationError = InstanceType<typeof AuthenticationError>;
export const PermissionError = runtime.PermissionError as unknown as WithErrorBody<
  typeof runtime.PermissionError,
  NexudusErrorBody
>;
export type PermissionError = InstanceType<typeof PermissionError>;
export const NotFoundError = runtime.NotFoundError as unknown as WithErrorBody<
  typeof runtime.NotFoundError,
  NexudusErrorBody
>;
export type NotFoundError = InstanceType<typeof NotFoundError>;
export const RateLimitError = runtime.RateLimitError as unknown as WithErrorBody<
  typeof runtime.RateLimitError,
  NexudusErrorBody
>;
export type RateLimitError = InstanceType<typeof RateLimitError>;
export const MalformedResponseError = runtime.MalformedResponseError as unknown as WithErrorBody<
  typeof runtime.MalformedResponseError,
  NexudusErrorBody
>;
export type MalformedResponseError = InstanceType<typeof MalformedResponseError>;
