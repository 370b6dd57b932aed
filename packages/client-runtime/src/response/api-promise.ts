// What a helper returns. Awaited, it is the body, as before; `withResponse()`
// gives the body with its answer's status and headers, as Stainless-built SDKs
// (openai-node) do. Stripe's `lastResponse` hangs the answer on the body,
// which cannot work for a `null`, an array or a string; Octokit's
// `{ data, status, headers }` on every call makes everyone write `.data`.
// Here the common case stays the body and the answer is one call away.

/** A body with the answer it came in. */
export interface ApiResponse<Data> {
  data: Data;
  /** The HTTP status of the answer (of the last attempt, after retries). */
  status: number;
  /** The answer's headers, e.g. `Retry-After` or a rate-limit header. */
  headers: Headers;
}

/** A promise of the body, whose `withResponse()` gives the body with its answer's status and headers. */
export type ApiPromise<Data> = Promise<Data> & {
  withResponse(): Promise<ApiResponse<Data>>;
};

const ignore = () => {};

/**
 * The body of `answer`, as a plain promise (so `await` takes its fast path: a Promise subclass costs every call a
 * few percent of throughput), with `withResponse()` beside it.
 */
export function apiPromise<Data>(answer: Promise<ApiResponse<Data>>): ApiPromise<Data> {
  const body = answer.then((answered) => answered.data) as ApiPromise<Data>;
  body.withResponse = () => {
    // A caller who takes the answer instead of the body would otherwise leave the body's rejection unhandled.
    body.catch(ignore);
    return answer;
  };
  return body;
}

/** An ApiPromise of what `read` makes of another's body, with the same answer. */
export const mapData = <From, To>(from: ApiPromise<From>, read: (data: From) => To): ApiPromise<To> =>
  apiPromise(from.withResponse().then((answer) => ({ ...answer, data: read(answer.data) })));
