// Fields a request sends that its operation does not describe. The vendors
// drop them in silence (a `Delivered` sent for the vendor's `Delievered` is
// lost), so the sandbox names them: in a response header always, and as the
// vendor's validation error with --strict. A second validator of each body,
// closed with `unevaluatedProperties: false`, finds them, the nearest oneOf
// branch deciding which fields were meant.
import type { ErrorObject } from 'ajv';
import { pointerSegments } from './error-path.js';

type Schema = { [key: string]: unknown };

const isObjectShape = (node: Schema) => 'properties' in node || 'allOf' in node || node.type === 'object';

/**
 * A copy of `schema` in which each object accepts only the fields it
 * describes. An allOf member is left open (its siblings' fields are not its
 * own), and so is all of a `not`, whose meaning a closed object would invert.
 */
export function closedSchema<T>(schema: T): T {
  const copy = (node: unknown, open: boolean): unknown => {
    if (Array.isArray(node)) return node.map((item) => copy(item, false));
    if (node === null || typeof node !== 'object') return node;
    const copied: Schema = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === 'not') copied[key] = value;
      else if (key === 'allOf' && Array.isArray(value)) copied[key] = value.map((member) => copy(member, true));
      else copied[key] = copy(value, false);
    }
    if (!open && isObjectShape(copied) && !('additionalProperties' in copied) && !('unevaluatedProperties' in copied))
      copied.unevaluatedProperties = false;
    return copied;
  };
  return copy(schema, false) as T;
}

export interface UnknownField {
  /** The path of the field, from the body's top: `['Parameters', '0', 'Valeu']`. */
  path: string[];
  /** The known field of that object nearest to it in spelling, if any is near. */
  nearest?: string;
}

const namesOf = (schema: Schema): string[] => [
  ...Object.keys((schema.properties as Schema | undefined) ?? {}),
  ...((schema.allOf as Schema[] | undefined) ?? []).flatMap(namesOf),
];

/** Edit distance, case aside: `Delivered` is one edit from `Delievered`. */
function distance(a: string, b: string): number {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  let previous = Array.from({ length: y.length + 1 }, (_, index) => index);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[y.length]!;
}

/** The known name a typo most likely meant: within a third of its length in edits. */
export function nearestName(name: string, known: string[]): string | undefined {
  let best: { name: string; edits: number } | undefined;
  for (const candidate of known) {
    const edits = distance(name, candidate);
    if (edits <= Math.max(1, Math.floor(name.length / 3)) && (!best || edits < best.edits))
      best = { name: candidate, edits };
  }
  return best?.name;
}

/** The unknown fields a closed schema's errors name (verbose errors, of the nearest branches). */
export function unknownFields(errors: ErrorObject[]): UnknownField[] {
  const found = new Map<string, UnknownField>();
  for (const error of errors) {
    if (error.keyword !== 'unevaluatedProperties') continue;
    const name = error.params.unevaluatedProperty as string;
    const path = [...pointerSegments(error.instancePath), name];
    const nearest = nearestName(name, namesOf(error.parentSchema as Schema));
    found.set(path.join('/'), nearest ? { path, nearest } : { path });
  }
  return [...found.values()];
}
