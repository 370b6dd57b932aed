// What a helper does with one operation: send it through the openapi-fetch
// client, then return the parsed body or throw the typed error. The route
// table and the helpers themselves are generated from the spec.
import type { Client } from 'openapi-fetch';
import {
  ApiError,
  errorForAnswer,
  MalformedResponseError,
  NetworkError,
  TimeoutError,
  type VendorErrors,
} from '../errors/errors.js';
import { retryAfterMs } from '../retry/retry.js';

export interface Route {
  method: 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head' | 'options';
  path: string;
  /** The request body's media type, when it is not JSON. */
  bodyMediaType?: 'application/x-www-form-urlencoded';
}

export interface RequestOptions {
  /** Aborts the call; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Extra headers for this call, e.g. another `X-Popsell-Brand`. */
  headers?: Record<string, string>;
}

export interface CallInit {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
  /** Send query values unencoded (`allowReserved` in the spec), as in `ChatRoom_Id=[1,2]`. */
  allowReserved?: boolean;
}

export type Caller = <Result>(operationId: string, init?: CallInit, options?: RequestOptions) => Promise<Result>;

const formBody = (body: unknown) => new URLSearchParams(body as Record<string, string>);

// The caller serves every vendor's operations by operationId; the typed surface is the helpers' own.
// biome-ignore lint/suspicious/noExplicitAny: one caller for any vendor's paths
export function createCaller(client: Client<any>, routes: Record<string, Route>, vendor: VendorErrors): Caller {
  return async function call<Result>(operationId: string, init: CallInit = {}, options: RequestOptions = {}) {
    const route = routes[operationId];
    if (!route) throw new Error(`no route for operation ${operationId}`);
    const form = route.bodyMediaType === 'application/x-www-form-urlencoded';
    const headers = form ? { ...options.headers, 'Content-Type': route.bodyMediaType } : options.headers;
    let result: { response: Response; data?: string; error?: unknown };
    try {
      result = (await client.request(route.method, route.path, {
        params: { path: init.path, query: init.query },
        body: init.body,
        parseAs: 'text',
        ...(headers ? { headers } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
        ...(form ? { bodySerializer: formBody } : {}),
        ...(init.allowReserved ? { querySerializer: { allowReserved: true } } : {}),
      } as never)) as typeof result;
    } catch (error) {
      if (error instanceof NetworkError || error instanceof TimeoutError) {
        error.operationId = operationId;
        throw error;
      }
      // An ApiError here is the token exchange's own failure; an abort is the caller's.
      if (error instanceof ApiError || options.signal?.aborted) throw error;
      throw new NetworkError(`${operationId}: ${(error as Error)?.message ?? error}`, { cause: error, operationId });
    }
    const { response, data: text } = result;
    if (!response.ok) {
      const after = retryAfterMs(response.headers.get('retry-after'));
      const answer = { status: response.status, body: result.error, operationId };
      throw errorForAnswer(vendor, after === undefined ? answer : { ...answer, retryAfterMs: after });
    }
    let body: unknown;
    try {
      body = text === undefined || text === '' ? undefined : JSON.parse(text);
    } catch {
      throw new MalformedResponseError({
        status: response.status,
        operationId,
        body: text,
        serverMessage: 'the answer is not valid JSON',
      });
    }
    if (vendor.failedDespiteSuccess?.(body))
      throw errorForAnswer(vendor, { status: response.status, body, operationId });
    return body as Result;
  };
}
