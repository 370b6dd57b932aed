import type { ApiName } from '@chatapi/specs/catalogue';

/** A copy of `bundle` with `x-codeSamples` (curl and TypeScript) on every operation. */
export function withCodeSamples<Doc>(bundle: Doc, dereferenced: unknown, api: ApiName): Doc;
