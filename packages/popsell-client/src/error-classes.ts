// The error classes of @chatapi/client-runtime, typed with Popsell's error bodies.

import type { WithErrorBody } from '@chatapi/client-runtime';
import * as runtime from '@chatapi/client-runtime';
import type { ErrorMessage, ValidationErrors } from './generated/models.js';

/**
 * What a Popsell error's `body` is: Laravel's `{ message }`, its 422
 * `{ message, errors }`, or the text of an answer that was not JSON.
 */
export type PopsellErrorBody = ErrorMessage | ValidationErrors | string | undefined;

export const ApiError = runtime.ApiError as unknown as WithErrorBody<typeof runtime.ApiError, PopsellErrorBody>;
export type ApiError = InstanceType<typeof ApiError>;
export const ValidationError = runtime.ValidationError as unknown as WithErrorBody<
  typeof runtime.ValidationError,
  PopsellErrorBody
>;
export type ValidationError = InstanceType<typeof ValidationError>;
export const AuthenticationError = runtime.AuthenticationError as unknown as WithErrorBody<
  typeof runtime.AuthenticationError,
  PopsellErrorBody
>;
export type AuthenticationError = InstanceType<typeof AuthenticationError>;
export const PermissionError = runtime.PermissionError as unknown as WithErrorBody<
  typeof runtime.PermissionError,
  PopsellErrorBody
>;
export type PermissionError = InstanceType<typeof PermissionError>;
export const NotFoundError = runtime.NotFoundError as unknown as WithErrorBody<
  typeof runtime.NotFoundError,
  PopsellErrorBody
>;
export type NotFoundError = InstanceType<typeof NotFoundError>;
export const RateLimitError = runtime.RateLimitError as unknown as WithErrorBody<
  typeof runtime.RateLimitError,
  PopsellErrorBody
>;
export type RateLimitError = InstanceType<typeof RateLimitError>;
export const MalformedResponseError = runtime.MalformedResponseError as unknown as WithErrorBody<
  typeof runtime.MalformedResponseError,
  PopsellErrorBody
>;
export type MalformedResponseError = InstanceType<typeof MalformedResponseError>;
