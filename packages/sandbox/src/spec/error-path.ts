// Where in a request a schema error points. Ajv says it as a JSON pointer
// (`/Parameters/0/Value`) plus, for `required`, the property missing there;
// the vendors and the admin API say it as `Parameters[0].Value`.
import type { ErrorObject } from 'ajv';

/** The keys of a JSON pointer: `/a~1b/0` is `['a/b', '0']`. */
export const pointerSegments = (pointer: string) =>
  pointer
    .split('/')
    .slice(1)
    .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'));

/** The path of the value an error is about; for a `required`, the missing property's. */
export const errorSegments = (error: ErrorObject) => [
  ...pointerSegments(error.instancePath),
  ...(error.keyword === 'required' ? [error.params.missingProperty as string] : []),
];

/** `['Parameters', '0', 'Value']` as `Parameters[0].Value`: indexes in brackets, names after dots. */
export const bracketPath = (segments: string[]) =>
  segments.map((key, index) => (/^\d+$/.test(key) ? `[${key}]` : index === 0 ? key : `.${key}`)).join('');
