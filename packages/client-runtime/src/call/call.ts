// What a helper does with one operation: send it through the openapi-fetch
// client, then return the parsed body or throw the typed error. The route
// table and the helpers themselves are generated from the spec.
import type { Client } from 'openapi-fetch';
import {
  AbortError,
  ApiError,
  type CallSite,
  errorForAnswer,
  MalformedResponseError,
  NetworkError,
  restated,
  TimeoutError,
  type VendorErrors,
} from '../errors/errors.js';
import { type CallContext, type ClientHooks, isHookFailure, notify } from '../hooks/hooks.js';
import { type ApiPromise, type ApiResponse, apiPromise } from '../response/api-promise.js';
import { type RetryOptions, retryAfterMs } from '../retry/retry.js';
import type { FetchLike } from '../send/send.js';
import { withDeadline } from '../timeout/deadline.js';

export interface Route {
  method: 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head' | 'options';
  path: string;
  /** The request body's media type, when it is not JSON. */
  bodyMediaType?: 'application/x-www-form-urlencoded';
}

export interface RequestOptions {
  /**
   * Aborts the call: it rejects with AbortError (the signal's reason as its cause), or with
   * TimeoutError when the signal is an `AbortSignal.timeout()`.
   */
  signal?: AbortSignal;
  /** Extra headers for this call, e.g. another `X-Popsell-Brand`. */
  headers?: Record<string, string>;
  /** This call's limit instead of the client's `timeoutMs` (longer or shorter); 0 for none. */
  timeoutMs?: number;
  /** This call's retries instead of the client's; `false` sends it once. */
  retry?: RetryOptions | false;
}

/** What the client gives its caller: its timeout and hooks, and a fetch for a call of its own. */
export interface CallDefaults {
  timeoutMs?: number;
  hooks?: ClientHooks;
  /** This caller's requests exchange credentials for a token (hooks say so). */
  tokenExchange?: boolean;
  /** The client's fetch with the call's retry policy (the client's when undefined), reporting to its hooks as the call. */
  sendFor?: (retry: RetryOptions | false | undefined, context?: CallContext) => FetchLike;
}

export interface CallInit {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
  /** Send query values unencoded (`allowReserved` in the spec), as in `ChatRoom_Id=[1,2]`. */
  allowReserved?: boolean;
  /** The helper the user called, which errors name, e.g. `chatRooms.patch`. */
  helper?: string;
  /** This request is a step of the helper's own operation (the read inside `patch`): its failure is the cause. */
  stepOf?: string;
}

export type Caller = <Result>(operationId: string, init?: CallInit, options?: RequestOptions) => ApiPromise<Result>;

const formBody = (body: unknown) => new URLSearchParams(body as Record<string, string>);

/** The caller's signal fired: its own timeout is a TimeoutError, anything else an AbortError. */
function abortedBy(reason: unknown, operationId: string): Error {
  if (reason instanceof TimeoutError) {
    reason.operationId = operationId;
    return reason;
  }
  if ((reason as { name?: string })?.name === 'TimeoutError')
    return new TimeoutError(undefined, operationId, { cause: reason });
  return new AbortError(operationId, reason);
}

/** An operation as errors name it: its method and path template, and the helper that called it. */
function callSiteOf(routes: Record<string, Route>, operationId: string, helper?: string): CallSite {
  const route = routes[operationId];
  return {
    operationId,
    ...(route ? { method: route.method.toUpperCase(), path: route.path } : {}),
    ...(helper ? { helper } : {}),
  };
}

// The caller serves every vendor's operations by operationId; the typed surface is the helpers' own.
export function createCaller(
  // biome-ignore lint/suspicious/noExplicitAny: one caller for any vendor's paths
  client: Client<any>,
  routes: Record<string, Route>,
  vendor: VendorErrors,
  defaults: CallDefaults = {},
): Caller {
  const { hooks } = defaults;
  return function call<Result>(operationId: string, init: CallInit = {}, options: RequestOptions = {}) {
    const context: CallContext | undefined = hooks && {
      call: {
        operationId,
        tokenExchange: defaults.tokenExchange ?? false,
        ...(init.helper ? { helper: init.helper } : {}),
      },
    };
    const answer = exchange<Result>(operationId, init, options, context);
    return apiPromise(
      context
        ? answer.catch((error: Error) => {
            notify(hooks!.onError, { ...(context.last ?? context.call), error });
            throw error;
          })
        : answer,
    );
  };

  async function exchange<Result>(
    operationId: string,
    init: CallInit,
    options: RequestOptions,
    context: CallContext | undefined,
  ): Promise<ApiResponse<Result>> {
    const route = routes[operationId];
    if (!route) throw new Error(`no route for operation ${operationId}`);
    // Errors only: what the user called (a step's failure is restated as its helper's own operation).
    const site = () => callSiteOf(routes, init.stepOf ?? operationId, init.helper);
    const here = () => (init.stepOf ? callSiteOf(routes, operationId) : site());
    const failed = (error: ApiError) => (init.stepOf ? restated(error, site()) : error);
    const form = route.bodyMediaType === 'application/x-www-form-urlencoded';
    const headers = form ? { ...options.headers, 'Content-Type': route.bodyMediaType } : options.headers;
    const fetch = options.retry !== undefined || context ? defaults.sendFor?.(options.retry, context) : undefined;
    let result: { response: Response; data?: string; error?: unknown };
    try {
      result = (await withDeadline(options.timeoutMs ?? defaults.timeoutMs, options.signal, (signal) =>
        client.request(route.method, route.path, {
          params: { path: init.path, query: init.query },
          body: init.body,
          parseAs: 'text',
          ...(headers ? { headers } : {}),
          ...(signal ? { signal } : {}),
          ...(fetch ? { fetch } : {}),
          ...(form ? { bodySerializer: formBody } : {}),
          ...(init.allowReserved ? { querySerializer: { allowReserved: true } } : {}),
        } as never),
      )) as typeof result;
    } catch (error) {
      if (isHookFailure(error)) throw error;
      if (options.signal?.aborted) throw abortedBy(options.signal.reason, operationId);
      if (error instanceof NetworkError || error instanceof TimeoutError) {
        error.operationId = operationId;
        throw error;
      }
      // An ApiError here is the token exchange's own failure: the cause of this call's.
      if (error instanceof ApiError) throw restated(error, site());
      throw new NetworkError(`${operationId}: ${(error as Error)?.message ?? error}`, { cause: error, operationId });
    }
    const { response, data: text } = result;
    const answered = () => ({ ...here(), status: response.status, headers: response.headers });
    if (!response.ok) {
      const after = retryAfterMs(response.headers.get('retry-after'));
      const answer = { ...answered(), body: result.error };
      throw failed(errorForAnswer(vendor, after === undefined ? answer : { ...answer, retryAfterMs: after }));
    }
    let body: unknown;
    try {
      body = text === undefined || text === '' ? undefined : JSON.parse(text);
    } catch {
      throw failed(
        new MalformedResponseError({ ...answered(), body: text, serverMessage: 'the answer is not valid JSON' }),
      );
    }
    if (vendor.failedDespiteSuccess?.(body)) throw failed(errorForAnswer(vendor, { ...answered(), body }));
    return { data: body as Result, status: response.status, headers: response.headers };
  }
}
