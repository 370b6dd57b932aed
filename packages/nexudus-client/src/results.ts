// What a helper's result can be, given that it returned. Nexudus answers a
// failed create, update, delete or command with `WasSuccessful: false`, often
// as a 200, and the helpers throw ValidationError for it; so a result a helper
// returns has `WasSuccessful: true`, and a create or an update (or a patch)
// names its record in `Value`, which is null only on a failure or after a
// delete (quirk N9). The generated types keep the wire's looser shape.

import type { ApiPromise } from '@chatapi/client-runtime';

type Simplify<T> = { [Key in keyof T]: T[Key] } & {};

/** A result that is not a failure. */
type Succeeded<Result> = Result extends { WasSuccessful: boolean }
  ? Simplify<Omit<Result, 'WasSuccessful'> & { WasSuccessful: true }>
  : Result;

/** A create's or an update's result: it names its record. */
type NamesItsRecord<Result> = Result extends { Value: infer Value }
  ? Simplify<Omit<Result, 'Value'> & { Value: NonNullable<Value> }>
  : Result;

type Writes = 'create' | 'update' | 'patch';

/** The helpers, each returning what it returns when it does not throw. */
export type WithSuccessResults<Helpers> = {
  [Resource in keyof Helpers]: {
    [Method in keyof Helpers[Resource]]: Helpers[Resource][Method] extends (
      ...args: infer Args
    ) => ApiPromise<infer Result>
      ? (...args: Args) => ApiPromise<Method extends Writes ? NamesItsRecord<Succeeded<Result>> : Succeeded<Result>>
      : Helpers[Resource][Method];
  };
};
