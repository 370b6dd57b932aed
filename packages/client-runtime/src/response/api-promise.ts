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

export class ApiPromise<Data> extends Promise<Data> {
  readonly #answer: Promise<ApiResponse<Data>>;
  #data: Promise<Data> | undefined;

  // `then`, `catch` and `finally` return plain promises: a subclass's constructor takes an answer, not an executor.
  static override get [Symbol.species]() {
    return Promise;
  }

  constructor(answer: Promise<ApiResponse<Data>>) {
    super((resolve) => resolve(undefined as Data));
    this.#answer = answer;
  }

  /** The body with the answer's status and headers. */
  withResponse(): Promise<ApiResponse<Data>> {
    return this.#answer;
  }

  // `await` calls this `then`, because the constructor is not Promise's: the body is read lazily, so a caller who
  // only uses withResponse() leaves no second, unhandled rejection behind.
  // biome-ignore lint/suspicious/noThenProperty: this is the promise's own then
  override then<Fulfilled = Data, Rejected = never>(
    onFulfilled?: ((data: Data) => Fulfilled | PromiseLike<Fulfilled>) | null,
    onRejected?: ((reason: unknown) => Rejected | PromiseLike<Rejected>) | null,
  ): Promise<Fulfilled | Rejected> {
    this.#data ??= this.#answer.then((answer) => answer.data);
    return this.#data.then(onFulfilled, onRejected);
  }
}

/** An ApiPromise of what `read` makes of another's body, with the same answer. */
export const mapData = <From, To>(from: ApiPromise<From>, read: (data: From) => To): ApiPromise<To> =>
  new ApiPromise(from.withResponse().then((answer) => ({ ...answer, data: read(answer.data) })));
