import type { ApiName } from '@chatapi/specs/catalogue';

/**
 * A copy of `bundle` with `x-codeSamples` (curl and TypeScript) on every operation: calling the spec's server
 * with placeholders for the secrets, or, with `sandboxUrl`, that sandbox with its demo credentials.
 */
export function withCodeSamples<Doc>(
  bundle: Doc,
  dereferenced: unknown,
  api: ApiName,
  options?: { sandboxUrl?: string },
): Doc;

/** The server the published samples call: the spec's first, its variables filled as the samples fill them. */
export function publishedServerUrl(api: ApiName, doc: unknown): string;
