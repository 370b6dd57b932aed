// Faults on demand, for a client's retry and timeout logic: added latency, a
// 429 with Retry-After, a 5xx, a dropped connection, a truncated body. A fault
// applies to one operation or to all, for its next N calls or for a share of
// them; a share is drawn from a seeded generator, so a run repeats exactly.

export type FaultKind = 'latency' | 'rate-limit' | 'error' | 'drop' | 'truncate';

export interface FaultSpec {
  kind: FaultKind;
  /** The operationId it applies to; every operation when left out. */
  operationId?: string;
  /** Applies to this many calls, then is spent. */
  times?: number;
  /** Applies to this share of calls (0 to 1), drawn from `seed`; with `times`, to at most that many. */
  rate?: number;
  /** The seed of the draws for `rate` (default 1): the same seed, the same calls. */
  seed?: number;
  /** latency: milliseconds added before the call is handled (default 1000). */
  latencyMs?: number;
  /** rate-limit: seconds the answer's Retry-After asks for (default 1). */
  retryAfterSeconds?: number;
  /** error: the status (500, 502, 503 or 504; default 503). */
  status?: 500 | 502 | 503 | 504;
}

export interface Fault extends FaultSpec {
  id: number;
  /** Calls it has applied to so far. */
  applied: number;
}

/** What happens to one call: nothing, or the fault that applies to it. */
export type Decision = Fault | undefined;

/** mulberry32: a small, fast generator whose sequence a seed fixes. */
function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS: FaultKind[] = ['latency', 'rate-limit', 'error', 'drop', 'truncate'];
const ERROR_STATUSES = [500, 502, 503, 504];

/** Why a fault spec cannot be used, or undefined when it can. */
export function faultProblem(spec: Record<string, unknown>, operationIds: Set<string>): string | undefined {
  if (!KINDS.includes(spec.kind as FaultKind)) return `kind must be one of ${KINDS.join(', ')}`;
  if (spec.operationId !== undefined && !operationIds.has(spec.operationId as string))
    return `operationId ${JSON.stringify(spec.operationId)} is not an operation of this API`;
  const positive = (name: string) =>
    spec[name] !== undefined && !(Number.isSafeInteger(spec[name]) && (spec[name] as number) > 0);
  for (const name of ['times', 'latencyMs', 'retryAfterSeconds'])
    if (positive(name)) return `${name} must be a positive integer`;
  if (spec.seed !== undefined && !Number.isSafeInteger(spec.seed)) return 'seed must be an integer';
  if (spec.rate !== undefined && !(typeof spec.rate === 'number' && spec.rate >= 0 && spec.rate <= 1))
    return 'rate must be a number from 0 to 1';
  if (spec.status !== undefined && !ERROR_STATUSES.includes(spec.status as number))
    return `status must be one of ${ERROR_STATUSES.join(', ')}`;
  if ((spec.latencyMs as number) > 600_000) return 'latencyMs must be at most 600000';
  return undefined;
}

export class Faults {
  #next = 1;
  #faults: (Fault & { draw?: () => number })[] = [];

  add(spec: FaultSpec): Fault {
    const fault = { ...spec, id: this.#next++, applied: 0 };
    this.#faults.push(spec.rate === undefined ? fault : { ...fault, draw: generator(spec.seed ?? 1) });
    return this.#public(this.#faults.at(-1)!);
  }

  list(): Fault[] {
    return this.#faults.map((fault) => this.#public(fault));
  }

  remove(id?: number): boolean {
    const before = this.#faults.length;
    this.#faults = id === undefined ? [] : this.#faults.filter((fault) => fault.id !== id);
    return this.#faults.length < before;
  }

  /** The fault that applies to this call of `operationId`, counting it; the first one added wins. */
  decide(operationId: string): Decision {
    if (this.#faults.length === 0) return undefined;
    for (const fault of this.#faults) {
      if (fault.operationId !== undefined && fault.operationId !== operationId) continue;
      if (fault.draw && fault.draw() >= fault.rate!) continue;
      fault.applied++;
      if (fault.times !== undefined && fault.applied >= fault.times) this.remove(fault.id);
      return this.#public(fault);
    }
    return undefined;
  }

  #public({ draw: _draw, ...fault }: Fault & { draw?: () => number }): Fault {
    return { ...fault };
  }
}
