// A partial update over a full-replace PUT: read the record, keep every field
// the PUT accepts, apply the changes, and write it back. A bare PUT clears
// whatever it leaves out (Nexudus, quirk N13); this does not. It is not
// atomic: a change another client makes between the read and the write is
// overwritten, as with any read-modify-write over plain HTTP.

import { type ApiPromise, apiPromise } from '../response/api-promise.js';

export interface ReadModifyWrite<Current, Body, Result> {
  read(): PromiseLike<Current>;
  write(body: Body): ApiPromise<Result>;
  /** The fields the PUT accepts, from the spec. */
  writableFields: readonly string[];
  changes: Partial<Body>;
  /** Fields that identify the record, e.g. `{ Id: 42 }`. */
  identity: Partial<Body>;
}

/** The write's body, with the write's answer. */
export function readModifyWrite<Current, Body, Result>(
  step: ReadModifyWrite<Current, Body, Result>,
): ApiPromise<Result> {
  return apiPromise(
    (async () => {
      const current = (await step.read()) as Record<string, unknown>;
      const kept: Record<string, unknown> = {};
      for (const field of step.writableFields) if (current[field] !== undefined) kept[field] = current[field];
      return step.write({ ...kept, ...step.changes, ...step.identity } as Body).withResponse();
    })(),
  );
}
