// `timeoutMs` bounds a whole call: every attempt, the waits between retries
// and reading the answer. Its signal goes to openapi-fetch with the call, so
// the request is built once with it, and the timer is cleared as soon as the
// call settles.
import { TimeoutError } from '../errors/errors.js';

// Not async itself: a call without a timeout costs no promise of its own.
export function withDeadline<T>(
  timeoutMs: number | undefined,
  callerSignal: AbortSignal | undefined,
  run: (signal: AbortSignal | undefined) => Promise<T>,
): Promise<T> {
  return timeoutMs ? within(timeoutMs, callerSignal, run) : run(callerSignal);
}

async function within<T>(
  timeoutMs: number,
  callerSignal: AbortSignal | undefined,
  run: (signal: AbortSignal | undefined) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new TimeoutError(timeoutMs)), timeoutMs);
  try {
    return await run(callerSignal ? AbortSignal.any([callerSignal, controller.signal]) : controller.signal);
  } finally {
    clearTimeout(timer);
  }
}
